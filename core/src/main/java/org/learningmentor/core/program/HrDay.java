package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.HrDayId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.Violations;

/**
 * An HR day (HR-päivä): a workshop where HR and learning and development experts analyse their
 * learning culture and prepare the main goals. Checked: at least one participant, none twice
 * ({@code program.people.empty}, {@code program.person.duplicate}); notes, when given, not blank and
 * at most {@value org.learningmentor.core.common.LocalizedText#MAX_LENGTH} characters. The notes may
 * speak of people, so they never appear in {@link #toString()}. This type is immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class HrDay {

    HrDay() {}

    /**
     * Returns the HR day's identity.
     *
     * @return the id, never null
     */
    @JsonProperty("id")
    public abstract HrDayId id();

    /**
     * Returns the day it was held.
     *
     * @return the date, never null
     */
    @JsonProperty("date")
    public abstract LocalDate date();

    /**
     * Returns who took part.
     *
     * @return an unmodifiable, non-empty list, no one twice
     */
    @JsonProperty("participants")
    public abstract List<PersonId> participants();

    /**
     * Returns the notes of the day; personal data may be in them, so they are redacted from {@link
     * #toString()}.
     *
     * @return the notes, or empty
     */
    @JsonProperty("notes")
    @Value.Redacted
    public abstract Optional<String> notes();

    /**
     * Returns a new builder; {@code id}, {@code date} and a participant are required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the participants and the notes.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        violations.check(!participants().isEmpty(), ProgramViolation.PEOPLE_EMPTY, "participants");
        Checks.checkUniquePeople(participants(), "participants", violations);
        Checks.checkNotes(notes(), "notes", violations);
        violations.throwIfAny();
    }

    @JsonCreator
    private static HrDay fromJson(ImmutableHrDay value) {
        return value;
    }

    /** Builds an HR day. */
    public static final class Builder extends ImmutableHrDay.Builder {}
}
