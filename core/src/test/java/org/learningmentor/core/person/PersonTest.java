package org.learningmentor.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningmentor.core.person.PersonFixtures.AGENCY;
import static org.learningmentor.core.person.PersonFixtures.AINO;
import static org.learningmentor.core.person.PersonFixtures.FINANCE;
import static org.learningmentor.core.person.PersonFixtures.MATTI;
import static org.learningmentor.core.person.PersonFixtures.aMentor;
import static org.learningmentor.core.person.PersonFixtures.anEmployee;
import static org.learningmentor.core.person.PersonFixtures.generated;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violation;

class PersonTest {

    @Test
    void builderWithEveryRequiredAttributeThenDefaultsToNoEnrollmentAndVersionZero() {
        Person aino = anEmployee();
        assertThat(aino.enrollment()).isEqualTo(MentorEnrollment.none());
        assertThat(aino.version()).isZero();
        assertThat(aino.roles()).containsExactly(Role.EMPLOYEE);
        assertThat(aino.managerId()).contains(MATTI);
        assertThat(aino.language()).isEqualTo(Language.FI);
        assertThat(aino.isActiveMentor()).isFalse();
    }

    @Test
    void builderWhenRequiredAttributesAreMissingThenListsEachOneAsRequired() {
        assertThatThrownBy(() -> Person.builder().addRoles(Role.EMPLOYEE).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.codes()).containsOnly("common.value.required");
                    assertThat(e.violations())
                            .extracting(Violation::path)
                            .containsExactly("id", "organizationId", "unitId", "displayName", "email", "language");
                });
    }

    @Test
    void builderWhenEverythingIsWrongThenListsEveryViolationAtOnce() {
        assertThatThrownBy(() -> Person.builder()
                        .id(AINO)
                        .organizationId(AGENCY)
                        .unitId(FINANCE)
                        .displayName(" ")
                        .email("not an address")
                        .managerId(AINO)
                        .language(Language.FI)
                        .version(-1)
                        .build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.codes())
                            .containsExactly(
                                    "person.display-name.blank",
                                    "person.email.malformed",
                                    "person.roles.empty",
                                    "person.manager.self",
                                    "person.version.negative");
                    assertThat(e.violations())
                            .extracting(Violation::path)
                            .containsExactly("displayName", "email", "roles", "managerId", "version");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "\u2003"})
    void displayNameWhenBlankThenRejects(String blank) {
        assertRejected(
                () -> generated(anEmployee()).withDisplayName(blank), "person.display-name.blank", "displayName");
    }

    @Test
    void displayNameWhenLongerThanTheLimitThenRejectsWithTheLengthsOnly() {
        String name = "Aino ".repeat(41);
        assertThat(generated(anEmployee())
                        .withDisplayName("a".repeat(Person.MAX_DISPLAY_NAME_LENGTH))
                        .displayName())
                .hasSize(200);
        assertThatThrownBy(() -> generated(anEmployee()).withDisplayName(name))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.codes()).containsExactly("common.text.too-long");
                    assertThat(e.violations().get(0).path()).isEqualTo("displayName");
                    assertThat(e.violations().get(0).arguments()).containsExactly("200", "205");
                    assertThat(e.getMessage()).doesNotContain("Aino");
                });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "aino.virtanen@example.fi",
                "Aino.Virtanen@Example.FI",
                "aino+mentor@sub.example.fi",
                "o'brien@example.ie",
                "äiti@ääkköset.fi",
                "a@b.co",
                "x_y-z@a-b.c-d.fi"
            })
    void emailWhenPlausibleThenAccepts(String email) {
        assertThat(generated(anEmployee()).withEmail(email).email()).isEqualTo(email);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "aino.virtanen",
                "@example.fi",
                "aino@",
                "aino@example",
                "aino@@example.fi",
                "aino@virtanen@example.fi",
                "aino virtanen@example.fi",
                " aino@example.fi",
                "aino@example.fi ",
                "aino@example.fi\n",
                ".aino@example.fi",
                "aino.@example.fi",
                "aino..virtanen@example.fi",
                "aino@.example.fi",
                "aino@example..fi",
                "aino@example.fi.",
                "aino@-example.fi",
                "aino@example-.fi",
                "aino@exa_mple.fi",
                "aino@192.168.0.1",
                "aino@[192.168.0.1]",
                "\"aino\"@example.fi",
                "aino<script>@example.fi"
            })
    void emailWhenNotPlausibleThenRejectsWithoutQuotingIt(String email) {
        assertThatThrownBy(() -> generated(anEmployee()).withEmail(email))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.codes()).containsExactly("person.email.malformed");
                    assertThat(e.violations().get(0).path()).isEqualTo("email");
                    assertThat(e.violations().get(0).arguments()).isEmpty();
                });
    }

    @Test
    void emailWhenLocalPartIsLongerThan64ThenRejects() {
        assertThat(generated(anEmployee())
                        .withEmail("a".repeat(64) + "@example.fi")
                        .email())
                .startsWith("aaaa");
        assertRejected(
                () -> generated(anEmployee()).withEmail("a".repeat(65) + "@example.fi"),
                "person.email.malformed",
                "email");
    }

    @Test
    void emailWhenLongerThan254ThenRejectsAsTooLong() {
        String domain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(58) + ".fi";
        String longest = "a".repeat(64) + "@" + domain;
        assertThat(longest).hasSize(Person.MAX_EMAIL_LENGTH);
        assertThat(generated(anEmployee()).withEmail(longest).email()).isEqualTo(longest);
        assertThatThrownBy(() -> generated(anEmployee()).withEmail("a" + longest))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.codes()).containsExactly("common.text.too-long");
                    assertThat(e.violations().get(0).path()).isEqualTo("email");
                    assertThat(e.violations().get(0).arguments()).containsExactly("254", "255");
                });
    }

    @Test
    void rolesWhenEmptyThenRejects() {
        assertRejected(() -> generated(anEmployee()).withRoles(Set.of()), "person.roles.empty", "roles");
    }

    @Test
    void rolesWhenMentorWithoutConsentThenRejects() {
        assertRejected(
                () -> generated(anEmployee()).withRoles(EnumSet.of(Role.EMPLOYEE, Role.MENTOR)),
                "person.roles.mentor-without-consent",
                "roles");
        Person withdrawn = aMentor()
                .withdrawMentorConsent(AINO, PersonFixtures.days(PersonFixtures.T0, 1), "Aika ei riitä.")
                .state();
        assertRejected(
                () -> generated(withdrawn).withRoles(EnumSet.of(Role.MENTOR, Role.EMPLOYEE)),
                "person.roles.mentor-without-consent",
                "roles");
    }

    @Test
    void rolesWhenMentorIsTheOnlyRoleThenRejectsSoThatAWithdrawalCannotLeaveNone() {
        assertRejected(
                () -> generated(aMentor()).withRoles(EnumSet.of(Role.MENTOR)), "person.roles.only-mentor", "roles");
        assertThatThrownBy(() -> generated(anEmployee()).withRoles(EnumSet.of(Role.MENTOR)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.codes())
                                .containsExactly("person.roles.only-mentor", "person.roles.mentor-without-consent"));
    }

    @Test
    void rolesWhenConsentIsInForceWithoutMentorThenRejects() {
        assertRejected(
                () -> generated(aMentor()).withRoles(EnumSet.of(Role.EMPLOYEE)),
                "person.roles.mentor-missing",
                "roles");
        assertRejected(
                () -> generated(anEmployee()).withEnrollment(aMentor().enrollment()),
                "person.roles.mentor-missing",
                "roles");
    }

    @Test
    void managerWhenThePersonThemselfThenRejects() {
        assertRejected(() -> generated(anEmployee()).withManagerId(AINO), "person.manager.self", "managerId");
    }

    @Test
    void versionWhenNegativeThenRejects() {
        assertThatThrownBy(() -> generated(anEmployee()).withVersion(-3))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.codes()).containsExactly("person.version.negative");
                    assertThat(e.violations().get(0).path()).isEqualTo("version");
                    assertThat(e.violations().get(0).arguments()).containsExactly("-3");
                });
    }

    @Test
    void rolesAreIteratedInDeclarationOrderWhateverTheInsertionOrder() {
        Set<Role> insertion = new LinkedHashSet<>(List.of(Role.TRAINER, Role.EMPLOYEE, Role.HR, Role.MANAGEMENT));
        assertThat(generated(anEmployee()).withRoles(insertion).roles())
                .containsExactly(Role.MANAGEMENT, Role.HR, Role.TRAINER, Role.EMPLOYEE);
    }

    @Test
    void rolesAreUnmodifiable() {
        Set<Role> roles = anEmployee().roles();
        assertThatThrownBy(() -> roles.add(Role.HR)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void hasRoleAndIsActiveMentorFollowTheRolesAndTheConsent() {
        Person aino = anEmployee();
        assertThat(aino.hasRole(Role.EMPLOYEE)).isTrue();
        assertThat(aino.hasRole(Role.MENTOR)).isFalse();
        Person mentor = aMentor();
        assertThat(mentor.hasRole(Role.MENTOR)).isTrue();
        assertThat(mentor.isActiveMentor()).isTrue();
        assertThatThrownBy(() -> aino.hasRole(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("role");
    }

    @Test
    void personHasNoPublicCopyMethodsThatChangeStateWithoutAnEvent() {
        // State changes of the aggregate root are commands returning Change<Person> with an event.
        // withVersion stays: it sets the persistence layer's optimistic-locking version, not state.
        assertThat(Arrays.stream(Person.class.getMethods())
                        .filter(m -> m.getDeclaringClass() == Person.class)
                        .filter(m -> m.getReturnType() == Person.class)
                        .map(Method::getName))
                .containsOnly("withVersion");
        assertThat(Arrays.stream(Person.class.getMethods())
                        .filter(m -> m.getReturnType() == Change.class)
                        .map(Method::getName))
                .containsExactlyInAnyOrder(
                        "volunteerAsMentor",
                        "withdrawMentorConsent",
                        "grantRole",
                        "revokeRole",
                        "moveToUnit",
                        "assignManager");
    }

    @Test
    void equalPeopleAreEqualAndHashAlike() {
        assertThat(anEmployee()).isEqualTo(anEmployee()).hasSameHashCodeAs(anEmployee());
        assertThat(anEmployee()).isNotEqualTo(aMentor());
    }

    private static void assertRejected(Runnable build, String code, String path) {
        assertThatThrownBy(build::run).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.codes()).containsExactly(code);
            assertThat(e.violations().get(0).path()).isEqualTo(path);
        });
    }
}
