package org.learningmentor.core.pair;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.immutables.value.Value;
import org.learningmentor.core.common.PersonId;

/**
 * The result of a {@link PairSuggester}: an optimal set of pairs for one {@link PairKind}, the total
 * score and the candidates left without a pair.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PairSuggestions {

    /**
     * Returns the kind of the suggested pairs.
     *
     * @return the kind, never null
     */
    @JsonProperty("kind")
    PairKind kind();

    /**
     * Returns the suggested pairs, ordered by {@link PairSuggestion#first()}'s id; each person
     * appears at most once.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("suggestions")
    List<PairSuggestion> suggestions();

    /**
     * Returns the sum of the suggestions' scores, the largest any allowed set of pairs reaches.
     *
     * @return the total, not negative
     */
    @JsonProperty("totalScore")
    double totalScore();

    /**
     * Returns the candidates in no suggested pair, ordered by id.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("unmatched")
    List<PersonId> unmatched();

    /**
     * Returns a new builder; {@code kind} and {@code totalScore} are required.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a result. */
    final class Builder extends ImmutablePairSuggestions.Builder {}

    @JsonCreator
    private static PairSuggestions fromJson(ImmutablePairSuggestions value) {
        return value;
    }
}
