package org.learningmentor.core.pair;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.PersonId;

/**
 * One suggested pair with its explanation: the two people, the score and what each {@link
 * Criterion} contributed to it. For a mentor–mentee pair {@link #first()} is the mentor and {@link
 * #second()} the mentee; for a mentor pair {@link #first()} has the smaller id.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PairSuggestion {

    /**
     * Returns the first person: the mentor of a mentor–mentee pair.
     *
     * @return the person id, never null
     */
    @JsonProperty("first")
    PersonId first();

    /**
     * Returns the second person: the mentee of a mentor–mentee pair.
     *
     * @return the person id, never null
     */
    @JsonProperty("second")
    PersonId second();

    /**
     * Returns the pair's score: the sum of the contributions' points.
     *
     * @return the score, above zero in a suggestion
     */
    @JsonProperty("score")
    double score();

    /**
     * Returns what each criterion contributed, in {@link Criterion} order, one entry per criterion
     * (a criterion that gave nothing has 0 points).
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("contributions")
    List<CriterionContribution> contributions();

    /**
     * Returns the contribution of a criterion.
     *
     * @param criterion the criterion, not null
     * @return the contribution, empty when the list holds none for it
     */
    default Optional<CriterionContribution> contribution(Criterion criterion) {
        return contributions().stream().filter(c -> c.criterion() == criterion).findFirst();
    }

    /**
     * Returns a new builder; every attribute is required.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a suggestion. */
    final class Builder extends ImmutablePairSuggestion.Builder {}

    @JsonCreator
    private static PairSuggestion fromJson(ImmutablePairSuggestion value) {
        return value;
    }
}
