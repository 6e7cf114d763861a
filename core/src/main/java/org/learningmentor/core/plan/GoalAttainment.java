package org.learningmentor.core.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Goal attainment scaling (GAS, tavoitteiden saavuttamisen asteikko): the Kiresuk–Sherman T-score
 * that summarises the levels reached on several goals' {@linkplain GoalAttainmentScale scales}.
 *
 * <p>The score of levels x<sub>i</sub> ∈ {−2, …, +2} with weights w<sub>i</sub> &gt; 0 is
 *
 * <pre>
 * T = 50 + 10·Σwᵢxᵢ / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²),   ρ = 0.3
 * </pre>
 *
 * (Kiresuk &amp; Sherman 1968, with the customary inter-goal correlation ρ = 0.3). T = 50 when every
 * goal is reached as expected; the standard deviation is 10 under the formula's assumptions.
 *
 * <ol>
 *   <li>Σwᵢxᵢ, Σwᵢ² and Σwᵢ are summed exactly in {@link BigDecimal};
 *   <li>the denominator's square root is taken with 34 significant digits ({@link
 *       MathContext#DECIMAL128}), and so is the quotient;
 *   <li>the result is rounded half up to two decimals: (−2, 0, −1, 2, 0, 1) weighted (3, 5, 1, 4,
 *       2, 6) gives 55.00; three unweighted goals at +1 give 63.69; all at 0 give 50.00.
 * </ol>
 *
 * A {@code BigDecimal} with two decimals (not a {@code double}) makes the score reproducible
 * across platforms and exact to compare in stored evaluations ({@code compareTo}, as all measured
 * values of the model).
 */
public final class GoalAttainment {

    /** The assumed correlation between goals' scores, ρ = 0.3. */
    public static final BigDecimal RHO = new BigDecimal("0.3");

    /** The decimals of a T-score. */
    public static final int SCALE = 2;

    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);

    private static final MathContext PRECISION = MathContext.DECIMAL128;

    /** Weights of up to this many decimals are summed as whole numbers. */
    private static final int MAX_FAST_SCALE = 4;

    private static final double SQRT_10 = Math.sqrt(10);

    private GoalAttainment() {}

    /**
     * Returns the T-score of unweighted levels (every weight 1).
     *
     * @param levels the levels reached, one per goal, each from −2 to +2; not null, not empty
     * @return the T-score with two decimals, never null
     * @throws IllegalArgumentException when the list is empty or a level is out of range
     */
    public static BigDecimal tScore(List<Integer> levels) {
        Objects.requireNonNull(levels, "levels");
        return tScore(levels, Collections.nCopies(levels.size(), BigDecimal.ONE));
    }

    /**
     * Returns the weighted T-score.
     *
     * @param levels the levels reached, one per goal, each from −2 to +2; not null, not empty
     * @param weights the goals' weights in the same order, each above 0; not null, as many as levels
     * @return the T-score with two decimals, rounded half up, never null
     * @throws IllegalArgumentException when the lists are empty or of different sizes, a level is
     *     out of range or a weight is not positive
     */
    public static BigDecimal tScore(List<Integer> levels, List<BigDecimal> weights) {
        Objects.requireNonNull(levels, "levels");
        Objects.requireNonNull(weights, "weights");
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("a T-score needs at least one goal");
        }
        if (levels.size() != weights.size()) {
            throw new IllegalArgumentException(
                    levels.size() + " levels but " + weights.size() + " weights: give one weight per goal");
        }
        int scale = 0;
        for (int i = 0; i < levels.size(); i++) {
            int level = Objects.requireNonNull(levels.get(i), "levels contains null");
            BigDecimal weight = Objects.requireNonNull(weights.get(i), "weights contains null");
            if (!GoalAttainmentScale.isLevel(level)) {
                throw new IllegalArgumentException("level " + i + " must be from -2 to +2, not " + level);
            }
            if (weight.signum() <= 0) {
                throw new IllegalArgumentException("weight " + i + " must be above 0, not " + weight);
            }
            scale = Math.max(scale, weight.scale());
        }
        BigDecimal fast = scale <= MAX_FAST_SCALE ? fromWholeSums(levels, weights, scale) : null;
        return fast != null ? fast : fromDecimalSums(levels, weights);
    }

    /**
     * The T-score from the sums in whole numbers: with every weight {@code w} written as {@code u /
     * 10^scale} for a whole {@code u}, {@code T = 50 + 10·√10·S / √V} where {@code S = Σ u·level}
     * and {@code V = 7·Σu² + 3·(Σu)²} (that is {@code 10^(2·scale + 1)} times the variance with ρ =
     * 0.3). The sums are exact in {@code long}s; the score in doubles is off by far less than 1e-9
     * hundredths, so unless it lies that close to a rounding boundary (x.xx5) rounding it gives the
     * exact result. Returns null when a sum would overflow or the score lies near a boundary.
     */
    private static BigDecimal fromWholeSums(List<Integer> levels, List<BigDecimal> weights, int scale) {
        long weighted = 0;
        long squares = 0;
        long sum = 0;
        try {
            for (int i = 0; i < levels.size(); i++) {
                // Whole weights, the usual case, are read without allocating.
                long whole = scale == 0
                        ? weights.get(i).longValueExact()
                        : weights.get(i).movePointRight(scale).longValueExact();
                weighted = Math.addExact(weighted, Math.multiplyExact(whole, levels.get(i)));
                squares = Math.addExact(squares, Math.multiplyExact(whole, whole));
                sum = Math.addExact(sum, whole);
            }
            long variance =
                    Math.addExact(Math.multiplyExact(7, squares), Math.multiplyExact(3, Math.multiplyExact(sum, sum)));
            return rounded((50 + 10 * SQRT_10 * weighted / Math.sqrt(variance)) * 100);
        } catch (ArithmeticException overflow) {
            return null;
        }
    }

    /** Rounds a score in hundredths, or returns null when it lies too near a rounding boundary. */
    private static BigDecimal rounded(double hundredths) {
        double fraction = hundredths - Math.floor(hundredths);
        if (Double.isFinite(hundredths) && Math.abs(fraction - 0.5) > 1e-6) {
            return BigDecimal.valueOf(Math.round(hundredths), SCALE);
        }
        return null;
    }

    /** The T-score from exact decimal sums, for weights of many decimals and scores near a boundary. */
    private static BigDecimal fromDecimalSums(List<Integer> levels, List<BigDecimal> weights) {
        BigDecimal weightedSum = BigDecimal.ZERO;
        BigDecimal sumOfSquares = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < levels.size(); i++) {
            int level = levels.get(i);
            BigDecimal weight = weights.get(i);
            weightedSum = weightedSum.add(weight.multiply(BigDecimal.valueOf(level)));
            sumOfSquares = sumOfSquares.add(weight.multiply(weight));
            sum = sum.add(weight);
        }
        BigDecimal variance =
                BigDecimal.ONE.subtract(RHO).multiply(sumOfSquares).add(RHO.multiply(sum.multiply(sum)));
        // Fast path: the sums are exact; in doubles the score is off by far less than 1e-9, so
        // unless it lies that close to a rounding boundary (x.xx5) rounding it gives the exact result.
        BigDecimal fast = rounded((50 + 10 * weightedSum.doubleValue() / Math.sqrt(variance.doubleValue())) * 100);
        return fast != null ? fast : exact(weightedSum, variance);
    }

    /** The T-score from exact sums with a 34-digit square root, rounded half up to hundredths. */
    static BigDecimal exact(BigDecimal weightedSum, BigDecimal variance) {
        BigDecimal deviation = variance.sqrt(PRECISION);
        BigDecimal t = FIFTY.add(BigDecimal.TEN.multiply(weightedSum).divide(deviation, PRECISION));
        return t.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
