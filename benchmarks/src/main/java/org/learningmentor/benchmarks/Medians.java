package org.learningmentor.benchmarks;

import java.util.Arrays;

/** The median the interleaved reports print: steadier than a mean when the machine's speed drifts. */
final class Medians {

    private Medians() {}

    /** Returns the median of the values, not empty. */
    static double of(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
