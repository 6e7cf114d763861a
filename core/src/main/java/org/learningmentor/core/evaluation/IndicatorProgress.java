package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.IndicatorId;

/**
 * How far one indicator has come: the latest actual value measured on or before the evaluation date
 * and its progress (actual − baseline) ÷ (target − baseline), uncapped (above 1 beyond the target,
 * below 0 away from it).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public interface IndicatorProgress {

    /**
     * Returns the indicator.
     *
     * @return the id, never null
     */
    @JsonProperty("indicatorId")
    IndicatorId indicatorId();

    /**
     * Returns the latest actual value on or before the evaluation date.
     *
     * @return the value, or empty when none was measured
     */
    @JsonProperty("actual")
    Optional<BigDecimal> actual();

    /**
     * Returns the progress from the baseline to the target, rounded to 10 decimals.
     *
     * @return the progress, or empty when nothing was measured
     */
    @JsonProperty("progress")
    Optional<BigDecimal> progress();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    @JsonCreator
    private static IndicatorProgress fromJson(ImmutableIndicatorProgress value) {
        return value;
    }

    /** Builds an indicator's progress. */
    final class Builder extends ImmutableIndicatorProgress.Builder {}
}
