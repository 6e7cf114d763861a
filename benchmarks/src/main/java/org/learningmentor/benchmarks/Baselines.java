package org.learningmentor.benchmarks;

import java.util.Arrays;
import org.learningmentor.core.pair.PairKind;
import org.learningmentor.core.pair.SuggestionScores;

/**
 * Baselines for the pair-suggestion benchmark. Not API: the SDK's answer is the optimal assignment
 * of {@link org.learningmentor.core.pair.PairSuggester}; these are here to measure it against.
 */
public final class Baselines {

    private Baselines() {}

    /**
     * The greedy heuristic: every allowed mentor–mentee pair scoring above zero, best first (ties
     * by mentor, then mentee position), taken while both people are still free. O(nm log nm) time
     * and O(nm) memory (one {@code long} per allowed pair: the score as a {@code float}, which is
     * what orders them, and the cell).
     *
     * @param scores the scores of a mentor–mentee request, not null
     * @return the total score of the greedy pairs
     */
    public static double greedyMentorMentee(SuggestionScores scores) {
        if (scores.kind() != PairKind.MENTOR_MENTEE) {
            throw new IllegalArgumentException("mentor–mentee scores expected");
        }
        int n = scores.firstCount();
        int m = scores.secondCount();
        if ((long) n * m > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too large for the baseline: " + n + " × " + m);
        }
        long[] keys = new long[n * m];
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (!scores.isExcluded(i, j)) {
                    double score = scores.score(i, j);
                    if (score > 0) {
                        int cell = i * m + j;
                        // non-negative floats order like their bits; the low half puts lower cells last
                        keys[count++] = ((long) Float.floatToIntBits((float) score) << 32) | (0xFFFF_FFFFL - cell);
                    }
                }
            }
        }
        Arrays.sort(keys, 0, count);
        boolean[] mentorTaken = new boolean[n];
        boolean[] menteeTaken = new boolean[m];
        double total = 0;
        for (int k = count - 1; k >= 0; k--) {
            int cell = (int) (0xFFFF_FFFFL - (keys[k] & 0xFFFF_FFFFL));
            int i = cell / m;
            int j = cell % m;
            if (!mentorTaken[i] && !menteeTaken[j]) {
                mentorTaken[i] = true;
                menteeTaken[j] = true;
                total += scores.score(i, j);
            }
        }
        return total;
    }
}
