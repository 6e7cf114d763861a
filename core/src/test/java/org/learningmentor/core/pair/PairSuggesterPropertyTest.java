package org.learningmentor.core.pair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.learningmentor.core.pair.SuggestionFixtures.breaksExclusion;
import static org.learningmentor.core.pair.SuggestionFixtures.bruteForceTotal;
import static org.learningmentor.core.pair.SuggestionFixtures.greedyTotal;
import static org.learningmentor.core.pair.SuggestionFixtures.ids;
import static org.learningmentor.core.pair.SuggestionFixtures.randomCandidates;
import static org.learningmentor.core.pair.SuggestionFixtures.randomCriteria;
import static org.learningmentor.core.pair.SuggestionFixtures.randomPairs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningmentor.core.common.PersonId;

/**
 * Properties of pair suggestions over seeded random candidates, criteria, managers and active
 * pairs: optimal against brute force on small cases, never worse than greedy on larger ones, never
 * an excluded pair, nobody twice, scores that add up.
 */
class PairSuggesterPropertyTest {

    private static final double EPSILON = 1e-9;

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.learningmentor.core.Seeds#seeds")
    void mentorMenteeOnSmallCasesEqualsTheBruteForceOptimum(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int round = 0; round < 20; round++) {
            Case c = aMentorMenteeCase(random, random.nextInt(0, 8), random.nextInt(0, 8));
            PairSuggestions result = c.suggester.suggestMentorMentee(c.mentors, c.mentees, c.pairs);
            SuggestionScores scores = c.suggester.scoresMentorMentee(c.mentors, c.mentees, c.pairs);
            assertThat(result.totalScore())
                    .as("round %d", round)
                    .isCloseTo(bruteForceTotal(scores), within(EPSILON * (1 + result.totalScore())));
            assertValid(result, c, true);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.learningmentor.core.Seeds#seeds")
    void mentorPairsOnSmallCasesEqualTheBruteForceOptimum(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int round = 0; round < 20; round++) {
            Case c = aMentorPairCase(random, random.nextInt(0, 11));
            PairSuggestions result = c.suggester.suggestMentorPairs(c.mentors, c.pairs);
            SuggestionScores scores = c.suggester.scoresMentorPairs(c.mentors, c.pairs);
            assertThat(result.totalScore())
                    .as("round %d", round)
                    .isCloseTo(bruteForceTotal(scores), within(EPSILON * (1 + result.totalScore())));
            assertValid(result, c, false);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.learningmentor.core.Seeds#seeds")
    void mentorMenteeIsNeverWorseThanGreedy(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Case c = aMentorMenteeCase(random, random.nextInt(10, 60), random.nextInt(10, 60));
        PairSuggestions result = c.suggester.suggestMentorMentee(c.mentors, c.mentees, c.pairs);
        double greedy = greedyTotal(c.suggester.scoresMentorMentee(c.mentors, c.mentees, c.pairs));
        assertThat(result.totalScore()).isGreaterThanOrEqualTo(greedy - EPSILON * (1 + greedy));
        assertValid(result, c, true);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.learningmentor.core.Seeds#seeds")
    void mentorPairsAreNeverWorseThanGreedy(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Case c = aMentorPairCase(random, random.nextInt(10, 80));
        PairSuggestions result = c.suggester.suggestMentorPairs(c.mentors, c.pairs);
        double greedy = greedyTotal(c.suggester.scoresMentorPairs(c.mentors, c.pairs));
        assertThat(result.totalScore()).isGreaterThanOrEqualTo(greedy - EPSILON * (1 + greedy));
        assertValid(result, c, false);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.learningmentor.core.Seeds#seeds")
    void theOrderOfTheListsDoesNotChangeTheSuggestions(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Case c = aMentorMenteeCase(random, random.nextInt(1, 20), random.nextInt(1, 20));
        List<PairCandidate> mentors = new ArrayList<>(c.mentors);
        List<PairCandidate> mentees = new ArrayList<>(c.mentees);
        Collections.shuffle(mentors, new java.util.Random(seed));
        Collections.shuffle(mentees, new java.util.Random(seed + 1));
        assertThat(c.suggester.suggestMentorMentee(mentors, mentees, c.pairs))
                .isEqualTo(c.suggester.suggestMentorMentee(c.mentors, c.mentees, c.pairs));
        Case g = aMentorPairCase(random, random.nextInt(1, 20));
        List<PairCandidate> shuffled = new ArrayList<>(g.mentors);
        Collections.shuffle(shuffled, new java.util.Random(seed));
        assertThat(g.suggester.suggestMentorPairs(shuffled, g.pairs))
                .isEqualTo(g.suggester.suggestMentorPairs(g.mentors, g.pairs));
    }

    /** Nobody twice, no excluded pair, positive scores that add up, unmatched = everyone else. */
    private static void assertValid(PairSuggestions result, Case c, boolean bipartite) {
        Map<PersonId, PairCandidate> mentors = new HashMap<>();
        c.mentors.forEach(m -> mentors.put(m.personId(), m));
        Map<PersonId, PairCandidate> mentees = new HashMap<>();
        (bipartite ? c.mentees : c.mentors).forEach(m -> mentees.put(m.personId(), m));
        Set<PersonId> seen = new HashSet<>();
        double total = 0;
        for (PairSuggestion s : result.suggestions()) {
            assertThat(mentors).containsKey(s.first());
            assertThat(mentees).containsKey(s.second());
            assertThat(seen.add(s.first())).as("%s twice", s.first()).isTrue();
            assertThat(seen.add(s.second())).as("%s twice", s.second()).isTrue();
            assertThat(breaksExclusion(mentors.get(s.first()), mentees.get(s.second()), c.pairs))
                    .as("excluded pair %s", s)
                    .isFalse();
            assertThat(s.score()).isPositive();
            assertThat(s.contributions().stream()
                            .mapToDouble(CriterionContribution::points)
                            .sum())
                    .isCloseTo(s.score(), within(EPSILON * (1 + s.score())));
            total += s.score();
        }
        assertThat(result.totalScore()).isCloseTo(total, within(EPSILON * (1 + total)));
        Set<PersonId> everyone = new HashSet<>(mentors.keySet());
        everyone.addAll(mentees.keySet());
        everyone.removeAll(seen);
        assertThat(result.unmatched()).containsExactlyInAnyOrderElementsOf(everyone);
    }

    private static Case aMentorMenteeCase(SplittableRandom random, int mentorCount, int menteeCount) {
        List<PairCandidate> mentors = randomCandidates(random, mentorCount, List.of());
        List<PairCandidate> mentees = randomCandidates(random, menteeCount, ids(mentors));
        // some mentors are managed by mentees too (a direct report the other way round)
        List<PairCandidate> managedMentors = new ArrayList<>();
        for (PairCandidate mentor : mentors) {
            if (!mentees.isEmpty() && random.nextInt(5) == 0) {
                managedMentors.add(SuggestionFixtures.withManager(
                        mentor, mentees.get(random.nextInt(mentees.size())).personId()));
            } else {
                managedMentors.add(mentor);
            }
        }
        List<MentoringPair> pairs = randomPairs(random, ids(managedMentors), ids(mentees));
        return new Case(PairSuggester.of(randomCriteria(random)), managedMentors, mentees, pairs);
    }

    private static Case aMentorPairCase(SplittableRandom random, int count) {
        List<PairCandidate> mentors = randomCandidates(random, count, List.of());
        // managers among the same list
        List<PairCandidate> withManagers = new ArrayList<>();
        for (PairCandidate mentor : mentors) {
            PersonId manager = count > 1 ? mentors.get(random.nextInt(count)).personId() : mentor.personId();
            boolean managed = random.nextInt(4) == 0 && !manager.equals(mentor.personId());
            withManagers.add(managed ? SuggestionFixtures.withManager(mentor, manager) : mentor);
        }
        List<MentoringPair> pairs = randomPairs(random, ids(withManagers), ids(withManagers));
        return new Case(PairSuggester.of(randomCriteria(random)), withManagers, List.of(), pairs);
    }

    private record Case(
            PairSuggester suggester,
            List<PairCandidate> mentors,
            List<PairCandidate> mentees,
            List<MentoringPair> pairs) {}
}
