package org.learningmentor.core.pair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningmentor.core.pair.PairFixtures.AGENCY;
import static org.learningmentor.core.pair.PairFixtures.HR;
import static org.learningmentor.core.pair.PairFixtures.PROGRAM;
import static org.learningmentor.core.pair.PairFixtures.T0;
import static org.learningmentor.core.pair.PairFixtures.anEndedPair;
import static org.learningmentor.core.pair.PairFixtures.mentor;
import static org.learningmentor.core.pair.PairFixtures.minutes;
import static org.learningmentor.core.pair.PairFixtures.pairId;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningmentor.core.JsonTesting;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.program.MentoringProgram;

/** The wire format of the pair aggregate: round trips and golden files under both Jackson lines. */
class PairJsonTest {

    private static final MentoringProgram PROGRAMME = PairFixtures.aProgram();

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void anEndedPairWithItsWholeHistoryMatchesTheGoldenFile(JsonTesting json) {
        json.assertGolden("pair-mentoring-pair", anEndedPair().withVersion(4), MentoringPair.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void aProposedMentorMenteePairMatchesTheGoldenFile(JsonTesting json) {
        MentoringPair proposal = MentoringPair.propose(
                        pairId(2),
                        PairKind.MENTOR_MENTEE,
                        PROGRAMME,
                        mentor(3),
                        PairFixtures.EMPLOYEE,
                        List.of(),
                        PairingPolicy.defaults(),
                        T0)
                .state();
        json.assertGolden("pair-mentoring-pair-proposed", proposal, MentoringPair.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void aHistoryEntryMatchesTheGoldenFile(JsonTesting json) {
        json.assertGolden("pair-history-entry", anEndedPair().history().get(2), PairHistoryEntry.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void thePolicyMatchesTheGoldenFileAndDefaultsMissingCapacities(JsonTesting json) throws Exception {
        json.assertGolden(
                "pair-pairing-policy",
                PairingPolicy.builder().pairCapacity(2).menteeCapacity(3).build(),
                PairingPolicy.class);
        assertThat((PairingPolicy) json.read("{}", PairingPolicy.class)).isEqualTo(PairingPolicy.defaults());
        json.assertRoundTrip(PairingPolicy.defaults(), PairingPolicy.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void enumsAreTheirNames(JsonTesting json) {
        for (PairKind kind : PairKind.values()) {
            assertThat(json.assertRoundTrip(kind, PairKind.class)).isEqualTo("\"" + kind.name() + "\"");
        }
        for (PairStatus status : PairStatus.values()) {
            assertThat(json.assertRoundTrip(status, PairStatus.class)).isEqualTo("\"" + status.name() + "\"");
        }
        for (PairEndReason reason : PairEndReason.values()) {
            assertThat(json.assertRoundTrip(reason, PairEndReason.class)).isEqualTo("\"" + reason.name() + "\"");
        }
        json.assertGolden("pair-end-reason", PairEndReason.REORGANISED, PairEndReason.class);
    }

    // ---------------------------------------------------------------- events

    private static DomainEvent proposed() {
        return MentoringPair.propose(
                        pairId(1),
                        PairKind.MENTOR_PAIR,
                        PROGRAMME,
                        mentor(1),
                        mentor(2),
                        List.of(),
                        PairingPolicy.defaults(),
                        T0)
                .events()
                .get(0);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void pairProposedMatchesTheGoldenFile(JsonTesting json) {
        json.assertGolden("pair-pair-proposed", proposed(), DomainEvent.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void pairFormedMatchesTheGoldenFile(JsonTesting json) {
        DomainEvent formed = MentoringPair.pairDirectly(
                        pairId(1),
                        PairKind.MENTOR_MENTEE,
                        PROGRAMME,
                        HR,
                        mentor(1),
                        PairFixtures.EMPLOYEE,
                        List.of(),
                        PairingPolicy.defaults(),
                        T0)
                .events()
                .get(0);
        json.assertGolden("pair-pair-formed", formed, DomainEvent.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void pairAcceptedMatchesTheGoldenFile(JsonTesting json) {
        DomainEvent accepted = PairFixtures.aProposal()
                .accept(mentor(2), mentor(1), PROGRAMME, List.of(), PairingPolicy.defaults(), minutes(60))
                .events()
                .get(0);
        json.assertGolden("pair-pair-accepted", accepted, DomainEvent.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void pairDeclinedMatchesTheGoldenFile(JsonTesting json) {
        json.assertGolden(
                "pair-pair-declined",
                PairFixtures.aProposal()
                        .decline(mentor(2).id(), minutes(5))
                        .events()
                        .get(0),
                DomainEvent.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void pairProposalWithdrawnMatchesTheGoldenFile(JsonTesting json) {
        json.assertGolden(
                "pair-pair-proposal-withdrawn",
                PairFixtures.aProposal()
                        .withdraw(mentor(1).id(), minutes(5))
                        .events()
                        .get(0),
                DomainEvent.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void pairEndedMatchesTheGoldenFileAndCarriesNoNote(JsonTesting json) {
        Change<MentoringPair> ended = PairFixtures.anActivePair()
                .end(PairEndReason.REORGANISED, Optional.of(PairFixtures.NOTE), PROGRAMME, HR, minutes(30));
        json.assertGolden("pair-pair-ended", ended.events().get(0), DomainEvent.class);
        assertThat(json.write(ended.events().get(0), DomainEvent.class)).doesNotContain("siirtyi");
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void eventsReadAsTheirFamilyAndTheirOwnType(JsonTesting json) throws Exception {
        DomainEvent event = proposed();
        String written = json.write(event, DomainEvent.class);
        assertThat((PairEvent) json.read(written, PairEvent.class)).isEqualTo(event);
        assertThat((PairProposed) json.read(written, PairProposed.class)).isEqualTo(event);
        assertThat(((PairEvent) event).programId()).isEqualTo(PROGRAM);
        assertThat(event.organizationId()).isEqualTo(AGENCY);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void aChangeOfAPairRoundTrips(JsonTesting json) throws Exception {
        Change<MentoringPair> change = PairFixtures.aProposal()
                .accept(mentor(2), mentor(1), PROGRAMME, List.of(), PairingPolicy.defaults(), minutes(60));
        String written = json.assertRoundTrip(
                change, new com.fasterxml.jackson.core.type.TypeReference<Change<MentoringPair>>() {}.getType());
        assertThat(written).contains("\"type\":\"pair.accepted\"");
    }
}
