package org.learningmentor.core.survey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The score of one dimension in a shown group of a {@link CultureProfile}: the mean and the sample
 * standard deviation of the respondents' dimension scores (each the mean of the respondent's answers
 * to the dimension's items, reverse-keyed ones inverted), rounded to {@value CultureProfiles#SCALE}
 * decimals and written without trailing zeros, and the number of respondents.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public interface DimensionScore {

    /**
     * Returns the dimension's code.
     *
     * @return the code, never null
     */
    @JsonProperty("dimension")
    String dimension();

    /**
     * Returns the mean of the respondents' dimension scores, on the instrument's scale.
     *
     * @return the mean, never null
     */
    @JsonProperty("mean")
    BigDecimal mean();

    /**
     * Returns the sample standard deviation (divided by {@code n − 1}) of the respondents'
     * dimension scores.
     *
     * @return the standard deviation, never null, not negative
     */
    @JsonProperty("standardDeviation")
    BigDecimal standardDeviation();

    /**
     * Returns the number of respondents scored.
     *
     * @return the count, at least the anonymity threshold
     */
    @JsonProperty("respondents")
    int respondents();

    /**
     * Returns a new builder; every attribute is required.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    @JsonCreator
    private static DimensionScore fromJson(ImmutableDimensionScore value) {
        return value;
    }

    /** Builds a score. */
    final class Builder extends ImmutableDimensionScore.Builder {}
}
