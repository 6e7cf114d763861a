package org.learningmentor.core.goal;

import java.math.BigDecimal;
import java.math.MathContext;
import org.learningmentor.core.common.Violations;

/** Validation and canonical form of the decimal values of indicators; not API. */
final class Decimals {

    /** Quotients such as {@link Indicator#progress()} keep 16 significant digits. */
    static final MathContext QUOTIENT = MathContext.DECIMAL64;

    private Decimals() {}

    /**
     * Returns the digits before the decimal point, 0 for a value below 1 in magnitude. Cheap even
     * for a value such as {@code 1E+999999999}, whose plain form would be huge.
     */
    static long integerDigits(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return Math.max(0L, (long) stripped.precision() - stripped.scale());
    }

    /** Returns the decimals needed to write the value exactly, 0 for a whole number. */
    static long fractionDigits(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    /** Returns whether the value is within the digit limits of {@link Measurement}. */
    static boolean isWithinLimits(BigDecimal value) {
        return integerDigits(value) <= Measurement.MAX_INTEGER_DIGITS
                && fractionDigits(value) <= Measurement.MAX_FRACTION_DIGITS;
    }

    /** Adds a violation for each digit limit the value exceeds. */
    static void checkDigits(BigDecimal value, String path, Violations violations) {
        long integerDigits = integerDigits(value);
        violations.check(
                integerDigits <= Measurement.MAX_INTEGER_DIGITS,
                GoalViolation.VALUE_TOO_LARGE,
                path,
                Measurement.MAX_INTEGER_DIGITS,
                integerDigits);
        long fractionDigits = fractionDigits(value);
        violations.check(
                fractionDigits <= Measurement.MAX_FRACTION_DIGITS,
                GoalViolation.VALUE_TOO_PRECISE,
                path,
                Measurement.MAX_FRACTION_DIGITS,
                fractionDigits);
    }

    /** Adds a violation when the value is outside the unit's range. */
    static void checkRange(BigDecimal value, MeasureUnit unit, String path, Violations violations) {
        if (unit.accepts(value)) {
            return;
        }
        switch (unit) {
            case PERCENT -> violations.add(GoalViolation.PERCENT_OUT_OF_RANGE, path, describe(value));
            case RATIO -> violations.add(GoalViolation.RATIO_OUT_OF_RANGE, path, describe(value));
            default -> violations.add(GoalViolation.VALUE_NEGATIVE, path, describe(value), unit);
        }
    }

    /**
     * Returns the canonical form: no trailing zeros and no negative scale, so {@code 20.0}, {@code
     * 20.00} and {@code 2E+1} all become {@code 20} and equal values are {@code equals}. A value
     * beyond the digit limits is returned as it is (it is refused anyway, and its plain form could be
     * huge).
     */
    static BigDecimal canonical(BigDecimal value) {
        if (!isWithinLimits(value)) {
            return value;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Returns whether the value is already in {@link #canonical(BigDecimal)} form. */
    static boolean isCanonical(BigDecimal value) {
        return canonical(value).scale() == value.scale();
    }

    /**
     * Returns a short text of the value for messages: plain when within the digit limits, cut by
     * {@link Violations#quote(CharSequence)} otherwise.
     */
    static String describe(BigDecimal value) {
        return Violations.quote(isWithinLimits(value) ? canonical(value).toPlainString() : value.toString());
    }
}
