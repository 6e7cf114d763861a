package org.learningmentor.core.goal;

import org.learningmentor.core.common.ViolationCode;

/**
 * The violation codes of programme goals, their indicators and measurements. Messages are in
 * {@code org/learningmentor/core/goal/messages*.properties} in English, Finnish and Swedish.
 */
public enum GoalViolation implements ViolationCode {
    /** A work-community goal names no unit ({@code unitId}). */
    UNIT_REQUIRED("goal.unit.required"),
    /** A goal at the organization or individual level names a unit; argument: the level. */
    UNIT_NOT_ALLOWED("goal.unit.not-allowed"),
    /** Two indicators of a goal share an id; argument: the id. */
    INDICATOR_ID_DUPLICATE("goal.indicator.id-duplicate"),
    /** A goal has no indicator of the given id; argument: the id. */
    INDICATOR_UNKNOWN("goal.indicator.unknown"),
    /** An indicator's target equals its baseline (compared numerically); arguments: target, baseline. */
    TARGET_EQUALS_BASELINE("goal.indicator.target-equals-baseline"),
    /** A higher-is-better indicator's target is below its baseline; arguments: target, baseline. */
    TARGET_BELOW_BASELINE("goal.indicator.target-below-baseline"),
    /** A lower-is-better indicator's target is above its baseline; arguments: target, baseline. */
    TARGET_ABOVE_BASELINE("goal.indicator.target-above-baseline"),
    /**
     * A measurement is not dated after the one before it (actuals are in strictly increasing date
     * order); arguments: its date, the previous date.
     */
    ACTUAL_NOT_AFTER_PREVIOUS("goal.indicator.actual-not-after-previous"),
    /** A {@link MeasureUnit#PERCENT} value is outside 0–100; argument: the value. */
    PERCENT_OUT_OF_RANGE("goal.value.percent-out-of-range"),
    /** A {@link MeasureUnit#RATIO} value is outside 0–1; argument: the value. */
    RATIO_OUT_OF_RANGE("goal.value.ratio-out-of-range"),
    /** A value of a unit that cannot be negative is negative; arguments: the value, the unit. */
    VALUE_NEGATIVE("goal.value.negative"),
    /**
     * A value has more digits before the decimal point than {@link Measurement#MAX_INTEGER_DIGITS};
     * arguments: the limit, the digits.
     */
    VALUE_TOO_LARGE("goal.value.too-large"),
    /**
     * A value has more decimals than {@link Measurement#MAX_FRACTION_DIGITS}; arguments: the limit,
     * the decimals.
     */
    VALUE_TOO_PRECISE("goal.value.too-precise"),
    /** A measurement's note is present but blank. */
    NOTE_BLANK("goal.measurement.note-blank"),
    /** A text names no {@link GoalLevel}; arguments: the text (at most 64 characters of it), the names. */
    LEVEL_UNKNOWN("goal.level.unknown"),
    /** A text names no {@link Direction}; arguments: the text (at most 64 characters of it), the names. */
    DIRECTION_UNKNOWN("goal.direction.unknown"),
    /** A text names no {@link MeasureUnit}; arguments: the text (at most 64 characters of it), the names. */
    MEASURE_UNIT_UNKNOWN("goal.measure-unit.unknown");

    private final String code;

    GoalViolation(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
