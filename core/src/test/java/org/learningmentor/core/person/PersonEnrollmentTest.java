package org.learningmentor.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.learningmentor.core.person.PersonFixtures.AGENCY;
import static org.learningmentor.core.person.PersonFixtures.AINO;
import static org.learningmentor.core.person.PersonFixtures.AINO_REASON;
import static org.learningmentor.core.person.PersonFixtures.ELSA;
import static org.learningmentor.core.person.PersonFixtures.T0;
import static org.learningmentor.core.person.PersonFixtures.aMentor;
import static org.learningmentor.core.person.PersonFixtures.anEmployee;
import static org.learningmentor.core.person.PersonFixtures.days;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.JsonTesting;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.DomainRuleException;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violation;

class PersonEnrollmentTest {

    @Test
    void volunteerAsMentorRecordsConsentAddsTheMentorRoleAndEmitsConsentGiven() {
        Person aino = anEmployee();

        Change<Person> change = aino.volunteerAsMentor(AINO, T0);

        Person mentor = change.state();
        assertThat(mentor.roles()).containsExactly(Role.MENTOR, Role.EMPLOYEE);
        assertThat(mentor.isActiveMentor()).isTrue();
        assertThat(mentor.enrollment().history()).containsExactly(ConsentRecord.given(T0));
        assertThat(mentor.enrollment().consentGivenAt()).contains(T0);
        assertThat(change.events())
                .containsExactly(MentorConsentGiven.builder()
                        .organizationId(AGENCY)
                        .actor(AINO)
                        .occurredAt(T0)
                        .personId(AINO)
                        .build());
        assertThat(mentor.version()).as("the repository advances the version").isZero();
        assertThat(aino.isActiveMentor()).as("the original is unchanged").isFalse();
    }

    @Test
    void volunteerAsMentorWhenSomeoneElseActsThenTheEventRecordsTheActor() {
        Change<Person> change = anEmployee().volunteerAsMentor(ELSA, T0);
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(MentorConsentGiven.class, given -> {
            assertThat(given.actor()).isEqualTo(ELSA);
            assertThat(given.personId()).isEqualTo(AINO);
        });
    }

    @Test
    void volunteerAsMentorWhenAlreadyAConsentingMentorThenRefusesAndNamesThePerson() {
        Person mentor = aMentor();
        assertThatThrownBy(() -> mentor.volunteerAsMentor(AINO, days(T0, 1)))
                .isInstanceOfSatisfying(EnrollmentException.class, e -> {
                    assertThat(e.violations())
                            .extracting(Violation::code, Violation::path)
                            .containsExactly(tuple("person.enrollment.already-consenting", "enrollment"));
                    assertThat(e.violations().get(0).arguments()).containsExactly(T0.toString());
                    assertThat(e.violations().get(0).message(Locale.forLanguageTag("fi")))
                            .isEqualTo("henkilö on jo antanut mentorisuostumuksensa, 2026-02-02T08:00:00Z alkaen");
                    assertThat(e.violations().get(0).message(Locale.forLanguageTag("sv")))
                            .isEqualTo("personen har redan gett sitt mentorsamtycke, sedan 2026-02-02T08:00:00Z");
                    assertThat(e.personId()).isEqualTo(AINO);
                    assertThat(e.getMessage())
                            .isEqualTo("Person " + AINO + " cannot volunteer as a mentor: "
                                    + "the person is already a consenting mentor, since 2026-02-02T08:00:00Z");
                });
        assertThat(mentor).isEqualTo(aMentor());
    }

    @Test
    void volunteerAsMentorWhenEarlierThanTheLastRecordThenRefuses() {
        Person withdrawn =
                aMentor().withdrawMentorConsent(AINO, days(T0, 10), AINO_REASON).state();
        Instant earlier = days(T0, 9);
        assertThatThrownBy(() -> withdrawn.volunteerAsMentor(AINO, earlier))
                .isInstanceOfSatisfying(EnrollmentException.class, e -> {
                    assertThat(e.violations())
                            .extracting(Violation::code, Violation::path)
                            .containsExactly(tuple("person.enrollment.time-before-last-record", "at"));
                    assertThat(e.violations().get(0).arguments())
                            .containsExactly(earlier.toString(), days(T0, 10).toString());
                    assertThat(e.getMessage())
                            .isEqualTo("Person " + AINO + " cannot volunteer as a mentor: the time " + earlier
                                    + " is earlier than the last record of the consent history, " + days(T0, 10));
                });
    }

    @Test
    void volunteerAsMentorWhenBothRulesRefuseThenListsBothInTheCodesAndTheMessage() {
        assertThatThrownBy(() -> aMentor().volunteerAsMentor(AINO, days(T0, -1)))
                .isInstanceOfSatisfying(EnrollmentException.class, e -> {
                    assertThat(e.codes())
                            .containsExactly(
                                    "person.enrollment.already-consenting",
                                    "person.enrollment.time-before-last-record");
                    assertThat(e.getMessage())
                            .isEqualTo("Person " + AINO + " cannot volunteer as a mentor: "
                                    + e.violations().get(0).message() + "; "
                                    + e.violations().get(1).message());
                });
    }

    @Test
    void volunteerAsMentorAtTheInstantOfTheLastRecordThenAccepts() {
        Person withdrawn =
                aMentor().withdrawMentorConsent(AINO, T0, AINO_REASON).state();
        assertThat(withdrawn.volunteerAsMentor(AINO, T0).state().isActiveMentor())
                .isTrue();
    }

    @Test
    void withdrawMentorConsentRecordsTheReasonRemovesTheMentorRoleAndEmitsConsentWithdrawnWithoutTheReason() {
        Person mentor = aMentor().grantRole(Role.TRAINER, ELSA, T0).state();
        Instant at = days(T0, 100);

        Change<Person> change = mentor.withdrawMentorConsent(ELSA, at, AINO_REASON);

        Person former = change.state();
        assertThat(former.roles()).containsExactly(Role.TRAINER, Role.EMPLOYEE);
        assertThat(former.isActiveMentor()).isFalse();
        assertThat(former.enrollment().history())
                .containsExactly(ConsentRecord.given(T0), ConsentRecord.withdrawn(at, AINO_REASON));
        assertThat(former.enrollment().lastWithdrawal()).contains(ConsentRecord.withdrawn(at, AINO_REASON));
        assertThat(change.events())
                .containsExactly(MentorConsentWithdrawn.builder()
                        .organizationId(AGENCY)
                        .actor(ELSA)
                        .occurredAt(at)
                        .personId(AINO)
                        .build());
        assertThat(JsonTesting.JACKSON_3.write(change.events().get(0), DomainEvent.class))
                .as("the personal reason never leaves the aggregate in an event")
                .doesNotContain("reason", "tehtäviin");
    }

    @Test
    void withdrawMentorConsentWhenNeverVolunteeredThenRefuses() {
        assertThatThrownBy(() -> anEmployee().withdrawMentorConsent(AINO, T0, AINO_REASON))
                .isInstanceOfSatisfying(EnrollmentException.class, e -> {
                    assertThat(e.violations())
                            .extracting(Violation::code, Violation::path)
                            .containsExactly(tuple("person.enrollment.no-active-consent", "enrollment"));
                    assertThat(e.getMessage())
                            .isEqualTo("Person " + AINO + " cannot withdraw mentor consent: "
                                    + "the person has no mentor consent in force to withdraw");
                });
    }

    @Test
    void withdrawMentorConsentWhenAlreadyWithdrawnThenRefuses() {
        Person withdrawn =
                aMentor().withdrawMentorConsent(AINO, days(T0, 1), AINO_REASON).state();
        assertThatThrownBy(() -> withdrawn.withdrawMentorConsent(AINO, days(T0, 2), "Uudelleen."))
                .isInstanceOfSatisfying(
                        EnrollmentException.class,
                        e -> assertThat(e.codes()).containsExactly("person.enrollment.no-active-consent"));
    }

    @Test
    void withdrawMentorConsentWhenEarlierThanTheLastRecordThenRefuses() {
        assertThatThrownBy(() -> aMentor().withdrawMentorConsent(AINO, days(T0, -1), AINO_REASON))
                .isInstanceOfSatisfying(
                        EnrollmentException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::code, Violation::path)
                                .containsExactly(tuple("person.enrollment.time-before-last-record", "at")));
    }

    @Test
    void withdrawMentorConsentWhenTheReasonIsBlankThenRejectsItAsInvalidData() {
        Person mentor = aMentor();
        assertThatThrownBy(() -> mentor.withdrawMentorConsent(AINO, days(T0, 1), "  "))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::code, Violation::path)
                                .containsExactly(tuple("person.consent.reason-blank", "reason")));
        assertThat(mentor).isEqualTo(aMentor());
    }

    @Test
    void withdrawMentorConsentWhenTheReasonIsTooLongThenRejectsItAsInvalidData() {
        assertThatThrownBy(() -> aMentor().withdrawMentorConsent(AINO, days(T0, 1), "x".repeat(2_001)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::code, Violation::path)
                                .containsExactly(tuple("common.text.too-long", "reason")));
    }

    @Test
    void withdrawMentorConsentWhenTheReasonIsInvalidAndNoConsentIsInForceThenTheDataIsRejectedFirst() {
        assertThatThrownBy(() -> anEmployee().withdrawMentorConsent(AINO, T0, ""))
                .isInstanceOf(ValidationException.class)
                .isNotInstanceOf(DomainRuleException.class);
    }

    @Test
    void commandsWhenArgumentIsNullThenThrowNullPointerNamingIt() {
        Person aino = anEmployee();
        Person mentor = aMentor();
        assertThatThrownBy(() -> aino.volunteerAsMentor(null, T0))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("actor");
        assertThatThrownBy(() -> aino.volunteerAsMentor(AINO, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("at");
        assertThatThrownBy(() -> mentor.withdrawMentorConsent(null, T0, AINO_REASON))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("actor");
        assertThatThrownBy(() -> mentor.withdrawMentorConsent(AINO, null, AINO_REASON))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("at");
        assertThatThrownBy(() -> mentor.withdrawMentorConsent(AINO, T0, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("reason");
    }

    /** Aino volunteers, steps back when she changes jobs, and volunteers again a year later. */
    @Test
    void scenarioVolunteerWithdrawAndVolunteerAgainKeepsTheWholeHistory() {
        // Recruitment: Aino volunteers in February and gives her consent.
        Person aino = anEmployee();
        Change<Person> enrolled = aino.volunteerAsMentor(AINO, T0);
        assertThat(enrolled.state().isActiveMentor()).isTrue();

        // In May she moves to new duties and withdraws; the reason is recorded, the role removed.
        Instant may = days(T0, 100);
        Change<Person> stepsBack = enrolled.andThen(p -> p.withdrawMentorConsent(AINO, may, AINO_REASON));
        Person former = stepsBack.state();
        assertThat(former.hasRole(Role.MENTOR)).isFalse();
        assertThat(former.enrollment().consentGivenAt()).isEmpty();

        // She cannot withdraw twice, nor volunteer with a time before her withdrawal.
        assertThatThrownBy(() -> former.withdrawMentorConsent(AINO, days(may, 1), AINO_REASON))
                .isInstanceOf(EnrollmentException.class);
        assertThatThrownBy(() -> former.volunteerAsMentor(AINO, days(may, -1))).isInstanceOf(EnrollmentException.class);

        // A year later HR enrols her again with her consent; the earlier history stays.
        Instant nextYear = days(T0, 400);
        Change<Person> back = stepsBack.andThen(p -> p.volunteerAsMentor(ELSA, nextYear));
        Person mentorAgain = back.state();
        assertThat(mentorAgain.isActiveMentor()).isTrue();
        assertThat(mentorAgain.enrollment().history())
                .extracting(ConsentRecord::kind, ConsentRecord::at)
                .containsExactly(
                        tuple(ConsentKind.GIVEN, T0),
                        tuple(ConsentKind.WITHDRAWN, may),
                        tuple(ConsentKind.GIVEN, nextYear));
        assertThat(mentorAgain.enrollment().consentGivenAt()).contains(nextYear);
        assertThat(mentorAgain.enrollment().lastWithdrawal().flatMap(ConsentRecord::reason))
                .contains(AINO_REASON);
        assertThat(mentorAgain).isEqualTo(PersonFixtures.aMentorWhoReturned());

        // Three events, in order, each naming who acted.
        assertThat(back.events())
                .containsExactly(
                        MentorConsentGiven.builder()
                                .organizationId(AGENCY)
                                .actor(AINO)
                                .occurredAt(T0)
                                .personId(AINO)
                                .build(),
                        MentorConsentWithdrawn.builder()
                                .organizationId(AGENCY)
                                .actor(AINO)
                                .occurredAt(may)
                                .personId(AINO)
                                .build(),
                        MentorConsentGiven.builder()
                                .organizationId(AGENCY)
                                .actor(ELSA)
                                .occurredAt(nextYear)
                                .personId(AINO)
                                .build());
    }
}
