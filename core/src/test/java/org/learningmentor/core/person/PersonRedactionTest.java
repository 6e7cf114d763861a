package org.learningmentor.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningmentor.core.person.PersonFixtures.AINO;
import static org.learningmentor.core.person.PersonFixtures.AINO_EMAIL;
import static org.learningmentor.core.person.PersonFixtures.AINO_NAME;
import static org.learningmentor.core.person.PersonFixtures.AINO_REASON;
import static org.learningmentor.core.person.PersonFixtures.ELSA;
import static org.learningmentor.core.person.PersonFixtures.HR_UNIT;
import static org.learningmentor.core.person.PersonFixtures.T0;
import static org.learningmentor.core.person.PersonFixtures.aMentorWhoReturned;
import static org.learningmentor.core.person.PersonFixtures.days;
import static org.learningmentor.core.person.PersonFixtures.generated;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningmentor.core.JsonTesting;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.ValidationException;

/** Names, e-mail addresses and withdrawal reasons never reach toString() or exception messages. */
class PersonRedactionTest {

    private static final List<String> PERSONAL =
            List.of(AINO_NAME, "Aino", "Virtanen", AINO_EMAIL, "example.fi", AINO_REASON, "tehtäviin");

    @Test
    void personToStringHoldsNoPersonalData() {
        Person aino = aMentorWhoReturned();
        assertThat(aino.toString())
                .contains(AINO.toString(), "MENTOR", "WITHDRAWN")
                .doesNotContain(PERSONAL);
    }

    @Test
    void enrollmentAndConsentRecordToStringHoldNoReason() {
        MentorEnrollment enrollment = aMentorWhoReturned().enrollment();
        assertThat(enrollment.toString()).contains("WITHDRAWN").doesNotContain(PERSONAL);
        ConsentRecord withdrawal = enrollment.lastWithdrawal().orElseThrow();
        assertThat(withdrawal.toString())
                .contains("WITHDRAWN", days(T0, 100).toString())
                .doesNotContain(PERSONAL);
    }

    @Test
    void eventsAndChangesToStringHoldNoPersonalData() {
        Change<Person> withdrawn = aMentorWhoReturned().withdrawMentorConsent(AINO, days(T0, 500), AINO_REASON);
        assertThat(withdrawn.state().enrollment().lastWithdrawal().flatMap(ConsentRecord::reason))
                .as("the reason stays in the consent history")
                .contains(AINO_REASON);
        MentorConsentWithdrawn event =
                (MentorConsentWithdrawn) withdrawn.events().get(0);
        assertThat(event.toString()).contains(AINO.toString()).doesNotContain(PERSONAL);
        assertThat(withdrawn.toString()).doesNotContain(PERSONAL);
        Change<Person> later = withdrawn
                .andThen(p -> p.volunteerAsMentor(AINO, days(T0, 600)))
                .andThen(p -> p.grantRole(Role.TRAINER, ELSA, days(T0, 601)))
                .andThen(p -> p.revokeRole(Role.TRAINER, ELSA, days(T0, 602)))
                .andThen(p -> p.moveToUnit(HR_UNIT, ELSA, days(T0, 603)))
                .andThen(p -> p.assignManager(Optional.of(ELSA), ELSA, days(T0, 604)));
        assertThat(later.events()).hasSize(6);
        assertThat(later.toString()).doesNotContain(PERSONAL);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void eventsInJsonHoldNoPersonalData(JsonTesting json) {
        Change<Person> withdrawn = aMentorWhoReturned().withdrawMentorConsent(AINO, days(T0, 500), AINO_REASON);
        for (DomainEvent event : withdrawn.events()) {
            assertThat(json.write(event, DomainEvent.class))
                    .doesNotContain(PERSONAL)
                    .doesNotContain("reason");
        }
    }

    @Test
    void theWithdrawalEventHasNoReasonAttribute() {
        assertThat(Arrays.stream(MentorConsentWithdrawn.class.getMethods()).map(Method::getName))
                .doesNotContain("reason");
    }

    @Test
    void exceptionMessagesHoldNoPersonalData() {
        Person aino = aMentorWhoReturned();
        assertThatThrownBy(() -> aino.volunteerAsMentor(AINO, days(T0, -5)))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PERSONAL));
        assertThatThrownBy(() -> generated(aino).withEmail("Aino Virtanen <aino.virtanen@example.fi>"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.getMessage()).doesNotContain(AINO_NAME, "aino.virtanen@");
                    for (String language : List.of("fi", "sv", "en")) {
                        assertThat(e.message(Locale.forLanguageTag(language)))
                                .doesNotContain(AINO_NAME, "aino.virtanen@");
                    }
                });
        assertThatThrownBy(() -> generated(aino).withDisplayName(AINO_NAME.repeat(20)))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PERSONAL));
    }
}
