package org.learningmentor.core.pair;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;
import org.learningmentor.core.common.PersonId;

/**
 * HR paired two people directly; the pair is {@link PairStatus#ACTIVE} at once. The actor is the HR person.
 *
 * <p>JSON type name {@code "pair.formed"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutablePairFormed.class, name = "pair.formed"))
public non-sealed interface PairFormed extends PairEvent {

    /**
     * Returns the kind of pair.
     *
     * @return the kind, never null
     */
    @JsonProperty("kind")
    PairKind kind();

    /**
     * Returns the first member: the proposer, or the mentor of a mentor–mentee pair.
     *
     * @return the person id, never null
     */
    @JsonProperty("firstId")
    PersonId firstId();

    /**
     * Returns the second member: the person proposed to, or the mentee.
     *
     * @return the person id, never null
     */
    @JsonProperty("secondId")
    PersonId secondId();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required. */
    final class Builder extends ImmutablePairFormed.Builder {}
}
