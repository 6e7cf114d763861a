package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.Violations;

/**
 * What one rule concluded about the programme: the rule's id, level, severity and title, the {@link
 * FindingOutcome}, the {@link Reason} (a code with a message in English, Finnish and Swedish), and
 * where the rule compares numbers, the measured value, the comparison and the threshold. A finding
 * that is NOT_EVALUABLE has no measured value.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class Finding {

    Finding() {}

    /**
     * Returns the id of the rule that concluded it.
     *
     * @return the rule's id, never null
     */
    @JsonProperty("ruleId")
    public abstract String ruleId();

    /**
     * Returns the rule's Kirkpatrick level.
     *
     * @return the level, never null
     */
    @JsonProperty("level")
    public abstract KirkpatrickLevel level();

    /**
     * Returns the rule's severity.
     *
     * @return the severity, never null
     */
    @JsonProperty("severity")
    public abstract Severity severity();

    /**
     * Returns the rule's title.
     *
     * @return the title, never null
     */
    @JsonProperty("title")
    public abstract LocalizedText title();

    /**
     * Returns what the rule concluded.
     *
     * @return the outcome, never null
     */
    @JsonProperty("outcome")
    public abstract FindingOutcome outcome();

    /**
     * Returns why, as a code with the arguments of its message.
     *
     * @return the reason, never null
     */
    @JsonProperty("reason")
    public abstract Reason reason();

    /**
     * Returns the value the rule measured.
     *
     * @return the value, or empty when not evaluable or the rule measures no number
     */
    @JsonProperty("measured")
    public abstract Optional<BigDecimal> measured();

    /**
     * Returns how the measured value was compared with the threshold.
     *
     * @return the comparison, or empty when the rule compares no numbers
     */
    @JsonProperty("comparison")
    public abstract Optional<Comparison> comparison();

    /**
     * Returns the threshold the measured value was compared with.
     *
     * @return the threshold, or empty when the rule has none
     */
    @JsonProperty("threshold")
    public abstract Optional<BigDecimal> threshold();

    /**
     * Returns the reason's message in the locale's language: Finnish, Swedish, or English for any
     * other.
     *
     * @param locale the locale, not null
     * @return the message, never null
     */
    public String message(Locale locale) {
        return reason().message(locale);
    }

    /**
     * Returns the finding of comparing a metric's value with a threshold: PASSED when the
     * comparison holds, FAILED when not, NOT_EVALUABLE with the metric's reason when it has no value.
     *
     * @param rule the rule concluding it, not null
     * @param value the metric's value, not null
     * @param comparison the comparison, not null
     * @param threshold the threshold, not null
     * @return the finding, never null
     */
    public static Finding judged(EvaluationRule rule, MetricValue value, Comparison comparison, BigDecimal threshold) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(threshold, "threshold");
        Builder builder = builder().rule(rule).comparison(comparison).threshold(threshold);
        if (value.value().isEmpty()) {
            return builder.outcome(FindingOutcome.NOT_EVALUABLE)
                    .reason(value.reason().orElseThrow())
                    .build();
        }
        BigDecimal measured = value.value().get();
        boolean met = comparison.test(measured, threshold);
        return builder.outcome(met ? FindingOutcome.PASSED : FindingOutcome.FAILED)
                .measured(measured)
                .reason(Reason.of(
                        met ? FindingReason.MET : FindingReason.NOT_MET,
                        measured.toPlainString(),
                        comparison.symbol(),
                        threshold.toPlainString()))
                .build();
    }

    /**
     * Returns a finding without numbers, for a host's own rules.
     *
     * @param rule the rule concluding it, not null
     * @param outcome the outcome, not null
     * @param reason the reason, not null
     * @return the finding, never null
     */
    public static Finding of(EvaluationRule rule, FindingOutcome outcome, Reason reason) {
        Objects.requireNonNull(rule, "rule");
        return builder().rule(rule).outcome(outcome).reason(reason).build();
    }

    /**
     * Returns a new builder; rule id, level, severity, title, outcome and reason are required ({@link
     * Builder#rule} sets the first four).
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the rule id and that a finding that is not evaluable has no measured value.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        Rules.checkCommon(ruleId(), title(), violations);
        violations.check(
                outcome() != FindingOutcome.NOT_EVALUABLE || measured().isEmpty(),
                EvaluationViolation.FINDING_VALUE_WHEN_NOT_EVALUABLE,
                "measured");
        measured().ifPresent(m -> Numbers.checkComputed(m, "measured", violations));
        threshold().ifPresent(t -> Numbers.checkComputed(t, "threshold", violations));
        violations.throwIfAny();
    }

    @JsonCreator
    private static Finding fromJson(ImmutableFinding value) {
        return value;
    }

    /** Builds a finding; {@code build()} throws a ValidationException listing every violation. */
    public static final class Builder extends ImmutableFinding.Builder {

        /**
         * Sets the rule's id, level, severity and title.
         *
         * @param rule the rule, not null
         * @return this builder
         */
        public Builder rule(EvaluationRule rule) {
            Objects.requireNonNull(rule, "rule");
            ruleId(rule.id());
            level(rule.level());
            severity(rule.severity());
            title(rule.title());
            return this;
        }
    }
}
