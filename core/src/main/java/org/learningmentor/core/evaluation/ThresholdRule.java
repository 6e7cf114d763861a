package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.Violations;

/**
 * A rule that compares a {@link Metric} with a threshold, such as "attendance at least 0.8". The
 * threshold must lie in the metric's range ({@link Metric#accepts}); a metric without a value makes
 * the rule NOT_EVALUABLE with the metric's reason.
 *
 * <p>JSON type name {@code "threshold"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableThresholdRule.class, name = "threshold"))
public abstract class ThresholdRule implements EvaluationRule {

    ThresholdRule() {}

    @JsonProperty("id")
    @Override
    public abstract String id();

    @JsonProperty("level")
    @Override
    public abstract KirkpatrickLevel level();

    @JsonProperty("severity")
    @Override
    public abstract Severity severity();

    @JsonProperty("title")
    @Override
    public abstract LocalizedText title();

    /**
     * Returns the metric compared.
     *
     * @return the metric, never null
     */
    @JsonProperty("metric")
    public abstract Metric metric();

    /**
     * Returns how the metric is compared with the threshold.
     *
     * @return the comparison, {@link Comparison#AT_LEAST} unless given
     */
    @JsonProperty("comparison")
    @Value.Default
    public Comparison comparison() {
        return Comparison.AT_LEAST;
    }

    /**
     * Returns the threshold.
     *
     * @return the threshold, in the metric's range
     */
    @JsonProperty("threshold")
    public abstract BigDecimal threshold();

    @Override
    public Finding evaluate(EvaluationFacts facts) {
        return Finding.judged(this, facts.metrics().value(metric()), comparison(), threshold());
    }

    /**
     * Returns a new builder; every attribute but the comparison is required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the id, the title's length and the threshold's range.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        Rules.checkCommon(id(), title(), violations);
        Rules.checkThreshold(metric(), threshold(), "threshold", violations);
        violations.throwIfAny();
    }

    /** Builds a rule; {@code build()} throws a ValidationException listing every violation. */
    public static final class Builder extends ImmutableThresholdRule.Builder {}
}
