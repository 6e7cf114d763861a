package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.learningmentor.core.common.EnumNames;

/** Which GAS T-score a {@link GasRule} judges. In JSON a scope is its name. */
public enum GasScope {
    /** The programme's T-score over every goal rating of every plan ({@link Metric#PROGRAM_T_SCORE}). */
    PROGRAM,
    /** The mean of the plans' own T-scores ({@link Metric#MEAN_PLAN_T_SCORE}). */
    MEAN_OF_PLANS;

    /**
     * Returns the scope of the given name, exactly as {@link #name()} writes it; a number is refused.
     *
     * @param name the name, such as {@code "PROGRAM"}, not null
     * @return the scope, never null
     * @throws org.learningmentor.core.common.ValidationException with {@code evaluation.gas-scope.unknown}
     */
    @JsonCreator
    public static GasScope parse(String name) {
        return EnumNames.parse(GasScope.class, name, EvaluationViolation.GAS_SCOPE_UNKNOWN, "scope");
    }

    Metric metric() {
        return this == PROGRAM ? Metric.PROGRAM_T_SCORE : Metric.MEAN_PLAN_T_SCORE;
    }
}
