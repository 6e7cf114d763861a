package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.Violations;

/**
 * The result of computing a metric: a value, or no value with the {@link Reason} why (data missing,
 * a group below the anonymity threshold, a zero denominator). Exactly one of {@link #value()} and
 * {@link #reason()} is present.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class MetricValue {

    MetricValue() {}

    /**
     * Returns the value.
     *
     * @return the value, or empty when the metric is not available
     */
    @JsonProperty("value")
    public abstract Optional<BigDecimal> value();

    /**
     * Returns why the metric is not available.
     *
     * @return the reason, present exactly when {@link #value()} is empty
     */
    @JsonProperty("reason")
    public abstract Optional<Reason> reason();

    /**
     * Returns whether the metric has a value.
     *
     * @return true when {@link #value()} is present
     */
    @JsonIgnore
    public boolean isAvailable() {
        return value().isPresent();
    }

    /**
     * Returns a value.
     *
     * @param value the value, not null
     * @return the metric value, never null
     */
    public static MetricValue of(BigDecimal value) {
        return ImmutableMetricValue.builder()
                .value(Objects.requireNonNull(value, "value"))
                .build();
    }

    /**
     * Returns no value, for a reason.
     *
     * @param reason the reason, such as {@link FindingReason#DATA_MISSING}, not null
     * @param arguments the arguments of the reason's message, not null
     * @return the metric value, never null
     */
    public static MetricValue notAvailable(FindingReason reason, Object... arguments) {
        return ImmutableMetricValue.builder()
                .reason(Reason.of(Objects.requireNonNull(reason, "reason"), arguments))
                .build();
    }

    /**
     * Checks that exactly one of the value and the reason is present.
     *
     * @throws org.learningmentor.core.common.ValidationException otherwise
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        if (value().isPresent() && reason().isPresent()) {
            violations.add(EvaluationViolation.FINDING_VALUE_WHEN_NOT_EVALUABLE, "value");
        }
        violations.check(
                value().isPresent() || reason().isPresent(),
                org.learningmentor.core.common.CommonViolation.VALUE_REQUIRED,
                "value");
        violations.throwIfAny();
    }

    @JsonCreator
    private static MetricValue fromJson(ImmutableMetricValue value) {
        return value;
    }
}
