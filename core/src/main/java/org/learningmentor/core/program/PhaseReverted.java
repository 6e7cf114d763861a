package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;

/**
 * The programme went back to its previous phase. The reason is recorded in the programme's
 * {@linkplain MentoringProgram#phaseHistory() phase history} only: it is free text that may be
 * about people, and events travel further (an outbox, other systems).
 *
 * <p>JSON type name {@code "program.phase-reverted"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutablePhaseReverted.class, name = "program.phase-reverted"))
public non-sealed interface PhaseReverted extends ProgramEvent {

    /**
     * Returns the phase it left.
     *
     * @return the phase, never null
     */
    @JsonProperty("fromPhase")
    ProgramPhase fromPhase();

    /**
     * Returns the phase it went back to, the one before {@link #fromPhase()}.
     *
     * @return the phase, never null
     */
    @JsonProperty("toPhase")
    ProgramPhase toPhase();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required. */
    final class Builder extends ImmutablePhaseReverted.Builder {}
}
