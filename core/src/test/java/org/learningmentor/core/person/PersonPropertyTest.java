package org.learningmentor.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.learningmentor.core.person.PersonFixtures.AINO;
import static org.learningmentor.core.person.PersonFixtures.ELSA;
import static org.learningmentor.core.person.PersonFixtures.T0;
import static org.learningmentor.core.person.PersonFixtures.anEmployee;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningmentor.core.JsonTesting;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ValidationException;

/**
 * Random sequences of volunteering and withdrawing, valid and invalid, at random and sometimes
 * decreasing times, keep every enrolment invariant.
 */
class PersonPropertyTest {

    private static final List<String> REASONS = List.of(
            "Siirryn uusiin tehtäviin.", "Tiden räcker inte till.", "Personal reasons.", " ", "", "x".repeat(2_001));

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.learningmentor.core.Seeds#seeds")
    void randomVolunteerAndWithdrawSequencesKeepTheEnrollmentInvariants(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Person person = random.nextBoolean()
                ? anEmployee()
                : PersonFixtures.aSwedishSpeakingHrCoordinator().withManager(java.util.Optional.of(AINO));
        Instant clock = T0;
        int steps = random.nextInt(1, 60);
        int accepted = 0;
        for (int step = 0; step < steps; step++) {
            // Time mostly moves forward, sometimes stands still, sometimes goes back.
            Instant at = clock.plusSeconds(random.nextLong(-3 * 86_400, 10 * 86_400));
            PersonId actor = random.nextBoolean() ? person.id() : ELSA;
            boolean volunteer = random.nextBoolean();
            String reason = REASONS.get(random.nextInt(REASONS.size()));
            Person before = person;
            List<ConsentRecord> historyBefore = List.copyOf(before.enrollment().history());
            Set<Role> rolesBefore = EnumSet.copyOf(before.roles());
            Instant last =
                    before.enrollment().lastRecord().map(ConsentRecord::at).orElse(Instant.MIN);
            boolean tooEarly = at.isBefore(last);
            boolean badReason = reason.isBlank() || reason.length() > ConsentRecord.MAX_REASON_LENGTH;
            boolean shouldSucceed = volunteer
                    ? !before.enrollment().isConsentGiven() && !tooEarly
                    : before.enrollment().isConsentGiven() && !tooEarly && !badReason;
            try {
                Change<Person> change = volunteer
                        ? before.volunteerAsMentor(actor, at)
                        : before.withdrawMentorConsent(actor, at, reason);
                assertThat(shouldSucceed)
                        .as("step %d: %s at %s accepted", step, volunteer ? "volunteer" : "withdraw", at)
                        .isTrue();
                assertThat(change.events()).hasSize(1);
                PersonEvent event = (PersonEvent) change.events().get(0);
                assertThat(event).isInstanceOf(volunteer ? MentorConsentGiven.class : MentorConsentWithdrawn.class);
                assertThat(event.actor()).isEqualTo(actor);
                assertThat(event.occurredAt()).isEqualTo(at);
                assertThat(event.organizationId()).isEqualTo(before.organizationId());
                person = change.state();
                assertThat(person.enrollment().history())
                        .hasSize(before.enrollment().history().size() + 1);
                assertThat(person.enrollment()
                                .history()
                                .subList(0, before.enrollment().history().size()))
                        .isEqualTo(before.enrollment().history());
                assertThat(person.id()).isEqualTo(before.id());
                assertThat(person.version()).isEqualTo(before.version());
                clock = at;
                accepted++;
            } catch (EnrollmentException | ValidationException refused) {
                assertThat(shouldSucceed)
                        .as(
                                "step %d: %s at %s refused with %s",
                                step, volunteer ? "volunteer" : "withdraw", at, refused)
                        .isFalse();
                if (!volunteer && badReason) {
                    assertThat(refused).isInstanceOf(ValidationException.class);
                } else {
                    assertThat(refused).isInstanceOf(EnrollmentException.class);
                    assertThat(((EnrollmentException) refused).personId()).isEqualTo(before.id());
                }
                assertThat(person)
                        .as("a refused command leaves the person unchanged")
                        .isSameAs(before);
                // Move the clock on now and then, so that late commands succeed again.
                if (random.nextInt(4) == 0) {
                    clock = clock.plusSeconds(86_400);
                }
            }
            assertInvariants(person);
        }
        assertThat(person.enrollment().history()).hasSize(accepted);
        JsonTesting json = JsonTesting.values()[random.nextInt(JsonTesting.values().length)];
        json.assertRoundTrip(person, Person.class);
    }

    private static void assertInvariants(Person person) {
        List<ConsentRecord> history = person.enrollment().history();
        for (int i = 0; i < history.size(); i++) {
            ConsentRecord record = history.get(i);
            assertThat(record.kind())
                    .as("history alternates, starting with GIVEN: %s", history)
                    .isEqualTo(i % 2 == 0 ? ConsentKind.GIVEN : ConsentKind.WITHDRAWN);
            assertThat(record.reason().isPresent()).isEqualTo(record.kind() == ConsentKind.WITHDRAWN);
            if (i > 0 && record.at().isBefore(history.get(i - 1).at())) {
                fail("history out of order at %d: %s", i, history);
            }
        }
        assertThat(person.hasRole(Role.MENTOR))
                .as("MENTOR role iff consent given")
                .isEqualTo(person.enrollment().isConsentGiven());
        assertThat(person.isActiveMentor()).isEqualTo(person.enrollment().isConsentGiven());
        assertThat(person.enrollment().isConsentGiven()).isEqualTo(history.size() % 2 == 1);
        assertThat(person.roles()).isNotEmpty();
    }
}
