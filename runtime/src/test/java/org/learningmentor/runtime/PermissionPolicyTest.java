package org.learningmentor.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.person.Role;

class PermissionPolicyTest {

    private static final Actor MENTOR = Actor.of(
            OrganizationId.of(UUID.fromString("00000000-0000-4000-8000-000000000001")),
            PersonId.of(UUID.fromString("00000000-0000-4000-8000-000000000002")),
            Set.of(Role.MENTOR, Role.EMPLOYEE));

    @Test
    void tailoringReturnsACopyAndLeavesTheDefaultsAsTheyWere() {
        PermissionPolicy tailored = PermissionPolicy.defaults()
                .allow(Permission.PROGRAM_CREATE, Role.MANAGEMENT)
                .deny(Permission.PROGRAM_HOLD_HR_DAY, Role.TRAINER);

        assertThat(tailored.scope(Permission.PROGRAM_CREATE, Role.MANAGEMENT)).contains(Scope.ANY);
        assertThat(tailored.scope(Permission.PROGRAM_HOLD_HR_DAY, Role.TRAINER)).isEmpty();
        assertThat(PermissionPolicy.defaults().scope(Permission.PROGRAM_CREATE, Role.MANAGEMENT))
                .isEmpty();
        assertThat(PermissionPolicy.defaults().scope(Permission.PROGRAM_HOLD_HR_DAY, Role.TRAINER))
                .contains(Scope.ANY);
        assertThat(tailored).isNotEqualTo(PermissionPolicy.defaults());
    }

    @Test
    void theWidestScopeOfTheActorsRolesCounts() {
        PermissionPolicy policy = PermissionPolicy.empty()
                .allow(Permission.PERSON_VIEW, Role.EMPLOYEE, Scope.OWN)
                .allow(Permission.PERSON_VIEW, Role.MENTOR, Scope.ANY);

        assertThat(policy.scope(Permission.PERSON_VIEW, List.of(Role.EMPLOYEE))).contains(Scope.OWN);
        assertThat(policy.scope(Permission.PERSON_VIEW, MENTOR.roles())).contains(Scope.ANY);
        assertThat(policy.scope(Permission.PERSON_LIST, MENTOR.roles())).isEmpty();
    }

    @Test
    void ownGrantsReachOnlyRecordsTheActorOwns() {
        PersonId someoneElse = PersonId.of(UUID.fromString("00000000-0000-4000-8000-000000000003"));
        PermissionPolicy policy = PermissionPolicy.defaults();

        assertThat(policy.allows(MENTOR, Permission.PROGRAM_WRITE_CREDO)).isTrue();
        assertThat(policy.allows(MENTOR, Permission.PROGRAM_WRITE_CREDO, Set.of(MENTOR.personId())))
                .isTrue();
        assertThat(policy.allows(MENTOR, Permission.PROGRAM_WRITE_CREDO, Set.of(someoneElse)))
                .isFalse();
        assertThat(policy.allows(MENTOR, Permission.PROGRAM_ADVANCE)).isFalse();
        assertThat(policy.allows(MENTOR.withRoles(Set.of()), Permission.PROGRAM_VIEW))
                .isFalse();
    }

    @Test
    void denyingTheLastRoleEmptiesTheRow() {
        PermissionPolicy policy = PermissionPolicy.empty()
                .allow(Permission.PROGRAM_GO_BACK, Role.HR)
                .deny(Permission.PROGRAM_GO_BACK, Role.HR);

        assertThat(policy).isEqualTo(PermissionPolicy.empty());
        assertThat(policy.toMarkdown()).contains("| `PROGRAM_GO_BACK` | – | – | – | – | – | – |");
    }

    @Test
    void actorsToStringShowsIdsAndRolesOnly() {
        assertThat(MENTOR.toString()).contains(MENTOR.personId().toString(), "MENTOR", "EMPLOYEE");
        assertThat(Optional.of(MENTOR.hasRole(Role.HR))).contains(false);
    }

    @Test
    void readmeShowsTheDefaultTable() throws Exception {
        String readme = Files.readString(Path.of("README.md"));

        assertThat(readme).contains(PermissionPolicy.defaults().toMarkdown());
    }
}
