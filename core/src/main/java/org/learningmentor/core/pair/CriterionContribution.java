package org.learningmentor.core.pair;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;

/**
 * What one {@link Criterion} added to a {@link PairSuggestion}'s score: its value for the pair
 * (0–1) and the points it gave ({@code weight × value}), for example "different units: 1 × 3 = 3
 * points".
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public interface CriterionContribution {

    /**
     * Returns the criterion.
     *
     * @return the criterion, never null
     */
    @JsonProperty("criterion")
    Criterion criterion();

    /**
     * Returns how well the pair meets the criterion.
     *
     * @return the value, 0–1
     */
    @JsonProperty("value")
    double value();

    /**
     * Returns the points the criterion added to the score: its weight times {@link #value()}.
     *
     * @return the points, not negative
     */
    @JsonProperty("points")
    double points();

    /**
     * Returns a new builder; every attribute is required.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a contribution. */
    final class Builder extends ImmutableCriterionContribution.Builder {}

    @JsonCreator
    private static CriterionContribution fromJson(ImmutableCriterionContribution value) {
        return value;
    }
}
