package org.learningmentor.core.pair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.learningmentor.core.pair.PairFixtures.AGENCY;
import static org.learningmentor.core.pair.PairFixtures.NOTE;
import static org.learningmentor.core.pair.PairFixtures.PROGRAM;
import static org.learningmentor.core.pair.PairFixtures.T0;
import static org.learningmentor.core.pair.PairFixtures.anEndedPair;
import static org.learningmentor.core.pair.PairFixtures.mentor;
import static org.learningmentor.core.pair.PairFixtures.minutes;
import static org.learningmentor.core.pair.PairFixtures.pairId;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violation;

/** The structural rules of a pair, its history entries and the pairing policy; enums; redaction. */
class MentoringPairStructureTest {

    private static PairHistoryEntry entry(PairStatus status, Instant at) {
        return PairHistoryEntry.builder()
                .status(status)
                .at(at)
                .actor(mentor(1).id())
                .build();
    }

    private static MentoringPair.Builder pair(PersonId first, PersonId second, PairStatus status) {
        MentoringPair.Builder builder = MentoringPair.builder();
        builder.id(pairId(1))
                .organizationId(AGENCY)
                .programId(PROGRAM)
                .kind(PairKind.MENTOR_PAIR)
                .first(first)
                .second(second)
                .status(status);
        return builder;
    }

    private static List<String> invalid(Runnable build) {
        ValidationException thrown = catchThrowableOfType(ValidationException.class, build::run);
        assertThat(thrown).as("building must fail").isNotNull();
        return thrown.violations().stream().map(PairFixtures::codeAndPath).toList();
    }

    @Test
    void aPairWithTheSamePersonTwiceAndNoHistoryIsRefusedWithBoth() {
        assertThat(invalid(() -> pair(mentor(1).id(), mentor(1).id(), PairStatus.PROPOSED)
                        .version(-1)
                        .build()))
                .containsExactly(
                        "pair.person.self@second", "pair.history.empty@history", "pair.version.negative@version");
    }

    @Test
    void aHistoryMustStartWithAProposalOrAPairingAndTakeOnlyAllowedStepsInOrder() {
        assertThat(invalid(() -> pair(mentor(1).id(), mentor(2).id(), PairStatus.ACTIVE)
                        .addHistory(entry(PairStatus.DECLINED, T0))
                        .addHistory(entry(PairStatus.ACTIVE, T0.minusSeconds(1)))
                        .build()))
                .containsExactly(
                        "pair.history.first-status@history[0].status",
                        "pair.history.transition-invalid@history[1].status",
                        "pair.history.out-of-order@history[1].at");
    }

    @Test
    void theStatusMustBeTheLastEntrysStatus() {
        assertThat(invalid(() -> pair(mentor(1).id(), mentor(2).id(), PairStatus.ACTIVE)
                        .addHistory(entry(PairStatus.PROPOSED, T0))
                        .build()))
                .containsExactly("pair.history.status-mismatch@status");
    }

    @Test
    void everyAllowedStepIsAccepted() {
        assertThat(PairStatus.PROPOSED.canBecome(PairStatus.ACTIVE)).isTrue();
        assertThat(PairStatus.PROPOSED.canBecome(PairStatus.DECLINED)).isTrue();
        assertThat(PairStatus.PROPOSED.canBecome(PairStatus.WITHDRAWN)).isTrue();
        assertThat(PairStatus.PROPOSED.canBecome(PairStatus.ENDED)).isFalse();
        assertThat(PairStatus.ACTIVE.canBecome(PairStatus.ENDED)).isTrue();
        assertThat(PairStatus.ACTIVE.canBecome(PairStatus.PROPOSED)).isFalse();
        for (PairStatus closed : List.of(PairStatus.DECLINED, PairStatus.WITHDRAWN, PairStatus.ENDED)) {
            assertThat(PairStatus.values()).noneMatch(closed::canBecome);
            assertThat(closed.isOpen()).isFalse();
        }
        assertThat(PairStatus.PROPOSED.isOpen()).isTrue();
        assertThat(PairStatus.ACTIVE.isOpen()).isTrue();
    }

    @Test
    void anEntryCarriesAReasonExactlyWhenItEndsAndANoteOnlyThen() {
        assertThat(invalid(() -> PairHistoryEntry.builder()
                        .status(PairStatus.ENDED)
                        .at(T0)
                        .actor(mentor(1).id())
                        .build()))
                .containsExactly("pair.history.reason-mismatch@reason");
        assertThat(invalid(() -> PairHistoryEntry.builder()
                        .status(PairStatus.ACTIVE)
                        .at(T0)
                        .actor(mentor(1).id())
                        .reason(PairEndReason.OTHER)
                        .note(" ")
                        .build()))
                .containsExactly(
                        "pair.history.reason-mismatch@reason", "pair.note.unexpected@note", "pair.note.blank@note");
        assertThat(invalid(() -> PairHistoryEntry.builder()
                        .status(PairStatus.ENDED)
                        .at(T0)
                        .actor(mentor(1).id())
                        .reason(PairEndReason.OTHER)
                        .note("x".repeat(PairHistoryEntry.MAX_NOTE_LENGTH + 1))
                        .build()))
                .containsExactly("common.text.too-long@note");
    }

    @Test
    void aBuilderMissingRequiredAttributesNamesEach() {
        ValidationException thrown = catchThrowableOfType(
                ValidationException.class, () -> MentoringPair.builder().build());
        assertThat(thrown.violations())
                .extracting(Violation::path)
                .contains("id", "organizationId", "programId", "kind", "first", "second", "status");
    }

    @Test
    void theVersionIsKeptByCommandsAndSetByWithVersion() {
        MentoringPair stored = PairFixtures.aProposal().withVersion(3);
        assertThat(stored.version()).isEqualTo(3);
        assertThat(stored.decline(mentor(2).id(), minutes(1)).state().version()).isEqualTo(3);
        assertThat(invalid(() -> stored.withVersion(-1))).containsExactly("pair.version.negative@version");
    }

    // ---------------------------------------------------------------- policy

    @Test
    void thePolicyDefaultsToOnePairOfEachKind() {
        PairingPolicy defaults = PairingPolicy.defaults();
        assertThat(defaults.pairCapacity()).isEqualTo(1);
        assertThat(defaults.menteeCapacity()).isEqualTo(1);
        assertThat(defaults).isEqualTo(PairingPolicy.builder().build());
        assertThat(defaults.withMenteeCapacity(3).capacity(PairKind.MENTOR_MENTEE, true))
                .isEqualTo(3);
        assertThat(defaults.withMenteeCapacity(3).capacity(PairKind.MENTOR_MENTEE, false))
                .isEqualTo(1);
        assertThat(defaults.withPairCapacity(2).capacity(PairKind.MENTOR_PAIR, false))
                .isEqualTo(2);
    }

    @Test
    void thePolicyRefusesCapacitiesOutOfRange() {
        assertThat(invalid(() -> PairingPolicy.builder()
                        .pairCapacity(0)
                        .menteeCapacity(21)
                        .build()))
                .containsExactly(
                        "pair.policy.capacity-out-of-range@pairCapacity",
                        "pair.policy.capacity-out-of-range@menteeCapacity");
        assertThat(invalid(() -> PairingPolicy.defaults().withPairCapacity(-5)))
                .containsExactly("pair.policy.capacity-out-of-range@pairCapacity");
        assertThat(PairingPolicy.defaults()
                        .withPairCapacity(PairingPolicy.MAX_CAPACITY)
                        .pairCapacity())
                .isEqualTo(20);
    }

    // ---------------------------------------------------------------- enums

    @Test
    void enumsParseTheirExactNamesOnly() {
        assertThat(PairKind.parse("MENTOR_MENTEE")).isEqualTo(PairKind.MENTOR_MENTEE);
        assertThat(PairStatus.parse("ENDED")).isEqualTo(PairStatus.ENDED);
        assertThat(PairEndReason.parse("REORGANISED")).isEqualTo(PairEndReason.REORGANISED);
        assertThat(invalid(() -> PairKind.parse("mentor_pair"))).containsExactly("pair.kind.unknown@kind");
        assertThat(invalid(() -> PairStatus.parse("1"))).containsExactly("pair.status.unknown@status");
        assertThat(invalid(() -> PairEndReason.parse("REORGANIZED"))).containsExactly("pair.end-reason.unknown@reason");
    }

    // ---------------------------------------------------------------- messages and redaction

    @Test
    void messagesAreTranslatedIntoFinnishAndSwedish() {
        Violation violation =
                Violation.of(PairViolation.CAPACITY_EXCEEDED, "other", mentor(1).id(), 1, 1);
        assertThat(violation.message(Locale.forLanguageTag("fi")))
                .startsWith("henkilöllä " + mentor(1).id());
        assertThat(violation.message(Locale.forLanguageTag("sv")))
                .startsWith("person " + mentor(1).id() + " har");
        assertThat(violation.message(Locale.ENGLISH))
                .startsWith("person " + mentor(1).id() + " has");
    }

    @Test
    void theNoteNeverReachesToStringNorTheEvent() {
        MentoringPair ended = anEndedPair();
        assertThat(ended.history().get(2).note()).contains(NOTE);
        assertThat(ended.toString()).doesNotContain(NOTE).doesNotContain("Aino");
        assertThat(ended.history().get(2).toString()).doesNotContain(NOTE);
        MentoringPair active = PairFixtures.anActivePair();
        var change = active.end(
                PairEndReason.OTHER, java.util.Optional.of(NOTE), PairFixtures.aProgram(), PairFixtures.HR, minutes(1));
        assertThat(change.events().toString()).doesNotContain(NOTE);
        assertThat(change.toString()).doesNotContain(NOTE);
    }

    @Test
    void refusalsNameNoPersonalData() {
        PairRuleException thrown = catchThrowableOfType(
                PairRuleException.class,
                () -> MentoringPair.propose(
                        pairId(1),
                        PairKind.MENTOR_PAIR,
                        PairFixtures.aProgram(),
                        mentor(1),
                        PairFixtures.EMPLOYEE,
                        List.of(),
                        PairingPolicy.defaults(),
                        T0));
        assertThat(thrown.getMessage())
                .contains(PairFixtures.EMPLOYEE.id().toString())
                .doesNotContain(PairFixtures.EMPLOYEE.displayName())
                .doesNotContain(PairFixtures.EMPLOYEE.email());
    }
}
