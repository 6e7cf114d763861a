package org.learningmentor.core.pair;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;

/**
 * The proposer withdrew the proposal before an answer; the pair is {@link PairStatus#WITHDRAWN}.
 *
 * <p>JSON type name {@code "pair.proposal-withdrawn"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutablePairProposalWithdrawn.class, name = "pair.proposal-withdrawn"))
public non-sealed interface PairProposalWithdrawn extends PairEvent {

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required. */
    final class Builder extends ImmutablePairProposalWithdrawn.Builder {}
}
