package org.learningmentor.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.learningmentor.core.person.PersonFixtures.AINO_REASON;
import static org.learningmentor.core.person.PersonFixtures.T0;
import static org.learningmentor.core.person.PersonFixtures.anEnrollmentWithHistory;
import static org.learningmentor.core.person.PersonFixtures.days;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violation;

class MentorEnrollmentTest {

    private static final Instant T1 = days(T0, 30);
    private static final Instant T2 = days(T0, 60);

    @Test
    void noneHasAnEmptyHistoryAndNoConsent() {
        MentorEnrollment none = MentorEnrollment.none();
        assertThat(none.history()).isEmpty();
        assertThat(none.isConsentGiven()).isFalse();
        assertThat(none.consentGivenAt()).isEmpty();
        assertThat(none.lastWithdrawal()).isEmpty();
        assertThat(none.lastRecord()).isEmpty();
        assertThat(none).isEqualTo(MentorEnrollment.builder().build());
    }

    @Test
    void queriesAnswerFromTheLastRecords() {
        MentorEnrollment given = enrollment(ConsentRecord.given(T0));
        assertThat(given.isConsentGiven()).isTrue();
        assertThat(given.consentGivenAt()).contains(T0);
        assertThat(given.lastWithdrawal()).isEmpty();

        MentorEnrollment withdrawn = enrollment(ConsentRecord.given(T0), ConsentRecord.withdrawn(T1, AINO_REASON));
        assertThat(withdrawn.isConsentGiven()).isFalse();
        assertThat(withdrawn.consentGivenAt()).isEmpty();
        assertThat(withdrawn.lastWithdrawal()).contains(ConsentRecord.withdrawn(T1, AINO_REASON));

        MentorEnrollment again = anEnrollmentWithHistory();
        assertThat(again.history())
                .extracting(ConsentRecord::kind)
                .containsExactly(ConsentKind.GIVEN, ConsentKind.WITHDRAWN, ConsentKind.GIVEN);
        assertThat(again.isConsentGiven()).isTrue();
        assertThat(again.consentGivenAt()).contains(days(T0, 400));
        assertThat(again.lastWithdrawal().flatMap(ConsentRecord::reason)).contains(AINO_REASON);
        assertThat(again.lastRecord()).contains(ConsentRecord.given(days(T0, 400)));
    }

    @Test
    void historyMayHoldRecordsAtTheSameInstant() {
        MentorEnrollment sameInstant =
                enrollment(ConsentRecord.given(T0), ConsentRecord.withdrawn(T0, AINO_REASON), ConsentRecord.given(T0));
        assertThat(sameInstant.isConsentGiven()).isTrue();
    }

    @Test
    void historyIsUnmodifiable() {
        List<ConsentRecord> history = anEnrollmentWithHistory().history();
        assertThatThrownBy(() -> history.add(ConsentRecord.given(T2)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void historyWhenItStartsWithAWithdrawalThenRejects() {
        assertThatThrownBy(() -> enrollment(ConsentRecord.withdrawn(T0, AINO_REASON)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.codes()).containsExactly("person.enrollment.first-not-given");
                    assertThat(e.violations().get(0).path()).isEqualTo("history[0].kind");
                    assertThat(e.violations().get(0).arguments()).containsExactly("WITHDRAWN");
                });
    }

    @Test
    void historyWhenTwoRecordsInARowAreOfTheSameKindThenRejects() {
        assertThatThrownBy(() -> enrollment(ConsentRecord.given(T0), ConsentRecord.given(T1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.codes()).containsExactly("person.enrollment.not-alternating");
                    assertThat(e.violations().get(0).path()).isEqualTo("history[1].kind");
                });
        assertThatThrownBy(() -> enrollment(
                        ConsentRecord.given(T0),
                        ConsentRecord.withdrawn(T1, AINO_REASON),
                        ConsentRecord.withdrawn(T2, AINO_REASON)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.codes()).containsExactly("person.enrollment.not-alternating");
                    assertThat(e.violations().get(0).path()).isEqualTo("history[2].kind");
                });
    }

    @Test
    void historyWhenARecordIsEarlierThanTheOneBeforeThenRejects() {
        assertThatThrownBy(() -> enrollment(ConsentRecord.given(T1), ConsentRecord.withdrawn(T0, AINO_REASON)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.codes()).containsExactly("person.enrollment.out-of-order");
                    assertThat(e.violations().get(0).path()).isEqualTo("history[1].at");
                    assertThat(e.violations().get(0).arguments()).containsExactly(T0.toString(), T1.toString());
                });
    }

    @Test
    void historyWhenEverythingIsWrongThenListsEveryViolationAtOnce() {
        assertThatThrownBy(() -> enrollment(
                        ConsentRecord.withdrawn(T2, AINO_REASON),
                        ConsentRecord.withdrawn(T1, AINO_REASON),
                        ConsentRecord.given(T0)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::code, Violation::path)
                                .containsExactly(
                                        tuple("person.enrollment.first-not-given", "history[0].kind"),
                                        tuple("person.enrollment.not-alternating", "history[1].kind"),
                                        tuple("person.enrollment.out-of-order", "history[1].at"),
                                        tuple("person.enrollment.out-of-order", "history[2].at")));
    }

    @Test
    void consentGivenHasNoReasonAndAWithdrawalKeepsItsReason() {
        ConsentRecord given = ConsentRecord.given(T0);
        assertThat(given.kind()).isEqualTo(ConsentKind.GIVEN);
        assertThat(given.at()).isEqualTo(T0);
        assertThat(given.reason()).isEmpty();
        ConsentRecord withdrawn = ConsentRecord.withdrawn(T1, AINO_REASON);
        assertThat(withdrawn.kind()).isEqualTo(ConsentKind.WITHDRAWN);
        assertThat(withdrawn.reason()).contains(AINO_REASON);
        assertThat(ConsentRecord.withdrawn(T1, "x".repeat(ConsentRecord.MAX_REASON_LENGTH))
                        .reason())
                .hasValueSatisfying(reason -> assertThat(reason).hasSize(2_000));
    }

    @Test
    void consentRecordWhenAWithdrawalHasNoReasonThenRejects() {
        assertRecordRejected(
                () -> ConsentRecord.builder().kind(ConsentKind.WITHDRAWN).at(T0).build(),
                "person.consent.reason-missing");
    }

    @Test
    void consentRecordWhenTheReasonIsBlankThenRejects() {
        assertRecordRejected(() -> ConsentRecord.withdrawn(T0, " \t"), "person.consent.reason-blank");
    }

    @Test
    void consentRecordWhenTheReasonIsLongerThanTheLimitThenRejectsWithTheLengthsOnly() {
        assertThatThrownBy(() -> ConsentRecord.withdrawn(T0, "x".repeat(2_001)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.codes()).containsExactly("common.text.too-long");
                    assertThat(e.violations().get(0).path()).isEqualTo("reason");
                    assertThat(e.violations().get(0).arguments()).containsExactly("2000", "2001");
                });
    }

    @Test
    void consentRecordWhenConsentGivenCarriesAReasonThenRejects() {
        assertRecordRejected(
                () -> ConsentRecord.builder()
                        .kind(ConsentKind.GIVEN)
                        .at(T0)
                        .reason("Haluan auttaa kollegoita.")
                        .build(),
                "person.consent.reason-unexpected");
    }

    @Test
    void consentRecordWhenRequiredAttributesAreMissingThenListsThem() {
        assertThatThrownBy(() -> ConsentRecord.builder().build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::code, Violation::path)
                                .containsExactly(
                                        tuple("common.value.required", "kind"), tuple("common.value.required", "at")));
    }

    @Test
    void factoriesWhenArgumentIsNullThenThrowNullPointerNamingIt() {
        assertThatThrownBy(() -> ConsentRecord.given(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("at");
        assertThatThrownBy(() -> ConsentRecord.withdrawn(T0, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("reason");
    }

    private static MentorEnrollment enrollment(ConsentRecord... records) {
        return MentorEnrollment.builder().addHistory(records).build();
    }

    private static void assertRecordRejected(Runnable build, String code) {
        assertThatThrownBy(build::run).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.codes()).containsExactly(code);
            assertThat(e.violations().get(0).path()).isEqualTo("reason");
        });
    }
}
