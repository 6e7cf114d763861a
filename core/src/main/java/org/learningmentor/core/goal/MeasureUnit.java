package org.learningmentor.core.goal;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.learningmentor.core.common.EnumNames;
import org.learningmentor.core.common.ValidationException;

/**
 * The unit of an {@link Indicator}'s values, which fixes the range a baseline, target or actual
 * value may take. In JSON a unit is its name, such as {@code "PERCENT"}.
 *
 * <p>Ranges are inclusive. Units without an upper bound (counts, hours, days, euros) still must
 * not be negative; a {@link #SCORE} may take any value.
 *
 * <p>Choosing the unit: use {@link #PERCENT} or {@link #RATIO} for shares, {@link #COUNT} for
 * numbers of people, events or items, {@link #HOURS} and {@link #DAYS} for durations, {@link #EUR}
 * for money, and {@link #SCORE} for anything measured on a scale of its own.
 */
public enum MeasureUnit {
    /**
     * A percentage from 0 to 100, e.g. the share of staff who took part in peer-learning sessions
     * (20 means 20 %).
     */
    PERCENT(BigDecimal.ZERO, BigDecimal.valueOf(100)),
    /**
     * A proportion from 0 to 1, e.g. the share of approved mentor plans as 0.75; use {@link
     * #PERCENT} for the same on a 0–100 scale.
     */
    RATIO(BigDecimal.ZERO, BigDecimal.ONE),
    /**
     * A number of things, never negative, e.g. peer-learning sessions held in a quarter. Averages
     * such as 2.5 sessions a month are allowed.
     */
    COUNT(BigDecimal.ZERO, null),
    /**
     * A score on a scale the indicator's name explains, any value including negative ones, e.g. a
     * learning-culture dimension mean on a 1–6 scale or a net promoter score from −100 to 100.
     */
    SCORE(null, null),
    /** A duration in hours, never negative, e.g. hours spent in learning a month per person. */
    HOURS(BigDecimal.ZERO, null),
    /** A duration in days, never negative, e.g. days until a newcomer works independently. */
    DAYS(BigDecimal.ZERO, null),
    /** An amount of money in euros, never negative, e.g. the cost of external training per person. */
    EUR(BigDecimal.ZERO, null);

    private final BigDecimal minimum;
    private final BigDecimal maximum;

    MeasureUnit(BigDecimal minimum, BigDecimal maximum) {
        this.minimum = minimum;
        this.maximum = maximum;
    }

    /**
     * Returns the smallest value allowed.
     *
     * @return the inclusive lower bound, or empty when there is none
     */
    public Optional<BigDecimal> minimum() {
        return Optional.ofNullable(minimum);
    }

    /**
     * Returns the largest value allowed.
     *
     * @return the inclusive upper bound, or empty when there is none
     */
    public Optional<BigDecimal> maximum() {
        return Optional.ofNullable(maximum);
    }

    /**
     * Returns whether a value lies in this unit's range (compared numerically).
     *
     * @param value the value, not null
     * @return true when the value is within {@link #minimum()} and {@link #maximum()}
     */
    public boolean accepts(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return (minimum == null || value.compareTo(minimum) >= 0) && (maximum == null || value.compareTo(maximum) <= 0);
    }

    /**
     * Returns the unit of the given name, exactly as {@link #name()} writes it. Reading JSON uses
     * this, so a number (an ordinal) is refused rather than taken as a position in this list.
     *
     * @param name the name, such as {@code "PERCENT"}, not null
     * @return the unit, never null
     * @throws ValidationException with {@code goal.measure-unit.unknown} when no unit has that name
     */
    @JsonCreator
    public static MeasureUnit parse(String name) {
        return EnumNames.parse(MeasureUnit.class, name, GoalViolation.MEASURE_UNIT_UNKNOWN, "unit");
    }
}
