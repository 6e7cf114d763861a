package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;

/**
 * A development target was chosen.
 *
 * <p>JSON type name {@code "program.development-target-chosen"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(
        @JsonSubTypes.Type(value = ImmutableDevelopmentTargetChosen.class, name = "program.development-target-chosen"))
public non-sealed interface DevelopmentTargetChosen extends ProgramEvent {

    /**
     * Returns the target.
     *
     * @return the target, never null
     */
    @JsonProperty("target")
    DevelopmentTarget target();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional or a list. */
    final class Builder extends ImmutableDevelopmentTargetChosen.Builder {}
}
