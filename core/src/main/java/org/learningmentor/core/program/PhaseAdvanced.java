package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;

/**
 * The programme advanced to its next phase, every blocking condition met.
 *
 * <p>JSON type name {@code "program.phase-advanced"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutablePhaseAdvanced.class, name = "program.phase-advanced"))
public non-sealed interface PhaseAdvanced extends ProgramEvent {

    /**
     * Returns the phase it left.
     *
     * @return the phase it left, never null
     */
    @JsonProperty("fromPhase")
    ProgramPhase fromPhase();

    /**
     * Returns the phase it entered.
     *
     * @return the phase it entered, never null
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

    /** Builds the event; every attribute is required unless optional or a list. */
    final class Builder extends ImmutablePhaseAdvanced.Builder {}
}
