package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import org.learningmentor.core.common.PersonId;

/**
 * Whether one enrolled mentor was present at a {@link TrainingSession}. This type is immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public interface Attendance {

    /**
     * Returns the mentor.
     *
     * @return the mentor's id, never null
     */
    @JsonProperty("mentorId")
    PersonId mentorId();

    /**
     * Returns whether the mentor was present.
     *
     * @return true when present
     */
    @JsonProperty("present")
    boolean present();

    /**
     * Returns the attendance of a mentor.
     *
     * @param mentorId the mentor, not null
     * @param present whether present
     * @return the attendance, never null
     */
    static Attendance of(PersonId mentorId, boolean present) {
        return builder().mentorId(mentorId).present(present).build();
    }

    /**
     * Returns a new builder; both attributes are required.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    @JsonCreator
    private static Attendance fromJson(ImmutableAttendance value) {
        return value;
    }

    /** Builds an attendance. */
    final class Builder extends ImmutableAttendance.Builder {}
}
