package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.learningmentor.core.common.Violations;

/**
 * One goal's rating on a goal attainment scale (GAS): the attainment level from −2 (much less than
 * expected) through 0 (the expected outcome) to +2 (much more than expected), and the goal's weight.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class GasRating {

    /** The largest weight accepted. */
    public static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(1000);

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
     * Checks the ranges of the level and the weight.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        violations.check(level() >= -2 && level() <= 2, EvaluationViolation.GAS_LEVEL_OUT_OF_RANGE, "level", level());
        violations.check(
                weight().signum() > 0 && weight().compareTo(MAX_WEIGHT) <= 0,
                EvaluationViolation.GAS_WEIGHT_OUT_OF_RANGE,
                "weight",
                Numbers.describe(weight()));
        violations.throwIfAny();
    }

    @JsonCreator
    private static GasRating fromJson(ImmutableGasRating value) {
        return value;
    }
}
