package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.SessionId;
import org.learningmentor.core.common.Violations;

/**
 * A training session (valmennuskerta, työpaja) of the mentor training: its ordinal (1 for the
 * first), topic, date, whether it was held, and the attendance of each enrolled mentor. Checked:
 * the ordinal at least 1 ({@code program.session.ordinal}); the topic at most {@value
 * LocalizedText#NAME_MAX_LENGTH} characters per translation; no mentor's attendance twice ({@code
 * program.person.duplicate}); attendance only once the session is held ({@code
 * program.session.not-held}). This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class TrainingSession {

    TrainingSession() {}

    /**
     * Returns the session's identity.
     *
     * @return the id, never null
     */
    @JsonProperty("id")
    public abstract SessionId id();

    /**
     * Returns the session's place in the training, 1 for the first.
     *
     * @return the ordinal, at least 1
     */
    @JsonProperty("ordinal")
    public abstract int ordinal();

    /**
     * Returns the session's topic, from the template unless tailored.
     *
     * @return the topic, never null
     */
    @JsonProperty("topic")
    public abstract LocalizedText topic();

    /**
     * Returns the day the session is scheduled for (and held on).
     *
     * @return the date, never null
     */
    @JsonProperty("date")
    public abstract LocalDate date();

    /**
     * Returns whether the session was held.
     *
     * @return true once held; false unless set
     */
    @JsonProperty("held")
    @Value.Default
    public boolean held() {
        return false;
    }

    /**
     * Returns the attendance recorded, one entry per mentor, in the order recorded.
     *
     * @return an unmodifiable list, empty before the session is held
     */
    @JsonProperty("attendance")
    public abstract List<Attendance> attendance();

    /**
     * Returns the attendance of a mentor.
     *
     * @param mentorId the mentor, not null
     * @return the attendance, or empty when none is recorded
     * @throws NullPointerException when {@code mentorId} is null
     */
    public Optional<Attendance> attendanceOf(PersonId mentorId) {
        Objects.requireNonNull(mentorId, "mentorId");
        return attendance().stream().filter(a -> a.mentorId().equals(mentorId)).findFirst();
    }

    /** Returns a held copy; for the programme's commands. */
    abstract TrainingSession withHeld(boolean held);

    /** Returns a copy with other attendance; for the programme's commands. */
    abstract TrainingSession withAttendance(Iterable<? extends Attendance> attendance);

    /**
     * Returns a new builder; {@code id}, {@code ordinal}, {@code topic} and {@code date} are required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the ordinal, the topic and the attendance.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        violations.check(ordinal() >= 1, ProgramViolation.SESSION_ORDINAL, "ordinal", 1, ordinal());
        violations.checkMaxLength(topic(), LocalizedText.NAME_MAX_LENGTH, "topic");
        Checks.checkUniquePeople(attendance().stream().map(Attendance::mentorId).toList(), "attendance", violations);
        violations.check(held() || attendance().isEmpty(), ProgramViolation.SESSION_NOT_HELD, "attendance", id());
        violations.throwIfAny();
    }

    @JsonCreator
    private static TrainingSession fromJson(ImmutableTrainingSession value) {
        return value;
    }

    /** Builds a session. */
    public static final class Builder extends ImmutableTrainingSession.Builder {}
}
