package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;
import org.learningmentor.core.common.PersonId;

/**
 * A volunteer with mentor consent in force enrolled as a mentor of the programme.
 *
 * <p>JSON type name {@code "program.mentor-enrolled"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableMentorEnrolled.class, name = "program.mentor-enrolled"))
public non-sealed interface MentorEnrolled extends ProgramEvent {

    /**
     * Returns the mentor.
     *
     * @return the mentor, never null
     */
    @JsonProperty("mentorId")
    PersonId mentorId();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional or a list. */
    final class Builder extends ImmutableMentorEnrolled.Builder {}
}
