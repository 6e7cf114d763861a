package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;
import org.learningmentor.core.common.Violations;
import org.learningmentor.core.plan.GoalAttainment;
import org.learningmentor.core.plan.LinkedGoal;

/**
 * One goal's rating on a goal attainment scale (GAS): the attainment level from −2 (much less than
 * expected) through 0 (the expected outcome) to +2 (much more than expected), and the goal's weight.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class GasRating {

    /** The largest weight accepted, as a plan's {@link LinkedGoal#MAX_WEIGHT}. */
    public static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(LinkedGoal.MAX_WEIGHT);

    GasRating() {}

    /**
     * Returns the attainment level.
     *
     * @return −2, −1, 0, 1 or 2
     */
    @JsonProperty("level")
    public abstract int level();

    /**
     * Returns the goal's weight.
     *
     * @return the weight, above 0 and at most {@link #MAX_WEIGHT}; 1 unless given
     */
    @JsonProperty("weight")
    @Value.Default
    public BigDecimal weight() {
        return BigDecimal.ONE;
    }

    /**
     * Returns a rating.
     *
     * @param level the attainment level, −2 to 2
     * @param weight the weight, above 0 and at most {@link #MAX_WEIGHT}, not null
     * @return the rating, never null
     * @throws org.learningmentor.core.common.ValidationException when either is out of range
     */
    public static GasRating of(int level, BigDecimal weight) {
        return ImmutableGasRating.builder().level(level).weight(weight).build();
    }

    /**
     * Returns an unweighted rating (weight 1).
     *
     * @param level the attainment level, −2 to 2
     * @return the rating, never null
     * @throws org.learningmentor.core.common.ValidationException when the level is out of range
     */
    public static GasRating of(int level) {
        return ImmutableGasRating.builder().level(level).build();
    }

    /**
     * Returns the Kiresuk–Sherman T-score of the ratings: {@link GoalAttainment#tScore(List, List)},
     * the one implementation of the formula, with two decimals.
     */
    static Optional<BigDecimal> tScore(List<GasRating> ratings) {
        if (ratings.isEmpty()) {
            return Optional.empty();
        }
        // Views rather than copies: the programme's T-score reads every rating of every plan.
        return Optional.of(GoalAttainment.tScore(view(ratings, GasRating::level), view(ratings, GasRating::weight)));
    }

    /** A read-only view of one part of each rating. */
    private static <T> List<T> view(List<GasRating> ratings, Function<GasRating, T> part) {
        return new AbstractList<>() {
            @Override
            public T get(int index) {
                return part.apply(ratings.get(index));
            }

            @Override
            public int size() {
                return ratings.size();
            }
        };
    }

    /**
     * Checks the ranges of the level and the weight.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        if (level() < -2 || level() > 2) { // not check(...), which would allocate for every rating
            violations.add(EvaluationViolation.GAS_LEVEL_OUT_OF_RANGE, "level", level());
        }
        if (weight().signum() <= 0 || weight().compareTo(MAX_WEIGHT) > 0) {
            violations.add(EvaluationViolation.GAS_WEIGHT_OUT_OF_RANGE, "weight", Numbers.describe(weight()));
        }
        violations.throwIfAny();
    }

    @JsonCreator
    private static GasRating fromJson(ImmutableGasRating value) {
        return value;
    }
}
