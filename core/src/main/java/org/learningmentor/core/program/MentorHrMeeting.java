package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.MeetingId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.Violations;

/**
 * A meeting of mentors with HR (mentorien ja HR:n tapaaminen) during or after the training.
 * Checked: at least one attendee, none twice; notes, when given, not blank and not too long. The
 * notes may speak of people, so they never appear in {@link #toString()}. This type is immutable
 * and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class MentorHrMeeting {

    MentorHrMeeting() {}

    /**
     * Returns the meeting's identity.
     *
     * @return the id, never null
     */
    @JsonProperty("id")
    public abstract MeetingId id();

    /**
     * Returns the day of the meeting.
     *
     * @return the date, never null
     */
    @JsonProperty("date")
    public abstract LocalDate date();

    /**
     * Returns who attended: mentors and HR.
     *
     * @return an unmodifiable, non-empty list, no one twice
     */
    @JsonProperty("attendees")
    public abstract List<PersonId> attendees();

    /**
     * Returns the notes of the meeting, redacted from {@link #toString()}.
     *
     * @return the notes, or empty
     */
    @JsonProperty("notes")
    @Value.Redacted
    public abstract Optional<String> notes();

    /**
     * Returns a new builder; {@code id}, {@code date} and an attendee are required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the attendees and the notes.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        violations.check(!attendees().isEmpty(), ProgramViolation.PEOPLE_EMPTY, "attendees");
        Checks.checkUniquePeople(attendees(), "attendees", violations);
        Checks.checkNotes(notes(), "notes", violations);
        violations.throwIfAny();
    }

    @JsonCreator
    private static MentorHrMeeting fromJson(ImmutableMentorHrMeeting value) {
        return value;
    }

    /** Builds a meeting. */
    public static final class Builder extends ImmutableMentorHrMeeting.Builder {}
}
