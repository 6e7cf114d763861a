package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.SessionId;

/**
 * The attendance of an enrolled mentor at a held session was recorded (or corrected).
 *
 * <p>JSON type name {@code "program.attendance-recorded"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableAttendanceRecorded.class, name = "program.attendance-recorded"))
public non-sealed interface AttendanceRecorded extends ProgramEvent {

    /**
     * Returns the session.
     *
     * @return the session, never null
     */
    @JsonProperty("sessionId")
    SessionId sessionId();

    /**
     * Returns the mentor.
     *
     * @return the mentor, never null
     */
    @JsonProperty("mentorId")
    PersonId mentorId();

    /**
     * Returns whether the mentor was present.
     *
     * @return whether the mentor was present
     */
    @JsonProperty("present")
    boolean present();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional or a list. */
    final class Builder extends ImmutableAttendanceRecorded.Builder {}
}
