package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.learningmentor.core.common.MeetingId;
import org.learningmentor.core.common.PersonId;

/**
 * Mentors met HR. The notes stay in the programme; the event carries no free text.
 *
 * <p>JSON type name {@code "program.mentor-hr-meeting-held"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableMentorHrMeetingHeld.class, name = "program.mentor-hr-meeting-held"))
public non-sealed interface MentorHrMeetingHeld extends ProgramEvent {

    /**
     * Returns the meeting.
     *
     * @return the meeting, never null
     */
    @JsonProperty("meetingId")
    MeetingId meetingId();

    /**
     * Returns the day of the meeting.
     *
     * @return the day of the meeting, never null
     */
    @JsonProperty("date")
    LocalDate date();

    /**
     * Returns who attended.
     *
     * @return who attended, an unmodifiable list
     */
    @JsonProperty("attendees")
    List<PersonId> attendees();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional or a list. */
    final class Builder extends ImmutableMentorHrMeetingHeld.Builder {}
}
