package org.learningmentor.core.evaluation;

/** What one rule of a rule set concluded about a programme. */
public enum FindingOutcome {
    /** The rule's condition holds. */
    PASSED,
    /** The rule's condition does not hold. */
    FAILED,
    /** The rule could not be judged: data missing, or a group below the anonymity threshold. */
    NOT_EVALUABLE
}
