package org.learningmentor.core.pair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.learningmentor.core.pair.PairFixtures.CONSENT_WITHDRAWN;
import static org.learningmentor.core.pair.PairFixtures.EMPLOYEE;
import static org.learningmentor.core.pair.PairFixtures.HR;
import static org.learningmentor.core.pair.PairFixtures.NOT_ENROLLED;
import static org.learningmentor.core.pair.PairFixtures.OUTSIDER;
import static org.learningmentor.core.pair.PairFixtures.T0;
import static org.learningmentor.core.pair.PairFixtures.aProgram;
import static org.learningmentor.core.pair.PairFixtures.aProgramIn;
import static org.learningmentor.core.pair.PairFixtures.aProposal;
import static org.learningmentor.core.pair.PairFixtures.anActivePair;
import static org.learningmentor.core.pair.PairFixtures.anEndedPair;
import static org.learningmentor.core.pair.PairFixtures.anotherProgram;
import static org.learningmentor.core.pair.PairFixtures.mentor;
import static org.learningmentor.core.pair.PairFixtures.minutes;
import static org.learningmentor.core.pair.PairFixtures.pairId;
import static org.learningmentor.core.pair.PairFixtures.refusal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.ProgramPhase;

/** Every pairing rule and every refusal, with its code and path. */
class MentoringPairRulesTest {

    private final MentoringProgram program = aProgram();
    private final PairingPolicy policy = PairingPolicy.defaults();

    private Change<MentoringPair> propose(
            PairKind kind, Person proposer, Person other, Collection<MentoringPair> pairs) {
        return MentoringPair.propose(pairId(9), kind, program, proposer, other, pairs, policy, minutes(30));
    }

    private Change<MentoringPair> direct(PairKind kind, Person first, Person second, Collection<MentoringPair> pairs) {
        return MentoringPair.pairDirectly(pairId(9), kind, program, HR, first, second, pairs, policy, minutes(30));
    }

    // ---------------------------------------------------------------- proposal and direct pairing

    @Test
    void proposeWhenPairingWithOneselfThenRefusesWithSelf() {
        assertThat(refusal(() -> propose(PairKind.MENTOR_PAIR, mentor(1), mentor(1), List.of())))
                .containsExactly("pair.person.self@other");
    }

    @Test
    void proposeWhenTheOtherIsOfAnotherOrganizationThenRefusesNamingOnlyTheirId() {
        PairRuleException thrown = catchThrowableOfType(
                PairRuleException.class, () -> propose(PairKind.MENTOR_PAIR, mentor(1), OUTSIDER, List.of()));
        assertThat(thrown.violations())
                .extracting(PairFixtures::codeAndPath)
                .containsExactly("pair.person.other-organization@other");
        assertThat(thrown.pairId()).isEqualTo(pairId(9));
        assertThat(thrown.getMessage())
                .startsWith("Pair " + pairId(9) + " cannot be proposed: ")
                .contains("person " + OUTSIDER.id() + " does not belong to the programme's organization")
                .doesNotContain(OUTSIDER.organizationId().toString())
                .doesNotContain(OUTSIDER.displayName());
    }

    @Test
    void proposeAMentorPairWhenTheOtherIsNotAProgrammeMentorThenRefuses() {
        assertThat(refusal(() -> propose(PairKind.MENTOR_PAIR, mentor(1), NOT_ENROLLED, List.of())))
                .containsExactly("pair.person.not-program-mentor@other");
        assertThat(refusal(() -> propose(PairKind.MENTOR_PAIR, EMPLOYEE, mentor(1), List.of())))
                .containsExactly("pair.person.not-program-mentor@proposer", "pair.person.no-consent@proposer");
    }

    @Test
    void proposeWhenAMentorsConsentIsWithdrawnThenRefusesWithNoConsent() {
        assertThat(refusal(() -> propose(PairKind.MENTOR_PAIR, mentor(1), CONSENT_WITHDRAWN, List.of())))
                .containsExactly("pair.person.no-consent@other");
        assertThat(refusal(() -> propose(PairKind.MENTOR_MENTEE, CONSENT_WITHDRAWN, EMPLOYEE, List.of())))
                .containsExactly("pair.person.no-consent@proposer");
    }

    @Test
    void proposeAMentorMenteePairNeedsAProgrammeMentorFirstAndAnyoneOfTheOrganizationSecond() {
        assertThat(propose(PairKind.MENTOR_MENTEE, mentor(1), EMPLOYEE, List.of())
                        .state()
                        .status())
                .isEqualTo(PairStatus.PROPOSED);
        assertThat(propose(PairKind.MENTOR_MENTEE, mentor(1), NOT_ENROLLED, List.of())
                        .state()
                        .status())
                .isEqualTo(PairStatus.PROPOSED);
        assertThat(refusal(() -> propose(PairKind.MENTOR_MENTEE, EMPLOYEE, mentor(1), List.of())))
                .containsExactly("pair.person.not-program-mentor@proposer", "pair.person.no-consent@proposer");
        assertThat(refusal(() -> propose(PairKind.MENTOR_MENTEE, mentor(1), OUTSIDER, List.of())))
                .containsExactly("pair.person.other-organization@other");
    }

    @Test
    void proposeWhenEitherPersonIsAtCapacityThenRefusesForEach() {
        List<MentoringPair> pairs =
                List.of(anActivePair(pairId(1), mentor(1), mentor(2)), anActivePair(pairId(2), mentor(3), mentor(4)));
        PairRuleException thrown = catchThrowableOfType(
                PairRuleException.class, () -> propose(PairKind.MENTOR_PAIR, mentor(1), mentor(3), pairs));
        assertThat(thrown.violations())
                .extracting(PairFixtures::codeAndPath)
                .containsExactly("pair.capacity.exceeded@proposer", "pair.capacity.exceeded@other");
        assertThat(thrown.getMessage())
                .contains("person " + mentor(1).id() + " has 1 active pairs of this kind in the programme, and the"
                        + " capacity is 1");
    }

    @Test
    void proposeWhenThePolicyAllowsTwoPairsThenASecondPairIsAllowed() {
        List<MentoringPair> pairs = List.of(anActivePair(pairId(1), mentor(1), mentor(2)));
        assertThat(MentoringPair.propose(
                                pairId(9),
                                PairKind.MENTOR_PAIR,
                                program,
                                mentor(1),
                                mentor(3),
                                pairs,
                                policy.withPairCapacity(2),
                                T0)
                        .state()
                        .status())
                .isEqualTo(PairStatus.PROPOSED);
    }

    @Test
    void proposeWhenTheTwoHaveAnOpenPairInEitherOrderThenRefusesWithDuplicate() {
        MentoringPair pending = aProposal(pairId(1), mentor(2), mentor(1));
        assertThat(refusal(() -> propose(PairKind.MENTOR_PAIR, mentor(1), mentor(2), List.of(pending))))
                .containsExactly("pair.pair.duplicate@other");
        MentoringPair active = anActivePair(pairId(1), mentor(1), mentor(2));
        assertThat(refusal(() -> direct(PairKind.MENTOR_PAIR, mentor(1), mentor(2), List.of(active))))
                .containsExactly(
                        "pair.pair.duplicate@second", "pair.capacity.exceeded@first", "pair.capacity.exceeded@second");
        // A closed pair of the two does not block a new one.
        assertThat(propose(PairKind.MENTOR_PAIR, mentor(1), mentor(2), List.of(anEndedPair()))
                        .state()
                        .status())
                .isEqualTo(PairStatus.PROPOSED);
    }

    @Test
    void proposeWhenTheIdIsTakenThenRefusesWithIdDuplicate() {
        MentoringPair taken = anActivePair(pairId(9), mentor(5), mentor(6));
        assertThat(refusal(() -> propose(PairKind.MENTOR_PAIR, mentor(1), mentor(2), List.of(taken))))
                .containsExactly("pair.id.duplicate@id");
    }

    @Test
    void pairsOfOtherProgrammesAreIgnored() {
        MentoringPair elsewhere = MentoringPair.pairDirectly(
                        pairId(1),
                        PairKind.MENTOR_PAIR,
                        anotherProgram(),
                        HR,
                        mentor(1),
                        mentor(2),
                        List.of(),
                        policy,
                        T0)
                .state();
        assertThat(propose(PairKind.MENTOR_PAIR, mentor(1), mentor(2), List.of(elsewhere))
                        .state()
                        .status())
                .isEqualTo(PairStatus.PROPOSED);
    }

    @ParameterizedTest
    @EnumSource(
            value = ProgramPhase.class,
            names = {"CLOSED", "EMBEDDING"})
    void proposeWhenTheProgrammeHasEndedThenRefuses(ProgramPhase phase) {
        assertThat(refusal(() -> MentoringPair.propose(
                        pairId(9),
                        PairKind.MENTOR_PAIR,
                        aProgramIn(phase),
                        mentor(1),
                        mentor(2),
                        List.of(),
                        policy,
                        T0)))
                .containsExactly("pair.program.ended@program");
    }

    @Test
    void pairDirectlyWhenTheActorIsNotHrThenRefuses() {
        assertThat(refusal(() -> MentoringPair.pairDirectly(
                        pairId(9),
                        PairKind.MENTOR_PAIR,
                        program,
                        mentor(3),
                        mentor(1),
                        mentor(2),
                        List.of(),
                        policy,
                        T0)))
                .containsExactly("pair.actor.not-hr@hr");
        Person outsideHr = PairFixtures.person(0xc9, PairFixtures.OTHER_AGENCY, org.learningmentor.core.person.Role.HR);
        assertThat(refusal(() -> MentoringPair.pairDirectly(
                        pairId(9),
                        PairKind.MENTOR_PAIR,
                        program,
                        outsideHr,
                        mentor(1),
                        mentor(2),
                        List.of(),
                        policy,
                        T0)))
                .containsExactly("pair.person.other-organization@hr");
    }

    @Test
    void pairDirectlyListsEveryBrokenRuleAtOnce() {
        List<MentoringPair> pairs = List.of(anActivePair(pairId(9), mentor(5), mentor(6)));
        assertThat(refusal(() -> MentoringPair.pairDirectly(
                        pairId(9),
                        PairKind.MENTOR_PAIR,
                        aProgramIn(ProgramPhase.CLOSED),
                        EMPLOYEE,
                        OUTSIDER,
                        CONSENT_WITHDRAWN,
                        pairs,
                        policy,
                        T0)))
                .containsExactly(
                        "pair.actor.not-hr@hr",
                        "pair.id.duplicate@id",
                        "pair.program.ended@program",
                        "pair.person.other-organization@first",
                        "pair.person.no-consent@second");
    }

    // ---------------------------------------------------------------- acceptance

    @Test
    void acceptWhenTheActorIsNotThePersonProposedToThenRefuses() {
        MentoringPair proposal = aProposal();
        assertThat(refusal(() -> proposal.accept(mentor(1), mentor(1), program, List.of(), policy, minutes(1))))
                .contains("pair.actor.not-invited@actor");
        assertThat(refusal(() -> proposal.accept(mentor(3), mentor(1), program, List.of(), policy, minutes(1))))
                .containsExactly("pair.actor.not-invited@actor");
    }

    @Test
    void acceptWhenTheProposerGivenIsNotTheFirstMemberThenRefuses() {
        assertThat(refusal(() -> aProposal().accept(mentor(2), mentor(3), program, List.of(), policy, minutes(1))))
                .containsExactly("pair.person.not-member@proposer");
    }

    @Test
    void acceptWhenTheProposerHasSinceReachedCapacityThenRefuses() {
        MentoringPair proposal = aProposal();
        List<MentoringPair> pairs = List.of(proposal, anActivePair(pairId(2), mentor(1), mentor(3)));
        assertThat(refusal(() -> proposal.accept(mentor(2), mentor(1), program, pairs, policy, minutes(1))))
                .containsExactly("pair.capacity.exceeded@proposer");
    }

    @Test
    void acceptWhenThePersonProposedToHasSinceReachedCapacityThenRefuses() {
        MentoringPair proposal = aProposal();
        List<MentoringPair> pairs = List.of(proposal, anActivePair(pairId(2), mentor(2), mentor(3)));
        assertThat(refusal(() -> proposal.accept(mentor(2), mentor(1), program, pairs, policy, minutes(1))))
                .containsExactly("pair.capacity.exceeded@actor");
    }

    @Test
    void acceptWhenBothHaveSinceReachedCapacityThenRefusesForBoth() {
        MentoringPair proposal = aProposal();
        List<MentoringPair> pairs =
                List.of(anActivePair(pairId(2), mentor(1), mentor(3)), anActivePair(pairId(3), mentor(2), mentor(4)));
        assertThat(refusal(() -> proposal.accept(mentor(2), mentor(1), program, pairs, policy, minutes(1))))
                .containsExactly("pair.capacity.exceeded@proposer", "pair.capacity.exceeded@actor");
    }

    @Test
    void acceptWhenTheProposerHasWithdrawnConsentSinceThenRefuses() {
        Person proposerNow = mentor(1)
                .withdrawMentorConsent(mentor(1).id(), minutes(1), "Ei aikaa nyt.")
                .state();
        assertThat(refusal(() -> aProposal().accept(mentor(2), proposerNow, program, List.of(), policy, minutes(2))))
                .containsExactly("pair.person.no-consent@proposer");
    }

    @Test
    void acceptWhenThePersonProposedToHasWithdrawnConsentOrLeftTheProgrammeSinceThenRefuses() {
        Person actorNow = mentor(2)
                .withdrawMentorConsent(mentor(2).id(), minutes(1), "Ei aikaa nyt.")
                .state();
        assertThat(refusal(() -> aProposal().accept(actorNow, mentor(1), program, List.of(), policy, minutes(2))))
                .containsExactly("pair.person.no-consent@actor");
        MentoringProgram left =
                program.withdrawMentor(mentor(2).id(), HR, minutes(1)).state();
        assertThat(refusal(() -> aProposal().accept(mentor(2), mentor(1), left, List.of(), policy, minutes(2))))
                .containsExactly("pair.person.not-program-mentor@actor");
    }

    @Test
    void aRefusalIsSerializableWithItsViolations() throws Exception {
        PairRuleException thrown = catchThrowableOfType(
                PairRuleException.class, () -> aProposal().decline(mentor(1).id(), minutes(1)));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(thrown);
        }
        try (java.io.ObjectInputStream in =
                new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            PairRuleException back = (PairRuleException) in.readObject();
            assertThat(back.pairId()).isEqualTo(thrown.pairId());
            assertThat(back.codes()).containsExactly("pair.actor.not-invited");
            assertThat(back.getMessage()).isEqualTo(thrown.getMessage());
        }
    }

    @Test
    void acceptWhenTheProgrammeIsAnotherThenRefuses() {
        assertThat(refusal(() ->
                        aProposal().accept(mentor(2), mentor(1), anotherProgram(), List.of(), policy, minutes(1))))
                .contains("pair.program.other@program");
    }

    @Test
    void acceptWhenNotProposedOrBeforeTheProposalThenRefuses() {
        assertThat(refusal(() -> anActivePair().accept(mentor(2), mentor(1), program, List.of(), policy, minutes(1))))
                .containsExactly("pair.status.wrong@status");
        assertThat(refusal(
                        () -> aProposal().accept(mentor(2), mentor(1), program, List.of(), policy, T0.minusSeconds(1))))
                .containsExactly("pair.history.out-of-order@at");
    }

    // ---------------------------------------------------------------- decline and withdraw

    @Test
    void declineOnlyByThePersonProposedToWhileProposed() {
        assertThat(refusal(() -> aProposal().decline(mentor(1).id(), minutes(1))))
                .containsExactly("pair.actor.not-invited@actor");
        assertThat(refusal(() -> anActivePair().decline(mentor(2).id(), minutes(1))))
                .containsExactly("pair.status.wrong@status");
        assertThat(refusal(() -> aProposal().decline(mentor(2).id(), T0.minusSeconds(1))))
                .containsExactly("pair.history.out-of-order@at");
    }

    @Test
    void withdrawOnlyByTheProposerWhileProposed() {
        assertThat(refusal(() -> aProposal().withdraw(mentor(2).id(), minutes(1))))
                .containsExactly("pair.actor.not-proposer@actor");
        MentoringPair declined = aProposal().decline(mentor(2).id(), minutes(1)).state();
        assertThat(refusal(() -> declined.withdraw(mentor(1).id(), minutes(2))))
                .containsExactly("pair.status.wrong@status");
    }

    // ---------------------------------------------------------------- end

    @Test
    void endWhenNotActiveThenRefuses() {
        assertThat(refusal(() -> aProposal().end(PairEndReason.OTHER, Optional.empty(), program, HR, minutes(1))))
                .containsExactly("pair.status.wrong@status");
        assertThat(refusal(() -> anEndedPair().end(PairEndReason.OTHER, Optional.empty(), program, HR, minutes(500))))
                .containsExactly("pair.status.wrong@status");
    }

    @Test
    void endWhenTheActorIsNeitherMemberNorHrThenRefuses() {
        assertThat(refusal(() ->
                        anActivePair().end(PairEndReason.OTHER, Optional.empty(), program, mentor(3), minutes(1))))
                .containsExactly("pair.actor.not-member-or-hr@actor");
        Person outsideHr = PairFixtures.person(0xc9, PairFixtures.OTHER_AGENCY, org.learningmentor.core.person.Role.HR);
        assertThat(refusal(() ->
                        anActivePair().end(PairEndReason.OTHER, Optional.empty(), program, outsideHr, minutes(1))))
                .containsExactly("pair.actor.not-member-or-hr@actor");
    }

    @ParameterizedTest
    @EnumSource(
            value = ProgramPhase.class,
            names = {"EVALUATION", "CLOSED", "EMBEDDING"},
            mode = EnumSource.Mode.EXCLUDE)
    void endAsCompletedByAMemberBeforeTheEvaluationThenRefuses(ProgramPhase phase) {
        assertThat(refusal(() -> anActivePair()
                        .end(PairEndReason.COMPLETED, Optional.empty(), aProgramIn(phase), mentor(1), minutes(1))))
                .containsExactly("pair.end.completed-too-early@reason");
        // HR may say so at any time.
        assertThat(anActivePair()
                        .end(PairEndReason.COMPLETED, Optional.empty(), aProgramIn(phase), HR, minutes(1))
                        .state()
                        .isEndedAsCompleted())
                .isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = ProgramPhase.class,
            names = {"EVALUATION", "CLOSED", "EMBEDDING"})
    void endAsCompletedByAMemberOnceTheImplementationIsOverIsAllowed(ProgramPhase phase) {
        assertThat(anActivePair()
                        .end(PairEndReason.COMPLETED, Optional.empty(), aProgramIn(phase), mentor(2), minutes(1))
                        .state()
                        .isEndedAsCompleted())
                .isTrue();
    }

    @Test
    void endWithAnInvalidNoteThenFailsValidationBeforeTheRules() {
        ValidationException blank = catchThrowableOfType(
                ValidationException.class,
                () -> aProposal().end(PairEndReason.OTHER, Optional.of("  "), program, mentor(3), minutes(1)));
        assertThat(blank.codes()).containsExactly("pair.note.blank");
        ValidationException tooLong = catchThrowableOfType(
                ValidationException.class,
                () -> anActivePair().end(PairEndReason.OTHER, Optional.of("x".repeat(2_001)), program, HR, minutes(1)));
        assertThat(tooLong.codes()).containsExactly("common.text.too-long");
    }

    @Test
    void endInAnotherProgrammeOrBeforeTheLastEntryThenRefuses() {
        assertThat(refusal(() -> anActivePair()
                        .end(PairEndReason.OTHER, Optional.empty(), anotherProgram(), HR, T0.minusSeconds(60))))
                .containsExactly("pair.history.out-of-order@at", "pair.program.other@program");
    }

    // ---------------------------------------------------------------- misuse

    @Test
    void nullArgumentsAreNamedAtOnce() {
        assertThatThrownBy(() -> MentoringPair.propose(
                        null, PairKind.MENTOR_PAIR, program, mentor(1), mentor(2), List.of(), policy, T0))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("id");
        assertThatThrownBy(() -> MentoringPair.pairDirectly(
                        pairId(1), PairKind.MENTOR_PAIR, program, HR, mentor(1), mentor(2), null, policy, T0))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("programPairs");
        java.util.List<MentoringPair> withNull = new java.util.ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> MentoringPair.propose(
                        pairId(1), PairKind.MENTOR_PAIR, program, mentor(1), mentor(2), withNull, policy, T0))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("programPairs contains null");
        assertThatThrownBy(() -> aProposal().accept(mentor(2), mentor(1), program, List.of(), null, T0))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("policy");
        assertThatThrownBy(() -> aProposal().decline(null, T0))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("actor");
        assertThatThrownBy(() -> aProposal().withdraw(mentor(1).id(), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("at");
        assertThatThrownBy(() -> anActivePair().end(PairEndReason.OTHER, null, program, HR, T0))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("note");
    }
}
