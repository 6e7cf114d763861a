package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.learningmentor.core.common.SessionId;

/**
 * A training session was scheduled.
 *
 * <p>JSON type name {@code "program.session-scheduled"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableSessionScheduled.class, name = "program.session-scheduled"))
public non-sealed interface SessionScheduled extends ProgramEvent {

    /**
     * Returns the session.
     *
     * @return the session, never null
     */
    @JsonProperty("sessionId")
    SessionId sessionId();

    /**
     * Returns its ordinal, 1 for the first.
     *
     * @return its ordinal, 1 for the first
     */
    @JsonProperty("ordinal")
    int ordinal();

    /**
     * Returns the day it is scheduled for.
     *
     * @return the day it is scheduled for, never null
     */
    @JsonProperty("date")
    LocalDate date();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional or a list. */
    final class Builder extends ImmutableSessionScheduled.Builder {}
}
