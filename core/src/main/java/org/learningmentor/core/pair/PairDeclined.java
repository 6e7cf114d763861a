package org.learningmentor.core.pair;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;

/**
 * The person proposed to declined; the pair is {@link PairStatus#DECLINED}. The actor is that person.
 *
 * <p>JSON type name {@code "pair.declined"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutablePairDeclined.class, name = "pair.declined"))
public non-sealed interface PairDeclined extends PairEvent {

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required. */
    final class Builder extends ImmutablePairDeclined.Builder {}
}
