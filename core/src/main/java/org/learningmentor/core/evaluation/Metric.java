package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.learningmentor.core.common.EnumNames;

/**
 * The metric catalogue: each metric is computed from {@link EvaluationFacts} only, and yields a
 * value or, with a reason, none ({@link MetricValue}). Rates are ratios from 0 to 1 (0.8 is 80 %);
 * every value is rounded half-even to 10 decimals (8/9 gives 0.8888888889). The definitions, in the order of the constants:
 *
 * <ol>
 *   <li>participation: mentors ever enrolled ÷ {@linkplain EvaluationFacts#plannedMentors() planned
 *       mentors} (may exceed 1);
 *   <li>attendance: present ÷ recorded attendances of held sessions;
 *   <li>interim-assignment completion: submissions ÷ expected submissions over the assignments due on
 *       or before the evaluation date, where a mentor is expected to submit when enrolled at the end
 *       of the due day or when they submitted;
 *   <li>approved plans: active mentors who own an approved or completed plan ÷ active mentors, both
 *       at the end of the evaluation date (each mentor is expected to be covered by a plan);
 *   <li>action-item completion: done ÷ all action items not cancelled, of the programme's action
 *       plan and of every plan not cancelled;
 *   <li>mentor retention through training: mentors enrolled at the end of the last training session's
 *       day ÷ mentors enrolled before it; only when every session of the template was held;
 *   <li>mean plan T-score: the mean of the Kiresuk–Sherman T-scores (each with two decimals, from
 *       {@link org.learningmentor.core.plan.GoalAttainment}) of the plans not cancelled that
 *       have goal ratings;
 *   <li>programme T-score: one Kiresuk–Sherman T-score over the goal ratings of every plan not
 *       cancelled, pooled (not the mean of the plans' scores): T = 50 + 10·Σwx / √((1−ρ)Σw² +
 *       ρ(Σw)²), ρ = 0.3;
 *   <li>indicator attainment: the mean over goals of each goal's attainment, the mean of its
 *       indicators' progress (actual − baseline) ÷ (target − baseline), each capped at 1 so that
 *       going beyond one target cannot hide another falling short (negative progress is kept);
 *   <li>ROI %: (benefits − costs) ÷ costs × 100 (Phillips);
 *   <li>BCR: benefits ÷ costs (Phillips).
 * </ol>
 *
 * <p>Dimension scores and their change between two surveys are parameterised by dimension and survey
 * purpose, so they are methods of {@link Metrics}, not constants here. In JSON a metric is its name.
 */
public enum Metric {
    /** Mentors ever enrolled ÷ planned mentors. */
    PARTICIPATION_RATE(BigDecimal.ZERO, null),
    /** Present ÷ recorded attendances of held sessions. */
    ATTENDANCE_RATE(BigDecimal.ZERO, BigDecimal.ONE),
    /** Submitted ÷ expected interim-assignment submissions. */
    ASSIGNMENT_COMPLETION_RATE(BigDecimal.ZERO, BigDecimal.ONE),
    /** Active mentors covered by an approved or completed plan ÷ active mentors. */
    APPROVED_PLAN_RATE(BigDecimal.ZERO, BigDecimal.ONE),
    /** Done ÷ action items not cancelled. */
    ACTION_ITEM_COMPLETION_RATE(BigDecimal.ZERO, BigDecimal.ONE),
    /** Mentors still enrolled at the end of training ÷ mentors enrolled before its end. */
    MENTOR_RETENTION_RATE(BigDecimal.ZERO, BigDecimal.ONE),
    /** The mean of the plans' GAS T-scores. */
    MEAN_PLAN_T_SCORE(BigDecimal.ZERO, BigDecimal.valueOf(100)),
    /** The GAS T-score over every plan's goal ratings. */
    PROGRAM_T_SCORE(BigDecimal.ZERO, BigDecimal.valueOf(100)),
    /** The mean attainment of the goals, from their indicators. */
    INDICATOR_ATTAINMENT(BigDecimal.valueOf(-1000), BigDecimal.ONE),
    /** Return on investment, per cent. */
    ROI_PERCENT(BigDecimal.valueOf(-100), null),
    /** Benefit–cost ratio. */
    BENEFIT_COST_RATIO(BigDecimal.ZERO, null);

    private final BigDecimal minimum;
    private final BigDecimal maximum;

    Metric(BigDecimal minimum, BigDecimal maximum) {
        this.minimum = minimum;
        this.maximum = maximum;
    }

    /**
     * Returns the smallest threshold that makes sense for the metric.
     *
     * @return the minimum, never null
     */
    public BigDecimal minimum() {
        return minimum;
    }

    /**
     * Returns the largest threshold that makes sense for the metric.
     *
     * @return the maximum, or empty when the metric has no upper bound
     */
    public Optional<BigDecimal> maximum() {
        return Optional.ofNullable(maximum);
    }

    /**
     * Returns whether a threshold lies in the metric's range.
     *
     * @param threshold the threshold, not null
     * @return true when it is at least {@link #minimum()} and at most {@link #maximum()}
     */
    public boolean accepts(BigDecimal threshold) {
        Objects.requireNonNull(threshold, "threshold");
        return threshold.compareTo(minimum) >= 0 && (maximum == null || threshold.compareTo(maximum) <= 0);
    }

    /**
     * Computes the metric over the facts (the same as {@code facts.metrics().value(this)}).
     *
     * @param facts the facts, not null
     * @return the value, or not available with a reason; never null
     */
    public MetricValue compute(EvaluationFacts facts) {
        return Objects.requireNonNull(facts, "facts").metrics().value(this);
    }

    /**
     * Returns the metric of the given name, exactly as {@link #name()} writes it; a number is refused.
     *
     * @param name the name, such as {@code "ATTENDANCE_RATE"}, not null
     * @return the metric, never null
     * @throws org.learningmentor.core.common.ValidationException with {@code evaluation.metric.unknown}
     */
    @JsonCreator
    public static Metric parse(String name) {
        return EnumNames.parse(Metric.class, name, EvaluationViolation.METRIC_UNKNOWN, "metric");
    }
}
