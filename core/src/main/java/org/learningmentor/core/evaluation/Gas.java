package org.learningmentor.core.evaluation;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The Kiresuk–Sherman goal-attainment T-score (Kiresuk &amp; Sherman 1968); not API. The plan
 * package computes the same for a single plan ({@code GoalAttainment.tScore}): the two are to be
 * unified once both exist.
 *
 * <ol>
 *   <li>Σwx, Σw² and Σw over the ratings (level x in −2…+2, weight w &gt; 0);
 *   <li>T = 50 + 10·Σwx / √((1 − ρ)·Σw² + ρ·(Σw)²) with ρ = 0.3, the assumed correlation between
 *       goals.
 * </ol>
 */
final class Gas {

    static final double RHO = 0.3;

    private Gas() {}

    static OptionalDouble tScore(List<GasRating> ratings) {
        if (ratings.isEmpty()) {
            return OptionalDouble.empty();
        }
        double[] x = new double[ratings.size()];
        double[] w = new double[ratings.size()];
        for (int i = 0; i < ratings.size(); i++) {
            x[i] = ratings.get(i).level();
            w[i] = ratings.get(i).weight().doubleValue();
        }
        return OptionalDouble.of(tScore(x, w));
    }

    static double tScore(double[] x, double[] w) {
        double sumWx = 0;
        double sumW2 = 0;
        double sumW = 0;
        for (int i = 0; i < x.length; i++) {
            sumWx += w[i] * x[i];
            sumW2 += w[i] * w[i];
            sumW += w[i];
        }
        return 50 + 10 * sumWx / Math.sqrt((1 - RHO) * sumW2 + RHO * sumW * sumW);
    }
}
