package org.learningmentor.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningmentor.core.person.PersonFixtures.AINO;
import static org.learningmentor.core.person.PersonFixtures.AINO_EMAIL;
import static org.learningmentor.core.person.PersonFixtures.AINO_NAME;
import static org.learningmentor.core.person.PersonFixtures.AINO_REASON;
import static org.learningmentor.core.person.PersonFixtures.T0;
import static org.learningmentor.core.person.PersonFixtures.aMentorWhoReturned;
import static org.learningmentor.core.person.PersonFixtures.days;
import static org.learningmentor.core.person.PersonFixtures.generated;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.Change;
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
        MentorConsentWithdrawn event =
                (MentorConsentWithdrawn) withdrawn.events().get(0);
        assertThat(event.reason()).isEqualTo(AINO_REASON);
        assertThat(event.toString()).contains(AINO.toString()).doesNotContain(PERSONAL);
        assertThat(withdrawn.toString()).doesNotContain(PERSONAL);
        Change<Person> given = withdrawn.state().volunteerAsMentor(AINO, days(T0, 600));
        assertThat(given.toString()).doesNotContain(PERSONAL);
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
