package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.Violations;

/**
 * A rule that the return on investment, ROI % = (benefits − costs) ÷ costs × 100 (Phillips), is at
 * least a minimum; NOT_EVALUABLE when costs or benefits are not given or the costs are zero.
 *
 * <p>JSON type name {@code "roi"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableRoiRule.class, name = "roi"))
public abstract class RoiRule implements EvaluationRule {

    RoiRule() {}

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
     * Returns the smallest ROI that passes, per cent.
     *
     * @return the minimum, at least −100
     */
    @JsonProperty("minimumPercent")
    public abstract BigDecimal minimumPercent();

    @Override
    public Finding evaluate(EvaluationFacts facts) {
        return Finding.judged(this, facts.metrics().value(Metric.ROI_PERCENT), Comparison.AT_LEAST, minimumPercent());
    }

    /**
     * Returns a new builder; every attribute is required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the id, the title's length and the minimum's range.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        Rules.checkCommon(id(), title(), violations);
        Rules.checkThreshold(Metric.ROI_PERCENT, minimumPercent(), "minimumPercent", violations);
        violations.throwIfAny();
    }

    /** Builds a rule; {@code build()} throws a ValidationException listing every violation. */
    public static final class Builder extends ImmutableRoiRule.Builder {}
}
