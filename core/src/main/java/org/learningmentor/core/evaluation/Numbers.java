package org.learningmentor.core.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.learningmentor.core.common.Violations;

/** Numbers, codes and uniqueness checks of the evaluation package; not API. */
final class Numbers {

    /** Quotients keep 16 significant digits. */
    static final MathContext QUOTIENT = MathContext.DECIMAL64;

    static final int MAX_INTEGER_DIGITS = 15;
    static final int MAX_FRACTION_DIGITS = 10;
    static final int MAX_COMPUTED_DIGITS = 40;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern DIMENSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

    private Numbers() {}

    static boolean isId(String id) {
        return ID.matcher(id).matches();
    }

    static void checkId(String id, String path, Violations violations) {
        violations.check(isId(id), EvaluationViolation.ID_MALFORMED, path, Violations.quote(id));
    }

    static void checkDimension(String code, String path, Violations violations) {
        violations.check(
                DIMENSION.matcher(code).matches(),
                EvaluationViolation.DIMENSION_MALFORMED,
                path,
                Violations.quote(code));
    }

    /** Returns whether the number fits the digit limits; cheap for {@code 1E+999999999}. */
    static boolean fits(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        long integerDigits = Math.max(0L, (long) stripped.precision() - stripped.scale());
        long fractionDigits = Math.max(0, stripped.scale());
        return integerDigits <= MAX_INTEGER_DIGITS && fractionDigits <= MAX_FRACTION_DIGITS;
    }

    static boolean checkDigits(BigDecimal value, String path, Violations violations) {
        return violations.check(
                fits(value), EvaluationViolation.NUMBER_TOO_LARGE, path, MAX_INTEGER_DIGITS, MAX_FRACTION_DIGITS);
    }

    /**
     * Checks a computed number such as a measured value, whose quotients may exceed the limits of
     * data: at most {@value #MAX_COMPUTED_DIGITS} digits before the decimal point and as many after.
     */
    static boolean checkComputed(BigDecimal value, String path, Violations violations) {
        BigDecimal stripped = value.stripTrailingZeros();
        long integerDigits = Math.max(0L, (long) stripped.precision() - stripped.scale());
        return violations.check(
                integerDigits <= MAX_COMPUTED_DIGITS && stripped.scale() <= MAX_COMPUTED_DIGITS,
                EvaluationViolation.NUMBER_TOO_LARGE,
                path,
                MAX_COMPUTED_DIGITS,
                MAX_COMPUTED_DIGITS);
    }

    static void checkNotNegative(int count, String path, Violations violations) {
        if (count < 0) { // not check(...): its arguments would be boxed for every fact
            violations.add(EvaluationViolation.COUNT_NEGATIVE, path, count);
        }
    }

    /**
     * Returns a computed value rounded half-even to {@value #MAX_FRACTION_DIGITS} decimals, without
     * trailing zeros and without a negative scale: 200, not 2E+2; 8/9 is 0.8888888889. Ten decimals
     * keep every value that fits the digit limits exact through a JSON reader that reads numbers as
     * doubles.
     */
    static BigDecimal canonical(BigDecimal value) {
        BigDecimal stripped =
                value.setScale(MAX_FRACTION_DIGITS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static BigDecimal ratio(long numerator, long denominator) {
        return canonical(BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), QUOTIENT));
    }

    /** Returns a short text of a number for a message. */
    static String describe(BigDecimal value) {
        return Violations.quote(fits(value) ? canonical(value).toPlainString() : value.toString());
    }

    /** Up to this many items, {@link #checkUnique} compares pairs instead of hashing. */
    private static final int SMALL_LIST = 8;

    static <T> void checkUnique(
            List<T> items, Function<T, ?> key, EvaluationViolationPath where, Violations violations) {
        if (items.size() <= SMALL_LIST) {
            // A plan's one or two owners: comparing each pair costs less than a hash set.
            for (int i = 1; i < items.size(); i++) {
                Object id = key.apply(items.get(i));
                for (int j = 0; j < i; j++) {
                    if (id.equals(key.apply(items.get(j)))) {
                        violations.add(where.code(), where.path(i), id);
                        break;
                    }
                }
            }
            return;
        }
        IdSet seen = new IdSet(items.size());
        for (int i = 0; i < items.size(); i++) {
            Object id = key.apply(items.get(i));
            // The path is written only for a duplicate: facts of large programmes check thousands.
            if (!seen.add(id)) {
                violations.add(where.code(), where.path(i), id);
            }
        }
    }

    static <T> boolean allDistinct(Collection<T> items) {
        return new HashSet<>(items).size() == items.size();
    }

    /** A code and the path of the i-th element of a list, for {@link #checkUnique}. */
    record EvaluationViolationPath(EvaluationViolation code, String list, String suffix) {
        String path(int index) {
            return list + "[" + index + "]" + suffix;
        }
    }
}
