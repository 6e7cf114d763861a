package org.learningmentor.core.pair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.learningmentor.core.pair.SuggestionFixtures.FINANCE;
import static org.learningmentor.core.pair.SuggestionFixtures.IT;
import static org.learningmentor.core.pair.SuggestionFixtures.SERVICES;
import static org.learningmentor.core.pair.SuggestionFixtures.aCandidate;
import static org.learningmentor.core.pair.SuggestionFixtures.aMentee;
import static org.learningmentor.core.pair.SuggestionFixtures.aMentor;
import static org.learningmentor.core.pair.SuggestionFixtures.aPair;
import static org.learningmentor.core.pair.SuggestionFixtures.anActivePair;
import static org.learningmentor.core.pair.SuggestionFixtures.greedyTotal;
import static org.learningmentor.core.pair.SuggestionFixtures.person;
import static org.learningmentor.core.pair.SuggestionFixtures.withManager;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violation;

class PairSuggesterTest {

    private static final PairSuggester SUGGESTER = PairSuggester.of(SuggestionCriteria.defaults());

    @Test
    void explanationListsWhatEachCriterionContributed() {
        // Aino (finance, fi+en, 12 y, feedback+peer learning) and Elias (services, fi, 2 y, peer learning+onboarding)
        PairSuggestions result = SUGGESTER.suggestMentorMentee(List.of(aMentor()), List.of(aMentee()), List.of());

        assertThat(result.suggestions()).hasSize(1);
        PairSuggestion pair = result.suggestions().get(0);
        assertThat(pair.first()).isEqualTo(person(1));
        assertThat(pair.second()).isEqualTo(person(2));
        assertThat(pair.contributions())
                .extracting(CriterionContribution::criterion)
                .containsExactly(Criterion.values());
        assertContribution(pair, Criterion.DIFFERENT_UNITS, 1, 3);
        assertContribution(pair, Criterion.SHARED_DEVELOPMENT_TARGETS, 1.0 / 3, 2.0 / 3); // 1 shared of 3
        assertContribution(pair, Criterion.COMMON_LANGUAGE, 1, 4);
        assertContribution(pair, Criterion.SENIORITY_GAP, 1, 1); // a 10-year gap, full score from 5
        assertThat(pair.score()).isCloseTo(3 + 2.0 / 3 + 4 + 1, within(1e-12));
        assertThat(result.totalScore()).isEqualTo(pair.score());
        assertThat(result.unmatched()).isEmpty();
    }

    @Test
    void seniorityGapForAMenteeMoreSeniorThanTheMentorGivesNothingButCountsEitherWayForMentorPairs() {
        PairCandidate junior = PairCandidate.builder()
                .personId(person(3))
                .unitId(FINANCE)
                .addLanguages(Language.FI)
                .seniorityYears(1)
                .build();
        PairCandidate senior = PairCandidate.builder()
                .personId(person(4))
                .unitId(FINANCE)
                .addLanguages(Language.FI)
                .seniorityYears(3)
                .build();

        PairSuggestion mentorMentee = SUGGESTER
                .scoresMentorMentee(List.of(junior), List.of(senior), List.of())
                .explain(0, 0);
        PairSuggestion mentorPair =
                SUGGESTER.scoresMentorPairs(List.of(junior, senior), List.of()).explain(0, 1);

        assertContribution(mentorMentee, Criterion.SENIORITY_GAP, 0, 0);
        assertContribution(mentorPair, Criterion.SENIORITY_GAP, 2.0 / 5, 2.0 / 5);
    }

    @Test
    void aMentorIsNeverSuggestedWithTheirDirectReport() {
        PairCandidate mentor = aMentor();
        PairCandidate report = withManager(aMentee(), mentor.personId());
        PairCandidate other = aCandidate(5, IT, Language.FI);

        PairSuggestions alone = SUGGESTER.suggestMentorMentee(List.of(mentor), List.of(report), List.of());
        PairSuggestions withOther = SUGGESTER.suggestMentorMentee(List.of(mentor), List.of(report, other), List.of());

        assertThat(alone.suggestions()).isEmpty();
        assertThat(alone.unmatched()).containsExactly(mentor.personId(), report.personId());
        assertThat(withOther.suggestions()).extracting(PairSuggestion::second).containsExactly(other.personId());
    }

    @Test
    void aMenteeIsNeverSuggestedWithTheirOwnManager() {
        PairCandidate managedMentor = withManager(aMentor(), aMentee().personId());

        PairSuggestions result = SUGGESTER.suggestMentorMentee(List.of(managedMentor), List.of(aMentee()), List.of());

        assertThat(result.suggestions()).isEmpty();
        assertThat(SUGGESTER
                        .scoresMentorMentee(List.of(managedMentor), List.of(aMentee()), List.of())
                        .isExcluded(0, 0))
                .isTrue();
    }

    @Test
    void mentorsAreNeverPairedWithTheirManagerOrReport() {
        PairCandidate boss = aCandidate(1, FINANCE, Language.FI);
        PairCandidate report = withManager(aCandidate(2, SERVICES, Language.FI), boss.personId());

        assertThat(SUGGESTER
                        .suggestMentorPairs(List.of(boss, report), List.of())
                        .suggestions())
                .isEmpty();
    }

    @Test
    void twoPeopleAlreadyInAnActivePairAreNotSuggestedAgainButAnEndedPairDoesNotCount() {
        PairCandidate mentor = aMentor();
        PairCandidate mentee = aMentee();

        PairSuggestions active = SUGGESTER.suggestMentorMentee(
                List.of(mentor), List.of(mentee), List.of(anActivePair(mentee.personId(), mentor.personId())));
        PairSuggestions ended = SUGGESTER.suggestMentorMentee(
                List.of(mentor),
                List.of(mentee),
                List.of(aPair(mentor.personId(), mentee.personId(), PairStatus.ENDED)));

        assertThat(active.suggestions()).isEmpty();
        assertThat(ended.suggestions()).hasSize(1);
    }

    @Test
    void aPairThatScoresZeroIsNotSuggested() {
        // same unit, no common language, no targets, no seniority: nothing in favour
        PairCandidate mentor = aCandidate(1, FINANCE, Language.FI);
        PairCandidate mentee = aCandidate(2, FINANCE, Language.SV);

        PairSuggestions result = SUGGESTER.suggestMentorMentee(List.of(mentor), List.of(mentee), List.of());

        assertThat(result.suggestions()).isEmpty();
        assertThat(result.totalScore()).isZero();
        assertThat(result.unmatched()).containsExactly(mentor.personId(), mentee.personId());
    }

    @Test
    void optimalAssignmentBeatsGreedyWhereTakingTheBestPairFirstIsWrong() {
        // A–X 7 (units+language), A–Y 4 (language), B–X 7 (units+language), B–Y 0.
        // Greedy takes A–X and is left with B–Y (total 7); optimal is A–Y + B–X (total 11).
        PairCandidate a = aCandidate(1, FINANCE, Language.FI);
        PairCandidate b = aCandidate(2, FINANCE, Language.SV);
        PairCandidate x = aCandidate(3, IT, Language.FI, Language.SV);
        PairCandidate y = aCandidate(4, FINANCE, Language.FI);

        PairSuggestions result = SUGGESTER.suggestMentorMentee(List.of(a, b), List.of(x, y), List.of());

        assertThat(result.totalScore()).isEqualTo(11);
        assertThat(result.suggestions())
                .extracting(s -> s.first() + "→" + s.second())
                .containsExactly(a.personId() + "→" + y.personId(), b.personId() + "→" + x.personId());
        assertThat(greedyTotal(SUGGESTER.scoresMentorMentee(List.of(a, b), List.of(x, y), List.of())))
                .isEqualTo(7);
    }

    @Test
    void moreMentorsThanMenteesLeavesTheExtraMentorsUnmatched() {
        PairCandidate mentee = aCandidate(9, IT, Language.FI);
        List<PairCandidate> mentors = List.of(
                aCandidate(1, IT, Language.FI), aCandidate(2, FINANCE, Language.FI), aCandidate(3, IT, Language.SV));

        PairSuggestions result = SUGGESTER.suggestMentorMentee(mentors, List.of(mentee), List.of());

        assertThat(result.suggestions())
                .singleElement()
                .satisfies(s -> assertThat(s.first()).isEqualTo(person(2)));
        assertThat(result.unmatched()).containsExactly(person(1), person(3));
    }

    @Test
    void mentorPairsTakeTheBestMatchingOfAnOddGroup() {
        // three mentors: 1–2 in different units with a language (7), 1–3 and 2–3 only a language (4)
        PairCandidate one = aCandidate(1, FINANCE, Language.FI);
        PairCandidate two = aCandidate(2, IT, Language.FI);
        PairCandidate three = aCandidate(3, FINANCE, Language.FI);

        PairSuggestions result = SUGGESTER.suggestMentorPairs(List.of(three, two, one), List.of());

        assertThat(result.kind()).isEqualTo(PairKind.MENTOR_PAIR);
        assertThat(result.suggestions()).singleElement().satisfies(s -> {
            assertThat(s.first()).isEqualTo(person(2));
            assertThat(s.second()).isEqualTo(person(3));
        });
        assertThat(result.totalScore()).isEqualTo(7);
    }

    @Test
    void emptyListsGiveNoSuggestions() {
        assertThat(SUGGESTER
                        .suggestMentorMentee(List.of(), List.of(), List.of())
                        .suggestions())
                .isEmpty();
        assertThat(SUGGESTER.suggestMentorPairs(List.of(), List.of()).suggestions())
                .isEmpty();
        assertThat(SUGGESTER
                        .suggestMentorMentee(List.of(aMentor()), List.of(), List.of())
                        .unmatched())
                .containsExactly(person(1));
    }

    @Test
    void duplicateCandidatesAndAPersonOnBothSidesAreAllReported() {
        PairCandidate mentor = aMentor();
        PairCandidate mentee = aMentee();

        assertThatThrownBy(() -> SUGGESTER.suggestMentorMentee(
                        List.of(mentor, mentor, mentee), List.of(mentee, mentee), List.of()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::code, Violation::path)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(
                                                "pair.suggestion.candidate-duplicate", "mentors[1]"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "pair.suggestion.candidate-duplicate", "mentees[1]"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "pair.suggestion.candidate-on-both-sides", "mentees[0]")));
        assertThatThrownBy(() -> SUGGESTER.suggestMentorPairs(List.of(mentor, mentee, mentor), List.of()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::code, Violation::path)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        "pair.suggestion.candidate-duplicate", "mentors[2]")));
    }

    @Test
    void nullArgumentsAreRefusedNamingTheParameter() {
        assertThatThrownBy(() -> PairSuggester.of(null)).hasMessage("criteria");
        assertThatThrownBy(() -> SUGGESTER.suggestMentorMentee(null, List.of(), List.of()))
                .hasMessage("mentors");
        assertThatThrownBy(() -> SUGGESTER.suggestMentorMentee(List.of(), null, List.of()))
                .hasMessage("mentees");
        assertThatThrownBy(() -> SUGGESTER.suggestMentorMentee(List.of(), List.of(), null))
                .hasMessage("activePairs");
        assertThatThrownBy(() -> SUGGESTER.suggestMentorPairs(null, List.of())).hasMessage("mentors");
        assertThatThrownBy(() -> SUGGESTER.suggestMentorPairs(List.of(), null)).hasMessage("activePairs");
    }

    @Test
    void scoresRefuseAPositionOutsideTheLists() {
        SuggestionScores scores = SUGGESTER.scoresMentorMentee(List.of(aMentor()), List.of(aMentee()), List.of());

        assertThat(scores.firstCount()).isEqualTo(1);
        assertThat(scores.secondCount()).isEqualTo(1);
        assertThatThrownBy(() -> scores.score(1, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> scores.explain(0, -1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    private static void assertContribution(PairSuggestion pair, Criterion criterion, double value, double points) {
        assertThat(pair.contribution(criterion)).hasValueSatisfying(c -> {
            assertThat(c.value()).as("%s value", criterion).isCloseTo(value, within(1e-12));
            assertThat(c.points()).as("%s points", criterion).isCloseTo(points, within(1e-12));
        });
    }
}
