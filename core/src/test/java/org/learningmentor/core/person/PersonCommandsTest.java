package org.learningmentor.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.learningmentor.core.person.PersonFixtures.AGENCY;
import static org.learningmentor.core.person.PersonFixtures.AINO;
import static org.learningmentor.core.person.PersonFixtures.AINO_REASON;
import static org.learningmentor.core.person.PersonFixtures.ELSA;
import static org.learningmentor.core.person.PersonFixtures.FINANCE;
import static org.learningmentor.core.person.PersonFixtures.HR_UNIT;
import static org.learningmentor.core.person.PersonFixtures.MATTI;
import static org.learningmentor.core.person.PersonFixtures.T0;
import static org.learningmentor.core.person.PersonFixtures.aMentor;
import static org.learningmentor.core.person.PersonFixtures.aSwedishSpeakingHrCoordinator;
import static org.learningmentor.core.person.PersonFixtures.anEmployee;
import static org.learningmentor.core.person.PersonFixtures.days;
import static org.learningmentor.core.person.PersonFixtures.generated;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.DomainRuleException;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violation;

/** The commands on a person's roles, unit and manager, each recorded by an event. */
class PersonCommandsTest {

    // ---- grantRole ----

    @Test
    void grantRoleAddsTheRoleAndEmitsRoleGranted() {
        Person aino = anEmployee();

        Change<Person> change = aino.grantRole(Role.TRAINER, ELSA, T0);

        assertThat(change.state()).isEqualTo(generated(aino).withRoles(Role.TRAINER, Role.EMPLOYEE));
        assertThat(change.events())
                .containsExactly(RoleGranted.builder()
                        .organizationId(AGENCY)
                        .actor(ELSA)
                        .occurredAt(T0)
                        .personId(AINO)
                        .role(Role.TRAINER)
                        .build());
        assertThat(aino.roles()).as("the original is unchanged").containsExactly(Role.EMPLOYEE);
    }

    @Test
    void grantRoleKeepsTheEnrollmentAndTheVersion() {
        Person mentor = generated(aMentor()).withVersion(7);
        Person granted = mentor.grantRole(Role.HR, ELSA, days(T0, 1)).state();
        assertThat(granted.roles()).containsExactly(Role.HR, Role.MENTOR, Role.EMPLOYEE);
        assertThat(granted.enrollment()).isEqualTo(mentor.enrollment());
        assertThat(granted.version()).isEqualTo(7);
    }

    @Test
    void grantRoleWhenTheRoleIsAlreadyHeldThenRefusesNamingThePersonAndTheRole() {
        assertThatThrownBy(() -> anEmployee().grantRole(Role.EMPLOYEE, ELSA, T0))
                .isInstanceOfSatisfying(PersonRuleException.class, e -> {
                    assertThat(e.violations())
                            .extracting(Violation::code, Violation::path)
                            .containsExactly(tuple("person.role.already-held", "role"));
                    assertThat(e.violations().get(0).arguments()).containsExactly("EMPLOYEE");
                    assertThat(e.personId()).isEqualTo(AINO);
                    assertThat(e.getMessage())
                            .isEqualTo("Person " + AINO + " cannot be granted the role EMPLOYEE: "
                                    + "the person already holds the role EMPLOYEE");
                    assertThat(e.violations().get(0).message(Locale.forLanguageTag("fi")))
                            .isEqualTo("henkilöllä on jo rooli EMPLOYEE");
                    assertThat(e.violations().get(0).message(Locale.forLanguageTag("sv")))
                            .isEqualTo("personen har redan rollen EMPLOYEE");
                });
    }

    @Test
    void grantRoleWhenTheRoleIsMentorThenRefusesBecauseItFollowsConsent() {
        assertThatThrownBy(() -> anEmployee().grantRole(Role.MENTOR, ELSA, T0))
                .isInstanceOfSatisfying(PersonRuleException.class, e -> {
                    assertThat(e.violations())
                            .extracting(Violation::code, Violation::path)
                            .containsExactly(tuple("person.role.mentor-by-consent", "role"));
                    assertThat(e.getMessage())
                            .startsWith("Person " + AINO + " cannot be granted the role MENTOR: "
                                    + "the MENTOR role follows mentor consent");
                });
        assertThatThrownBy(() -> aMentor().grantRole(Role.MENTOR, ELSA, T0))
                .isInstanceOfSatisfying(
                        PersonRuleException.class,
                        e -> assertThat(e.codes())
                                .containsExactly("person.role.mentor-by-consent", "person.role.already-held"));
    }

    // ---- revokeRole ----

    @Test
    void revokeRoleRemovesTheRoleAndEmitsRoleRevoked() {
        Person elsa = aSwedishSpeakingHrCoordinator();

        Change<Person> change = elsa.revokeRole(Role.LEARNING_SPECIALIST, AINO, T0);

        assertThat(change.state()).isEqualTo(generated(elsa).withRoles(Role.HR, Role.EMPLOYEE));
        assertThat(change.state().version()).isEqualTo(2);
        assertThat(change.events())
                .containsExactly(RoleRevoked.builder()
                        .organizationId(AGENCY)
                        .actor(AINO)
                        .occurredAt(T0)
                        .personId(ELSA)
                        .role(Role.LEARNING_SPECIALIST)
                        .build());
    }

    @Test
    void revokeRoleWhenTheRoleIsNotHeldThenRefuses() {
        assertThatThrownBy(() -> anEmployee().revokeRole(Role.HR, ELSA, T0))
                .isInstanceOfSatisfying(PersonRuleException.class, e -> {
                    assertThat(e.violations())
                            .extracting(Violation::code, Violation::path)
                            .containsExactly(tuple("person.role.not-held", "role"));
                    assertThat(e.getMessage())
                            .isEqualTo("Person " + AINO + " cannot have the role HR revoked: "
                                    + "the person does not hold the role HR");
                });
    }

    @Test
    void revokeRoleWhenItIsTheOnlyRoleThenRefuses() {
        assertThatThrownBy(() -> anEmployee().revokeRole(Role.EMPLOYEE, ELSA, T0))
                .isInstanceOfSatisfying(PersonRuleException.class, e -> {
                    assertThat(e.violations())
                            .extracting(Violation::code, Violation::path)
                            .containsExactly(tuple("person.role.last", "role"));
                    assertThat(e.violations().get(0).arguments()).containsExactly("EMPLOYEE");
                    assertThat(e.getMessage())
                            .isEqualTo("Person " + AINO + " cannot have the role EMPLOYEE revoked: EMPLOYEE is the "
                                    + "person's last role (MENTOR, which follows consent, does not count), "
                                    + "and a person needs at least one");
                });
    }

    @Test
    void revokeRoleWhenOnlyMentorWouldRemainThenRefusesSoThatAWithdrawalNeverLeavesNoRole() {
        Person mentor = aMentor();
        assertThat(mentor.roles()).containsExactly(Role.MENTOR, Role.EMPLOYEE);
        assertThatThrownBy(() -> mentor.revokeRole(Role.EMPLOYEE, ELSA, days(T0, 1)))
                .isInstanceOfSatisfying(
                        PersonRuleException.class, e -> assertThat(e.codes()).containsExactly("person.role.last"));
        // With a second role the first can go, and withdrawing consent still leaves one.
        Person trainer = mentor.grantRole(Role.TRAINER, ELSA, days(T0, 1))
                .andThen(p -> p.revokeRole(Role.EMPLOYEE, ELSA, days(T0, 2)))
                .andThen(p -> p.withdrawMentorConsent(AINO, days(T0, 3), AINO_REASON))
                .state();
        assertThat(trainer.roles()).containsExactly(Role.TRAINER);
    }

    @Test
    void revokeRoleWhenTheRoleIsMentorThenRefusesBecauseItFollowsConsent() {
        assertThatThrownBy(() -> aMentor().revokeRole(Role.MENTOR, ELSA, days(T0, 1)))
                .isInstanceOfSatisfying(PersonRuleException.class, e -> {
                    assertThat(e.violations())
                            .extracting(Violation::code, Violation::path)
                            .containsExactly(tuple("person.role.mentor-by-consent", "role"));
                    assertThat(e.getMessage()).startsWith("Person " + AINO + " cannot have the role MENTOR revoked: ");
                });
        assertThatThrownBy(() -> anEmployee().revokeRole(Role.MENTOR, ELSA, T0))
                .isInstanceOfSatisfying(
                        PersonRuleException.class,
                        e -> assertThat(e.codes())
                                .containsExactly("person.role.mentor-by-consent", "person.role.not-held"));
    }

    // ---- moveToUnit ----

    @Test
    void moveToUnitChangesTheUnitAndEmitsTheMoveWithThePreviousUnit() {
        Person aino = aMentor();

        Change<Person> change = aino.moveToUnit(HR_UNIT, ELSA, days(T0, 3));

        assertThat(change.state()).isEqualTo(generated(aino).withUnitId(HR_UNIT));
        assertThat(change.events())
                .containsExactly(PersonMovedToUnit.builder()
                        .organizationId(AGENCY)
                        .actor(ELSA)
                        .occurredAt(days(T0, 3))
                        .personId(AINO)
                        .previousUnitId(FINANCE)
                        .unitId(HR_UNIT)
                        .build());
        assertThat(aino.unitId()).as("the original is unchanged").isEqualTo(FINANCE);
    }

    @Test
    void moveToUnitWhenAlreadyInTheUnitThenRefuses() {
        assertThatThrownBy(() -> anEmployee().moveToUnit(FINANCE, ELSA, T0))
                .isInstanceOfSatisfying(PersonRuleException.class, e -> {
                    assertThat(e.violations())
                            .extracting(Violation::code, Violation::path)
                            .containsExactly(tuple("person.unit.unchanged", "unitId"));
                    assertThat(e.violations().get(0).arguments()).containsExactly(FINANCE.toString());
                    assertThat(e.getMessage())
                            .isEqualTo("Person " + AINO + " cannot be moved to unit " + FINANCE
                                    + ": nothing would change: the person already works in unit " + FINANCE);
                });
    }

    // ---- assignManager ----

    @Test
    void assignManagerReplacesTheManagerAndEmitsBothManagers() {
        Person aino = anEmployee();

        Change<Person> change = aino.assignManager(Optional.of(ELSA), ELSA, T0);

        assertThat(change.state()).isEqualTo(generated(aino).withManagerId(ELSA));
        assertThat(change.events())
                .containsExactly(ManagerAssigned.builder()
                        .organizationId(AGENCY)
                        .actor(ELSA)
                        .occurredAt(T0)
                        .personId(AINO)
                        .previousManagerId(MATTI)
                        .managerId(ELSA)
                        .build());
    }

    @Test
    void assignManagerWithNoneRemovesTheManagerAndANewOneCanBeAssignedAgain() {
        Change<Person> removed = anEmployee().assignManager(Optional.empty(), ELSA, T0);
        assertThat(removed.state().managerId()).isEmpty();
        assertThat(removed.events()).singleElement().isInstanceOfSatisfying(ManagerAssigned.class, event -> {
            assertThat(event.previousManagerId()).contains(MATTI);
            assertThat(event.managerId()).isEmpty();
        });
        Change<Person> assigned = removed.andThen(p -> p.assignManager(Optional.of(MATTI), ELSA, days(T0, 1)));
        assertThat(assigned.state()).isEqualTo(anEmployee());
        assertThat(assigned.events()).hasSize(2);
        assertThat(((ManagerAssigned) assigned.events().get(1)).previousManagerId())
                .isEmpty();
    }

    @Test
    void assignManagerWhenTheManagerIsUnchangedThenRefuses() {
        assertThatThrownBy(() -> anEmployee().assignManager(Optional.of(MATTI), ELSA, T0))
                .isInstanceOfSatisfying(PersonRuleException.class, e -> {
                    assertThat(e.violations())
                            .extracting(Violation::code, Violation::path)
                            .containsExactly(tuple("person.manager.unchanged", "managerId"));
                    assertThat(e.getMessage())
                            .isEqualTo("Person " + AINO + " cannot be assigned manager " + MATTI
                                    + ": nothing would change: the person already has this manager, "
                                    + "or already has none");
                });
        assertThatThrownBy(() -> aSwedishSpeakingHrCoordinator().assignManager(Optional.empty(), AINO, T0))
                .isInstanceOfSatisfying(PersonRuleException.class, e -> {
                    assertThat(e.codes()).containsExactly("person.manager.unchanged");
                    assertThat(e.getMessage()).startsWith("Person " + ELSA + " cannot have the manager removed: ");
                });
    }

    @Test
    void assignManagerWhenThePersonThemselfThenRejectsItAsInvalidData() {
        assertThatThrownBy(() -> anEmployee().assignManager(Optional.of(AINO), ELSA, T0))
                .isInstanceOf(ValidationException.class)
                .isNotInstanceOf(DomainRuleException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .extracting(Violation::code, Violation::path)
                        .containsExactly(tuple("person.manager.self", "managerId")));
    }

    // ---- misuse ----

    @Test
    void commandsWhenArgumentIsNullThenThrowNullPointerNamingIt() {
        Person aino = anEmployee();
        assertNullNamed(() -> aino.grantRole(null, ELSA, T0), "role");
        assertNullNamed(() -> aino.grantRole(Role.HR, null, T0), "actor");
        assertNullNamed(() -> aino.grantRole(Role.HR, ELSA, null), "at");
        assertNullNamed(() -> aino.revokeRole(null, ELSA, T0), "role");
        assertNullNamed(() -> aino.revokeRole(Role.EMPLOYEE, null, T0), "actor");
        assertNullNamed(() -> aino.revokeRole(Role.EMPLOYEE, ELSA, null), "at");
        assertNullNamed(() -> aino.moveToUnit(null, ELSA, T0), "unitId");
        assertNullNamed(() -> aino.moveToUnit(HR_UNIT, null, T0), "actor");
        assertNullNamed(() -> aino.moveToUnit(HR_UNIT, ELSA, null), "at");
        assertNullNamed(() -> aino.assignManager(null, ELSA, T0), "managerId");
        assertNullNamed(() -> aino.assignManager(Optional.empty(), null, T0), "actor");
        assertNullNamed(() -> aino.assignManager(Optional.empty(), ELSA, null), "at");
    }

    /** HR reorganises: Aino becomes a trainer in HR under Elsa, and later stops being an employee there. */
    @Test
    void scenarioReorganisationIsRecordedEventByEvent() {
        // Aino, an employee in finance under Matti, has volunteered as a mentor.
        Person aino = aMentor();

        // HR moves her to the HR unit, makes Elsa her manager and grants her the trainer role.
        Change<Person> reorganised = aino.moveToUnit(HR_UNIT, ELSA, days(T0, 30))
                .andThen(p -> p.assignManager(Optional.of(ELSA), ELSA, days(T0, 30)))
                .andThen(p -> p.grantRole(Role.TRAINER, ELSA, days(T0, 30)))
                .andThen(p -> p.revokeRole(Role.EMPLOYEE, ELSA, days(T0, 31)));

        // Each step is one event in order; the enrolment is untouched.
        assertThat(reorganised.events())
                .satisfiesExactly(
                        moved -> assertThat(moved).isInstanceOf(PersonMovedToUnit.class),
                        manager -> assertThat(manager).isInstanceOf(ManagerAssigned.class),
                        granted -> assertThat(granted).isInstanceOf(RoleGranted.class),
                        revoked -> assertThat(revoked).isInstanceOf(RoleRevoked.class));
        Person after = reorganised.state();
        assertThat(after.unitId()).isEqualTo(HR_UNIT);
        assertThat(after.managerId()).contains(ELSA);
        assertThat(after.roles()).containsExactly(Role.MENTOR, Role.TRAINER);
        assertThat(after.enrollment()).isEqualTo(aino.enrollment());
        assertThat(after.isActiveMentor()).isTrue();
    }

    // ---- the events' own checks ----

    @Test
    void roleEventsWhenTheRoleIsMentorThenReject() {
        assertThatThrownBy(() -> RoleGranted.builder()
                        .organizationId(AGENCY)
                        .actor(ELSA)
                        .occurredAt(T0)
                        .personId(AINO)
                        .role(Role.MENTOR)
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::code, Violation::path)
                                .containsExactly(tuple("person.role.mentor-by-consent", "role")));
        assertThatThrownBy(() -> RoleRevoked.builder()
                        .organizationId(AGENCY)
                        .actor(ELSA)
                        .occurredAt(T0)
                        .personId(AINO)
                        .role(Role.MENTOR)
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.codes()).containsExactly("person.role.mentor-by-consent"));
    }

    @Test
    void movedToUnitWhenTheUnitsAreTheSameThenRejects() {
        assertThatThrownBy(() -> PersonMovedToUnit.builder()
                        .organizationId(AGENCY)
                        .actor(ELSA)
                        .occurredAt(T0)
                        .personId(AINO)
                        .previousUnitId(FINANCE)
                        .unitId(FINANCE)
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::code, Violation::path)
                                .containsExactly(tuple("person.unit.unchanged", "unitId")));
    }

    @Test
    void managerAssignedWhenUnchangedOrSelfThenRejects() {
        assertThatThrownBy(() -> ManagerAssigned.builder()
                        .organizationId(AGENCY)
                        .actor(ELSA)
                        .occurredAt(T0)
                        .personId(AINO)
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::code, Violation::path)
                                .containsExactly(tuple("person.manager.unchanged", "managerId")));
        assertThatThrownBy(() -> ManagerAssigned.builder()
                        .organizationId(AGENCY)
                        .actor(ELSA)
                        .occurredAt(T0)
                        .personId(AINO)
                        .previousManagerId(AINO)
                        .managerId(AINO)
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.codes()).containsExactly("person.manager.unchanged", "person.manager.self"));
    }

    @Test
    void eventBuildersWhenRequiredAttributesAreMissingThenListThem() {
        assertThatThrownBy(() -> RoleGranted.builder().build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::path)
                                .containsExactlyInAnyOrder(
                                        "organizationId", "actor", "occurredAt", "personId", "role"));
        assertThatThrownBy(() -> PersonMovedToUnit.builder().build())
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.codes()).containsOnly("common.value.required"));
    }

    private static void assertNullNamed(Runnable command, String name) {
        assertThatThrownBy(command::run)
                .isInstanceOf(NullPointerException.class)
                .hasMessage(name);
    }
}
