package org.learningmentor.core.pair;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violations;

/**
 * Suggests mentoring pairs: the set of pairs with the largest total score under {@link
 * SuggestionCriteria}, each pair explained criterion by criterion. The answer is optimal, not a
 * greedy approximation:
 *
 * <ul>
 *   <li>{@linkplain #suggestMentorMentee mentor–mentee pairs} solve the assignment problem between
 *       mentors and mentees with the Hungarian method (shortest augmenting paths with potentials,
 *       O(n²m) time for n ≤ m candidates per side, O(n + m) memory: scores are computed on demand,
 *       never stored per pair);
 *   <li>{@linkplain #suggestMentorPairs mentor pairs} find a maximum-weight matching among the
 *       mentors (a general graph) with Edmonds' blossom algorithm, O(n³) time, memory linear in the
 *       number of allowed pairs (a port of Van Rantwijk's {@code mwmatching}).
 * </ul>
 *
 * <p>Hard exclusions, always on: a person is never paired with themself, their own manager or a
 * direct report (as the candidates' {@link PairCandidate#managerId()} say), nor with someone they
 * are already in an active pair with (the {@code activePairs} given). Hosts that want to leave out
 * people who are at capacity leave them out of the candidate lists.
 *
 * <p>Only pairs scoring above zero are suggested: a pair of score 0 has no criterion in its favour
 * and nothing to explain, so its two people stay {@linkplain PairSuggestions#unmatched()
 * unmatched} (adding it would not change the total). Unmatched people are also normal when the
 * sides differ in size.
 *
 * <p>Deterministic: candidates are put in id order ({@link java.util.UUID#compareTo}) before
 * solving, and among equally good answers the algorithms always pick the same one, so the same
 * input gives the same pairs whatever the order of the lists.
 *
 * <pre>{@code
 * PairSuggestions suggestions = PairSuggester.of(SuggestionCriteria.defaults())
 *         .suggestMentorMentee(mentors, mentees, activePairs);
 * }</pre>
 *
 * <p>This type is immutable and thread-safe.
 */
public final class PairSuggester {

    /** Integer weights for the blossom algorithm: the largest score maps to 2^40, ample precision. */
    private static final double INTEGER_SCALE = 0x1p40;

    private static final Comparator<PairCandidate> BY_ID =
            Comparator.comparing(c -> c.personId().value());

    private final SuggestionCriteria criteria;

    private PairSuggester(SuggestionCriteria criteria) {
        this.criteria = criteria;
    }

    /**
     * Returns a suggester scoring by the given criteria.
     *
     * @param criteria the criteria, not null
     * @return the suggester, never null
     */
    public static PairSuggester of(SuggestionCriteria criteria) {
        return new PairSuggester(Objects.requireNonNull(criteria, "criteria"));
    }

    /**
     * Returns the criteria.
     *
     * @return the criteria, never null
     */
    public SuggestionCriteria criteria() {
        return criteria;
    }

    /**
     * Suggests mentor–mentee pairs: an assignment of mentees to mentors (each at most once) with
     * the largest total score. The sides may differ in size.
     *
     * @param mentors the mentors, distinct people, not null
     * @param mentees the mentees, distinct people none of whom is also a mentor, not null
     * @param activePairs the pairs now active (others are ignored), not null
     * @return the suggested pairs, mentor first, ordered by the mentor's id; never null
     * @throws ValidationException when a person is listed twice ({@code
     *     pair.suggestion.candidate-duplicate}) or on both sides ({@code
     *     pair.suggestion.candidate-on-both-sides}), every one listed
     */
    public PairSuggestions suggestMentorMentee(
            List<PairCandidate> mentors, List<PairCandidate> mentees, Collection<MentoringPair> activePairs) {
        // validate before sorting, so that violation paths give the caller's positions
        validateSides(Objects.requireNonNull(mentors, "mentors"), Objects.requireNonNull(mentees, "mentees"));
        List<PairCandidate> sortedMentors = sorted(mentors);
        List<PairCandidate> sortedMentees = sorted(mentees);
        SuggestionScores scores = scoresMentorMentee(sortedMentors, sortedMentees, activePairs);
        int a = sortedMentors.size();
        int b = sortedMentees.size();
        int[] menteeOf = new int[a];
        if (a <= b) {
            menteeOf = AssignmentSolver.solve(a, b, scores::weight);
        } else {
            int[] mentorOf = AssignmentSolver.solve(b, a, (mentee, mentor) -> scores.weight(mentor, mentee));
            java.util.Arrays.fill(menteeOf, -1);
            for (int j = 0; j < b; j++) {
                menteeOf[mentorOf[j]] = j;
            }
        }
        List<PairSuggestion> suggestions = new ArrayList<>();
        Set<PersonId> matched = new HashSet<>();
        for (int i = 0; i < a; i++) {
            int j = menteeOf[i];
            if (j >= 0 && !scores.isExcluded(i, j) && scores.score(i, j) > 0) {
                suggestions.add(scores.explain(i, j));
                matched.add(scores.first(i));
                matched.add(scores.second(j));
            }
        }
        List<PairCandidate> everyone = new ArrayList<>(sortedMentors);
        everyone.addAll(sortedMentees);
        return result(PairKind.MENTOR_MENTEE, suggestions, everyone, matched);
    }

    /**
     * Suggests mentor pairs: a matching among the mentors (each in at most one pair) with the
     * largest total score.
     *
     * @param mentors the mentors, distinct people, not null
     * @param activePairs the pairs now active (others are ignored), not null
     * @return the suggested pairs, each with the smaller id first, ordered by it; never null
     * @throws ValidationException when a person is listed twice ({@code
     *     pair.suggestion.candidate-duplicate}), every one listed
     */
    public PairSuggestions suggestMentorPairs(List<PairCandidate> mentors, Collection<MentoringPair> activePairs) {
        validateDistinct(mentors);
        List<PairCandidate> sortedMentors = sorted(mentors);
        SuggestionScores scores = scoresMentorPairs(sortedMentors, activePairs);
        int n = sortedMentors.size();
        double maxScore = 0;
        int edges = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double weight = scores.weight(i, j);
                if (weight > 0) {
                    edges++;
                    maxScore = Math.max(maxScore, weight);
                }
            }
        }
        int[] from = new int[edges];
        int[] to = new int[edges];
        long[] weights = new long[edges];
        int k = 0;
        double factor = maxScore > 0 ? INTEGER_SCALE / maxScore : 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double weight = scores.weight(i, j);
                if (weight > 0) {
                    from[k] = i;
                    to[k] = j;
                    weights[k] = Math.max(1, Math.round(weight * factor));
                    k++;
                }
            }
        }
        int[] mate = MatchingSolver.solve(n, from, to, weights, edges);
        List<PairSuggestion> suggestions = new ArrayList<>();
        Set<PersonId> matched = new HashSet<>();
        for (int i = 0; i < n; i++) {
            int j = mate[i];
            if (j > i) {
                suggestions.add(scores.explain(i, j));
                matched.add(scores.first(i));
                matched.add(scores.first(j));
            }
        }
        return result(PairKind.MENTOR_PAIR, suggestions, sortedMentors, matched);
    }

    /**
     * Returns the scores of every mentor–mentee pair, computed on demand, with the positions of the
     * lists as given.
     *
     * @param mentors the mentors, distinct people, not null
     * @param mentees the mentees, distinct people none of whom is also a mentor, not null
     * @param activePairs the pairs now active (others are ignored), not null
     * @return the scores, never null
     * @throws ValidationException as {@link #suggestMentorMentee}
     */
    public SuggestionScores scoresMentorMentee(
            List<PairCandidate> mentors, List<PairCandidate> mentees, Collection<MentoringPair> activePairs) {
        List<PairCandidate> first = List.copyOf(Objects.requireNonNull(mentors, "mentors"));
        List<PairCandidate> second = List.copyOf(Objects.requireNonNull(mentees, "mentees"));
        List<MentoringPair> active = List.copyOf(Objects.requireNonNull(activePairs, "activePairs"));
        validateSides(first, second);
        List<PairCandidate> everyone = new ArrayList<>(first);
        everyone.addAll(second);
        return new SuggestionScores(
                PairKind.MENTOR_MENTEE, new CandidateTable(everyone, criteria, active, true), first, second);
    }

    private static void validateSides(List<PairCandidate> first, List<PairCandidate> second) {
        Violations violations = new Violations();
        Map<PersonId, Integer> mentorIndex = checkDistinct(first, "mentors", violations);
        Map<PersonId, Integer> menteeIndex = checkDistinct(second, "mentees", violations);
        for (int j = 0; j < second.size(); j++) {
            PersonId mentee = second.get(j).personId();
            if (menteeIndex.get(mentee) == j && mentorIndex.containsKey(mentee)) {
                violations.add(SuggestionViolation.CANDIDATE_ON_BOTH_SIDES, "mentees[" + j + "]", mentee);
            }
        }
        violations.throwIfAny();
    }

    /**
     * Returns the scores of every pair of two mentors, computed on demand, with the positions of the
     * list as given (both indexes into the same list).
     *
     * @param mentors the mentors, distinct people, not null
     * @param activePairs the pairs now active (others are ignored), not null
     * @return the scores, never null
     * @throws ValidationException as {@link #suggestMentorPairs}
     */
    public SuggestionScores scoresMentorPairs(List<PairCandidate> mentors, Collection<MentoringPair> activePairs) {
        List<PairCandidate> list = List.copyOf(Objects.requireNonNull(mentors, "mentors"));
        List<MentoringPair> active = List.copyOf(Objects.requireNonNull(activePairs, "activePairs"));
        validateDistinct(list);
        return new SuggestionScores(
                PairKind.MENTOR_PAIR, new CandidateTable(list, criteria, active, false), list, list);
    }

    private static void validateDistinct(List<PairCandidate> mentors) {
        Violations violations = new Violations();
        checkDistinct(Objects.requireNonNull(mentors, "mentors"), "mentors", violations);
        violations.throwIfAny();
    }

    private static List<PairCandidate> sorted(List<PairCandidate> candidates) {
        List<PairCandidate> copy = new ArrayList<>(candidates);
        copy.sort(BY_ID);
        return copy;
    }

    /** Reports each repeated person at the later position, and returns each person's first position. */
    private static Map<PersonId, Integer> checkDistinct(
            List<PairCandidate> candidates, String path, Violations violations) {
        Map<PersonId, Integer> index = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            PersonId person = candidates.get(i).personId();
            if (index.putIfAbsent(person, i) != null) {
                violations.add(SuggestionViolation.CANDIDATE_DUPLICATE, path + "[" + i + "]", person);
            }
        }
        return index;
    }

    private static PairSuggestions result(
            PairKind kind, List<PairSuggestion> suggestions, List<PairCandidate> everyone, Set<PersonId> matched) {
        double total = 0;
        for (PairSuggestion suggestion : suggestions) {
            total += suggestion.score();
        }
        List<PersonId> unmatched = everyone.stream()
                .map(PairCandidate::personId)
                .filter(id -> !matched.contains(id))
                .sorted(Comparator.comparing(PersonId::value))
                .toList();
        return PairSuggestions.builder()
                .kind(kind)
                .addAllSuggestions(suggestions)
                .totalScore(total)
                .addAllUnmatched(unmatched)
                .build();
    }
}
