package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;
import org.learningmentor.core.common.PersonId;

/**
 * A mentor left the programme; their records stay.
 *
 * <p>JSON type name {@code "program.mentor-withdrawn"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableMentorWithdrawn.class, name = "program.mentor-withdrawn"))
public non-sealed interface MentorWithdrawn extends ProgramEvent {

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
    final class Builder extends ImmutableMentorWithdrawn.Builder {}
}
