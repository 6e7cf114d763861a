package org.learningmentor.core.evaluation;

import org.learningmentor.core.common.ViolationCode;

/**
 * The reasons a rule or a metric gives, as codes with messages in English, Finnish and Swedish
 * ({@code org/learningmentor/core/evaluation/messages*.properties}): why a rule passed or failed,
 * and why it was {@linkplain FindingOutcome#NOT_EVALUABLE not evaluable}. A {@link Reason} carries
 * the code and the arguments of its message.
 */
public enum FindingReason implements ViolationCode {
    /** The measured value meets the threshold; arguments: value, comparison symbol, threshold. */
    MET("evaluation.finding.met"),
    /** The measured value misses the threshold; arguments: value, comparison symbol, threshold. */
    NOT_MET("evaluation.finding.not-met"),
    /** A structure check holds; arguments: items that meet it, items checked. */
    STRUCTURE_MET("evaluation.finding.structure-met"),
    /** A structure check does not hold; arguments: items that meet it, items checked. */
    STRUCTURE_NOT_MET("evaluation.finding.structure-not-met"),
    /** Not evaluable: data the metric needs is missing; argument: what is missing. */
    DATA_MISSING("evaluation.finding.data-missing"),
    /**
     * Not evaluable: a survey group is below the anonymity threshold or hidden by complementary
     * suppression; arguments: the dimension, the survey purpose.
     */
    SUPPRESSED("evaluation.finding.suppressed"),
    /** Not evaluable: the denominator is zero; argument: what the denominator counts. */
    DIVISION_BY_ZERO("evaluation.finding.division-by-zero");

    private final String code;

    FindingReason(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Returns whether the reason makes a rule not evaluable.
     *
     * @return true for {@link #DATA_MISSING}, {@link #SUPPRESSED} and {@link #DIVISION_BY_ZERO}
     */
    public boolean isNotEvaluable() {
        return this == DATA_MISSING || this == SUPPRESSED || this == DIVISION_BY_ZERO;
    }
}
