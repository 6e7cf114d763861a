package org.learningmentor.core.evaluation;

import org.learningmentor.core.common.ViolationCode;

/**
 * The violation codes of evaluation: invalid rule sets, rules, facts and evaluations (thrown in a
 * {@link org.learningmentor.core.common.ValidationException}). Messages are in {@code
 * org/learningmentor/core/evaluation/messages*.properties} in English, Finnish and Swedish.
 */
public enum EvaluationViolation implements ViolationCode {
    /** An unknown Kirkpatrick level name; arguments: the name, the allowed names. */
    LEVEL_UNKNOWN("evaluation.level.unknown"),
    /** An unknown outcome name; arguments: the name, the allowed names. */
    OUTCOME_UNKNOWN("evaluation.outcome.unknown"),
    /** An unknown severity name; arguments: the name, the allowed names. */
    SEVERITY_UNKNOWN("evaluation.severity.unknown"),
    /** An unknown comparison name; arguments: the name, the allowed names. */
    COMPARISON_UNKNOWN("evaluation.comparison.unknown"),
    /** An unknown metric name; arguments: the name, the allowed names. */
    METRIC_UNKNOWN("evaluation.metric.unknown"),
    /** An unknown structure check name; arguments: the name, the allowed names. */
    CHECK_UNKNOWN("evaluation.check.unknown"),
    /** An unknown GAS scope name; arguments: the name, the allowed names. */
    GAS_SCOPE_UNKNOWN("evaluation.gas-scope.unknown"),
    /** A rule set or rule id is not 1–64 letters, digits, dots, hyphens or underscores; argument: the id. */
    ID_MALFORMED("evaluation.id.malformed"),
    /** Two rules of a rule set share an id; argument: the id. */
    RULE_ID_DUPLICATE("evaluation.rule.id-duplicate"),
    /** A rule set has no rules. */
    RULE_SET_EMPTY("evaluation.rule-set.empty"),
    /** A rule set has too many rules; arguments: the maximum, the count. */
    RULE_SET_TOO_LARGE("evaluation.rule-set.too-large"),
    /** A threshold is outside its metric's range; arguments: the threshold, the metric, min, max. */
    THRESHOLD_OUT_OF_RANGE("evaluation.rule.threshold-out-of-range"),
    /** A number has too many digits; arguments: the limit of integer digits, of decimals. */
    NUMBER_TOO_LARGE("evaluation.number.too-large"),
    /** A survey dimension code is malformed; argument: the code. */
    DIMENSION_MALFORMED("evaluation.dimension.malformed"),
    /** A count is negative; argument: the count. */
    COUNT_NEGATIVE("evaluation.facts.count-negative"),
    /** A count of done items exceeds the total; arguments: done, total. */
    DONE_EXCEEDS_TOTAL("evaluation.facts.done-exceeds-total"),
    /** The anonymity threshold is too low; arguments: the minimum, the value. */
    ANONYMITY_THRESHOLD_TOO_LOW("evaluation.facts.anonymity-threshold-too-low"),
    /** Costs or benefits are negative; argument: the amount. */
    AMOUNT_NEGATIVE("evaluation.facts.amount-negative"),
    /** A person appears twice in a list; argument: the person's id. */
    PERSON_DUPLICATE("evaluation.facts.person-duplicate"),
    /** Two records share an id; argument: the id. */
    ID_DUPLICATE("evaluation.facts.id-duplicate"),
    /** A mentor's enrolment period ends before it starts; arguments: end, start. */
    PERIOD_END_BEFORE_START("evaluation.facts.period-end-before-start"),
    /** The template's session count is outside 1–10; argument: the count. */
    SESSION_COUNT_OUT_OF_RANGE("evaluation.facts.session-count-out-of-range"),
    /** Two scores for one survey purpose and dimension; arguments: purpose, dimension. */
    SCORE_DUPLICATE("evaluation.score.duplicate"),
    /** A score that is not suppressed lacks its mean, deviation or respondent count. */
    SCORE_INCOMPLETE("evaluation.score.incomplete"),
    /** A suppressed score shows figures. */
    SCORE_FIGURES_WHEN_SUPPRESSED("evaluation.score.figures-when-suppressed"),
    /** A standard deviation is negative; argument: the value. */
    DEVIATION_NEGATIVE("evaluation.score.deviation-negative"),
    /** A visible score has fewer than one respondent; argument: the count. */
    RESPONDENTS_TOO_FEW("evaluation.score.respondents-too-few"),
    /** A GAS attainment level is outside −2…+2; argument: the level. */
    GAS_LEVEL_OUT_OF_RANGE("evaluation.gas.level-out-of-range"),
    /** A GAS weight is not above 0 or above 1000; argument: the weight. */
    GAS_WEIGHT_OUT_OF_RANGE("evaluation.gas.weight-out-of-range"),
    /** A reason code is malformed; argument: the code. */
    REASON_CODE_MALFORMED("evaluation.reason.code-malformed"),
    /** A reason has too many arguments; arguments: the maximum, the count. */
    REASON_TOO_MANY_ARGUMENTS("evaluation.reason.too-many-arguments"),
    /** The facts of an evaluation are of another organization or programme. */
    FACTS_OTHER_PROGRAM("evaluation.facts.other-program"),
    /** The findings of an evaluation do not follow its rule set's rules; argument: the index. */
    FINDINGS_MISMATCH("evaluation.findings.mismatch"),
    /** A finding that is not evaluable has a measured value. */
    FINDING_VALUE_WHEN_NOT_EVALUABLE("evaluation.finding.value-when-not-evaluable"),
    /** A version is negative; argument: the version. */
    VERSION_NEGATIVE("evaluation.version.negative");

    private final String code;

    EvaluationViolation(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
