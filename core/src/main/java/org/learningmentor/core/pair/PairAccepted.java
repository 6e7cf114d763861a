package org.learningmentor.core.pair;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;

/**
 * The person proposed to accepted; the pair is {@link PairStatus#ACTIVE}. The actor is that person.
 *
 * <p>JSON type name {@code "pair.accepted"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutablePairAccepted.class, name = "pair.accepted"))
public non-sealed interface PairAccepted extends PairEvent {

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required. */
    final class Builder extends ImmutablePairAccepted.Builder {}
}
