package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.Violations;

/**
 * A rule that the goal-attainment T-score is at least a minimum, 50 being the expected outcome:
 * the programme's pooled T-score or the mean of the plans' ({@link GasScope}). NOT_EVALUABLE when no
 * plan has goal ratings.
 *
 * <p>JSON type name {@code "gas"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableGasRule.class, name = "gas"))
public abstract class GasRule implements EvaluationRule {

    GasRule() {}

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
     * Returns which T-score is judged.
     *
     * @return the scope, {@link GasScope#PROGRAM} unless given
     */
    @JsonProperty("scope")
    @Value.Default
    public GasScope scope() {
        return GasScope.PROGRAM;
    }

    /**
     * Returns the smallest T-score that passes.
     *
     * @return the minimum, 0–100
     */
    @JsonProperty("minimumTScore")
    public abstract BigDecimal minimumTScore();

    @Override
    public Finding evaluate(EvaluationFacts facts) {
        return Finding.judged(this, facts.metrics().value(scope().metric()), Comparison.AT_LEAST, minimumTScore());
    }

    /**
     * Returns a new builder; every attribute but the scope is required.
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
        Rules.checkThreshold(Metric.PROGRAM_T_SCORE, minimumTScore(), "minimumTScore", violations);
        violations.throwIfAny();
    }

    /** Builds a rule; {@code build()} throws a ValidationException listing every violation. */
    public static final class Builder extends ImmutableGasRule.Builder {}
}
