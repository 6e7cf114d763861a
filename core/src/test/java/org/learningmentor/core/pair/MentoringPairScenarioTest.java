package org.learningmentor.core.pair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningmentor.core.pair.PairFixtures.EMPLOYEE;
import static org.learningmentor.core.pair.PairFixtures.EMPLOYEE_2;
import static org.learningmentor.core.pair.PairFixtures.HR;
import static org.learningmentor.core.pair.PairFixtures.PROGRAM;
import static org.learningmentor.core.pair.PairFixtures.T0;
import static org.learningmentor.core.pair.PairFixtures.aProgram;
import static org.learningmentor.core.pair.PairFixtures.aProgramIn;
import static org.learningmentor.core.pair.PairFixtures.mentor;
import static org.learningmentor.core.pair.PairFixtures.minutes;
import static org.learningmentor.core.pair.PairFixtures.pairId;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.ProgramPhase;

/** The pairing flows told as stories: proposals answered and withdrawn, direct pairing, ends. */
class MentoringPairScenarioTest {

    private final MentoringProgram program = aProgram();
    private final PairingPolicy policy = PairingPolicy.defaults();

    @Test
    void proposeThenAcceptThenEndAsCompletedAfterTheProgrammeRecordsTheWholeStory() {
        Person aino = mentor(1);
        Person matti = mentor(2);
        // Aino proposes to Matti that they plan together.
        Change<MentoringPair> proposed =
                MentoringPair.propose(pairId(1), PairKind.MENTOR_PAIR, program, aino, matti, List.of(), policy, T0);
        MentoringPair pair = proposed.state();
        assertThat(pair.status()).isEqualTo(PairStatus.PROPOSED);
        assertThat(pair.first()).isEqualTo(aino.id());
        assertThat(pair.second()).isEqualTo(matti.id());
        assertThat(pair.programId()).isEqualTo(PROGRAM);
        assertThat(pair.organizationId()).isEqualTo(program.organizationId());
        assertThat(pair.isActive()).isFalse();
        assertThat(proposed.events()).singleElement().isInstanceOfSatisfying(PairProposed.class, e -> {
            assertThat(e.actor()).isEqualTo(aino.id());
            assertThat(e.firstId()).isEqualTo(aino.id());
            assertThat(e.secondId()).isEqualTo(matti.id());
            assertThat(e.kind()).isEqualTo(PairKind.MENTOR_PAIR);
            assertThat(e.pairId()).isEqualTo(pairId(1));
            assertThat(e.programId()).isEqualTo(PROGRAM);
            assertThat(e.occurredAt()).isEqualTo(T0);
        });

        // An hour later Matti accepts; the pair is active.
        Change<MentoringPair> accepted = pair.accept(matti, aino, program, List.of(pair), policy, minutes(60));
        pair = accepted.state();
        assertThat(pair.isActive()).isTrue();
        assertThat(accepted.events())
                .singleElement()
                .isInstanceOfSatisfying(
                        PairAccepted.class, e -> assertThat(e.actor()).isEqualTo(matti.id()));

        // After the programme's evaluation Matti ends the pair as completed.
        MentoringProgram evaluated = aProgramIn(ProgramPhase.EVALUATION);
        Change<MentoringPair> ended =
                pair.end(PairEndReason.COMPLETED, Optional.empty(), evaluated, matti, minutes(90));
        pair = ended.state();
        assertThat(pair.status()).isEqualTo(PairStatus.ENDED);
        assertThat(pair.endReason()).contains(PairEndReason.COMPLETED);
        assertThat(pair.isEndedAsCompleted()).isTrue();
        assertThat(ended.events())
                .singleElement()
                .isInstanceOfSatisfying(
                        PairEnded.class, e -> assertThat(e.reason()).isEqualTo(PairEndReason.COMPLETED));
        assertThat(pair.history())
                .extracting(PairHistoryEntry::status, PairHistoryEntry::actor, PairHistoryEntry::at)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PairStatus.PROPOSED, aino.id(), T0),
                        org.assertj.core.groups.Tuple.tuple(PairStatus.ACTIVE, matti.id(), minutes(60)),
                        org.assertj.core.groups.Tuple.tuple(PairStatus.ENDED, matti.id(), minutes(90)));
    }

    @Test
    void proposeThenDeclineLeavesBothFreeToPairWithOthers() {
        MentoringPair proposal = MentoringPair.propose(
                        pairId(1), PairKind.MENTOR_PAIR, program, mentor(1), mentor(2), List.of(), policy, T0)
                .state();
        Change<MentoringPair> declined = proposal.decline(mentor(2).id(), minutes(5));
        assertThat(declined.state().status()).isEqualTo(PairStatus.DECLINED);
        assertThat(declined.state().endReason()).isEmpty();
        assertThat(declined.events()).singleElement().isInstanceOf(PairDeclined.class);
        // The declined proposal blocks nothing: mentor 1 proposes to mentor 2 again, and to mentor 3.
        List<MentoringPair> pairs = List.of(declined.state());
        assertThat(MentoringPair.propose(
                                pairId(2),
                                PairKind.MENTOR_PAIR,
                                program,
                                mentor(1),
                                mentor(2),
                                pairs,
                                policy,
                                minutes(6))
                        .state()
                        .status())
                .isEqualTo(PairStatus.PROPOSED);
    }

    @Test
    void proposeThenWithdrawByTheProposerEndsTheProposal() {
        MentoringPair proposal = MentoringPair.propose(
                        pairId(1), PairKind.MENTOR_PAIR, program, mentor(1), mentor(2), List.of(), policy, T0)
                .state();
        Change<MentoringPair> withdrawn = proposal.withdraw(mentor(1).id(), minutes(1));
        assertThat(withdrawn.state().status()).isEqualTo(PairStatus.WITHDRAWN);
        assertThat(withdrawn.events())
                .singleElement()
                .isInstanceOfSatisfying(
                        PairProposalWithdrawn.class,
                        e -> assertThat(e.actor()).isEqualTo(mentor(1).id()));
    }

    @Test
    void pairDirectlyByHrFormsAnActivePairAtOnce() {
        Change<MentoringPair> formed = MentoringPair.pairDirectly(
                pairId(1), PairKind.MENTOR_PAIR, program, HR, mentor(3), mentor(4), List.of(), policy, T0);
        assertThat(formed.state().isActive()).isTrue();
        assertThat(formed.state().history()).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(PairStatus.ACTIVE);
            assertThat(entry.actor()).isEqualTo(HR.id());
        });
        assertThat(formed.events()).singleElement().isInstanceOfSatisfying(PairFormed.class, e -> {
            assertThat(e.actor()).isEqualTo(HR.id());
            assertThat(e.firstId()).isEqualTo(mentor(3).id());
            assertThat(e.secondId()).isEqualTo(mentor(4).id());
        });
    }

    @Test
    void hrEndsAPairEarlyAsCompletedAndAMemberEndsAnotherAsWithdrawn() {
        MentoringPair pair = PairFixtures.anActivePair();
        MentoringPair completed = pair.end(PairEndReason.COMPLETED, Optional.empty(), program, HR, minutes(10))
                .state();
        assertThat(completed.isEndedAsCompleted()).isTrue();
        MentoringPair withdrawn = pair.end(
                        PairEndReason.WITHDRAWN, Optional.of("Vuorotteluvapaa"), program, mentor(2), minutes(10))
                .state();
        assertThat(withdrawn.endReason()).contains(PairEndReason.WITHDRAWN);
        assertThat(withdrawn.isEndedAsCompleted()).isFalse();
        assertThat(withdrawn.history().get(1).note()).contains("Vuorotteluvapaa");
    }

    @Test
    void aMentorMayLeadAsManyMenteesAsThePolicyAllowsAndAMenteeHasOneMentor() {
        PairingPolicy two = policy.withMenteeCapacity(2);
        MentoringPair first = MentoringPair.pairDirectly(
                        pairId(1), PairKind.MENTOR_MENTEE, program, HR, mentor(1), EMPLOYEE, List.of(), two, T0)
                .state();
        MentoringPair second = MentoringPair.propose(
                        pairId(2), PairKind.MENTOR_MENTEE, program, mentor(1), EMPLOYEE_2, List.of(first), two, T0)
                .state()
                .accept(EMPLOYEE_2, mentor(1), program, List.of(first), two, minutes(1))
                .state();
        assertThat(List.of(first, second)).allMatch(MentoringPair::isActive);
        // A mentee with a mentor cannot take a second one, even from a mentor with room.
        assertThat(PairFixtures.refusal(() -> MentoringPair.pairDirectly(
                        pairId(3), PairKind.MENTOR_MENTEE, program, HR, mentor(2), EMPLOYEE, List.of(first), two, T0)))
                .containsExactly("pair.capacity.exceeded@second");
    }

    @Test
    void queriesNameTheOtherMember() {
        MentoringPair pair = PairFixtures.anActivePair();
        assertThat(pair.other(mentor(1).id())).contains(mentor(2).id());
        assertThat(pair.other(mentor(2).id())).contains(mentor(1).id());
        assertThat(pair.other(mentor(3).id())).isEmpty();
        assertThat(pair.involves(mentor(1).id())).isTrue();
        assertThat(pair.involves(mentor(3).id())).isFalse();
        assertThat(pair.endReason()).isEmpty();
    }

    @Test
    void everyEventIsADomainEventOfThePairsOrganization() {
        List<DomainEvent> events = Change.of(PairFixtures.aProposal(), List.<DomainEvent>of())
                .andThen(p -> p.accept(mentor(2), mentor(1), program, List.of(), policy, minutes(1)))
                .andThen(p -> p.end(PairEndReason.OTHER, Optional.empty(), program, mentor(1), minutes(2)))
                .events();
        assertThat(events)
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.organizationId()).isEqualTo(program.organizationId()));
    }
}
