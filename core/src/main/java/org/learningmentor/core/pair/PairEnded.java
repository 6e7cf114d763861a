package org.learningmentor.core.pair;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;

/**
 * An active pair ended, by a member or HR, with a reason; the pair is {@link PairStatus#ENDED}. The note given, if any, stays in the pair's history and is not carried here.
 *
 * <p>JSON type name {@code "pair.ended"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutablePairEnded.class, name = "pair.ended"))
public non-sealed interface PairEnded extends PairEvent {

    /**
     * Returns why the pair ended.
     *
     * @return the reason, never null
     */
    @JsonProperty("reason")
    PairEndReason reason();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required. */
    final class Builder extends ImmutablePairEnded.Builder {}
}
