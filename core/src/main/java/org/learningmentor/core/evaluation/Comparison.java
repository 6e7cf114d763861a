package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import java.util.Objects;
import org.learningmentor.core.common.EnumNames;

/**
 * How a {@link ThresholdRule} compares a measured value with its threshold. Values are compared
 * numerically ({@code 0.80} equals {@code 0.8}). In JSON a comparison is its name.
 */
public enum Comparison {
    /** The value is at least the threshold ({@code ≥}). */
    AT_LEAST("≥"),
    /** The value is at most the threshold ({@code ≤}). */
    AT_MOST("≤"),
    /** The value is above the threshold ({@code >}). */
    ABOVE(">"),
    /** The value is below the threshold ({@code <}). */
    BELOW("<");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    /**
     * Returns the mathematical symbol, such as {@code "≥"}, for messages in any language.
     *
     * @return the symbol, never null
     */
    public String symbol() {
        return symbol;
    }

    /**
     * Returns whether the value compares with the threshold as this comparison requires.
     *
     * @param value the measured value, not null
     * @param threshold the threshold, not null
     * @return true when the condition holds
     */
    public boolean test(BigDecimal value, BigDecimal threshold) {
        int c = Objects.requireNonNull(value, "value").compareTo(Objects.requireNonNull(threshold, "threshold"));
        return switch (this) {
            case AT_LEAST -> c >= 0;
            case AT_MOST -> c <= 0;
            case ABOVE -> c > 0;
            case BELOW -> c < 0;
        };
    }

    /**
     * Returns the comparison of the given name, exactly as {@link #name()} writes it; a number is refused.
     *
     * @param name the name, such as {@code "AT_LEAST"}, not null
     * @return the comparison, never null
     * @throws org.learningmentor.core.common.ValidationException with {@code evaluation.comparison.unknown}
     */
    @JsonCreator
    public static Comparison parse(String name) {
        return EnumNames.parse(Comparison.class, name, EvaluationViolation.COMPARISON_UNKNOWN, "comparison");
    }
}
