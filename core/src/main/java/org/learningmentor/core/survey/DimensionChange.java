package org.learningmentor.core.survey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The change of one dimension's mean in a group shown in two profiles: before, after and the
 * difference (after − before; positive is an improvement).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public interface DimensionChange {

    /**
     * Returns the dimension's code.
     *
     * @return the code, never null
     */
    @JsonProperty("dimension")
    String dimension();

    /**
     * Returns the mean in the earlier profile.
     *
     * @return the mean, never null
     */
    @JsonProperty("before")
    BigDecimal before();

    /**
     * Returns the mean in the later profile.
     *
     * @return the mean, never null
     */
    @JsonProperty("after")
    BigDecimal after();

    /**
     * Returns after − before.
     *
     * @return the difference, never null
     */
    @JsonProperty("difference")
    BigDecimal difference();

    /**
     * Returns a new builder; every attribute is required.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    @JsonCreator
    private static DimensionChange fromJson(ImmutableDimensionChange value) {
        return value;
    }

    /** Builds a change. */
    final class Builder extends ImmutableDimensionChange.Builder {}
}
