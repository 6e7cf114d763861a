package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;
import org.learningmentor.core.common.SessionId;

/**
 * A training session was held.
 *
 * <p>JSON type name {@code "program.session-held"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableSessionHeld.class, name = "program.session-held"))
public non-sealed interface SessionHeld extends ProgramEvent {

    /**
     * Returns the session.
     *
     * @return the session, never null
     */
    @JsonProperty("sessionId")
    SessionId sessionId();

    /**
     * Returns its ordinal.
     *
     * @return its ordinal
     */
    @JsonProperty("ordinal")
    int ordinal();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional or a list. */
    final class Builder extends ImmutableSessionHeld.Builder {}
}
