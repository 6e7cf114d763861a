package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.Violations;
import org.learningmentor.core.survey.SurveyPurpose;

/**
 * A rule that a dimension's mean score changed by at least a minimum between two surveys (by default
 * from the baseline to the follow-up), or, without a dimension, that every dimension of the earlier
 * survey did. For all dimensions the measured value is the smallest change; the rule FAILS as soon as
 * one visible dimension misses the minimum, and is NOT_EVALUABLE when none misses it but one is
 * suppressed or missing. A negative minimum allows a decline up to its size.
 *
 * <p>JSON type name {@code "survey-change"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableSurveyChangeRule.class, name = "survey-change"))
public abstract class SurveyChangeRule implements EvaluationRule {

    /** The largest minimum change accepted, in either direction. */
    public static final BigDecimal MAX_CHANGE = BigDecimal.valueOf(100);

    SurveyChangeRule() {}

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
     * Returns the dimension judged.
     *
     * @return the dimension's code, or empty for every dimension of the earlier survey
     */
    @JsonProperty("dimension")
    public abstract Optional<String> dimension();

    /**
     * Returns the smallest change that passes, in scale points.
     *
     * @return the minimum, −100 to 100
     */
    @JsonProperty("minimumChange")
    public abstract BigDecimal minimumChange();

    /**
     * Returns the purpose of the earlier survey.
     *
     * @return the purpose, {@link SurveyPurpose#BASELINE} unless given
     */
    @JsonProperty("from")
    @Value.Default
    public SurveyPurpose from() {
        return SurveyPurpose.BASELINE;
    }

    /**
     * Returns the purpose of the later survey.
     *
     * @return the purpose, {@link SurveyPurpose#FOLLOW_UP} unless given
     */
    @JsonProperty("to")
    @Value.Default
    public SurveyPurpose to() {
        return SurveyPurpose.FOLLOW_UP;
    }

    @Override
    public Finding evaluate(EvaluationFacts facts) {
        Metrics metrics = facts.metrics();
        if (dimension().isPresent()) {
            return Finding.judged(
                    this,
                    metrics.dimensionChange(dimension().get(), from(), to()),
                    Comparison.AT_LEAST,
                    minimumChange());
        }
        var dimensions = metrics.dimensions(from());
        if (dimensions.isEmpty()) {
            return Finding.judged(
                    this,
                    MetricValue.notAvailable(FindingReason.DATA_MISSING, "scores " + from()),
                    Comparison.AT_LEAST,
                    minimumChange());
        }
        BigDecimal smallest = null;
        MetricValue firstUnavailable = null;
        for (String code : dimensions) {
            MetricValue change = metrics.dimensionChange(code, from(), to());
            if (change.isAvailable()) {
                BigDecimal value = change.value().get();
                smallest = smallest == null || value.compareTo(smallest) < 0 ? value : smallest;
            } else if (firstUnavailable == null) {
                firstUnavailable = change;
            }
        }
        if (smallest != null && smallest.compareTo(minimumChange()) < 0) {
            return Finding.judged(this, MetricValue.of(smallest), Comparison.AT_LEAST, minimumChange());
        }
        return Finding.judged(
                this,
                firstUnavailable != null ? firstUnavailable : MetricValue.of(smallest),
                Comparison.AT_LEAST,
                minimumChange());
    }

    /**
     * Returns a new builder; id, level, severity, title and minimum change are required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the id, the title's length, the dimension code and the minimum's range.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        Rules.checkCommon(id(), title(), violations);
        dimension().ifPresent(d -> Numbers.checkDimension(d, "dimension", violations));
        if (Numbers.checkDigits(minimumChange(), "minimumChange", violations)) {
            violations.check(
                    minimumChange().abs().compareTo(MAX_CHANGE) <= 0,
                    EvaluationViolation.THRESHOLD_OUT_OF_RANGE,
                    "minimumChange",
                    Numbers.describe(minimumChange()),
                    "change",
                    MAX_CHANGE.negate(),
                    MAX_CHANGE);
        }
        violations.throwIfAny();
    }

    /** Builds a rule; {@code build()} throws a ValidationException listing every violation. */
    public static final class Builder extends ImmutableSurveyChangeRule.Builder {}
}
