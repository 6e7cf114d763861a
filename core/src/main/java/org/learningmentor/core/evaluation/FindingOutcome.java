package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.learningmentor.core.common.EnumNames;

/** What one rule of a rule set concluded about a programme. In JSON an outcome is its name. */
public enum FindingOutcome {
    /** The rule's condition holds. */
    PASSED,
    /** The rule's condition does not hold. */
    FAILED,
    /** The rule could not be judged: data missing, or a group below the anonymity threshold. */
    NOT_EVALUABLE;

    /**
     * Returns the outcome of the given name, exactly as {@link #name()} writes it; a number is refused.
     *
     * @param name the name, such as {@code "PASSED"}, not null
     * @return the outcome, never null
     * @throws org.learningmentor.core.common.ValidationException with {@code evaluation.outcome.unknown}
     */
    @JsonCreator
    public static FindingOutcome parse(String name) {
        return EnumNames.parse(FindingOutcome.class, name, EvaluationViolation.OUTCOME_UNKNOWN, "outcome");
    }
}
