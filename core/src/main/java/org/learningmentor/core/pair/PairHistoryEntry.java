package org.learningmentor.core.pair;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violations;

/**
 * One step of a {@link MentoringPair}'s history: the status the pair entered, when, and who acted;
 * an end also records its {@link PairEndReason} and, optionally, a note.
 *
 * <pre>{@code
 * PairHistoryEntry.builder().status(PairStatus.ENDED).at(at).actor(hr.id())
 *     .reason(PairEndReason.REORGANISED).note("Unit merged into services").build();
 * }</pre>
 *
 * <p>Checked: a reason exactly on an {@link PairStatus#ENDED} entry ({@code
 * pair.history.reason-mismatch}); a note only on an end ({@code pair.note.unexpected}), not blank
 * ({@code pair.note.blank}) and at most {@value #MAX_NOTE_LENGTH} characters ({@code
 * common.text.too-long}). The note is free text that may be about the people: it never appears in
 * {@link #toString()} and never in an event. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class PairHistoryEntry {

    /** The longest note accepted, in characters. */
    public static final int MAX_NOTE_LENGTH = 2_000;

    PairHistoryEntry() {}

    /**
     * Returns the status the pair entered.
     *
     * @return the status, never null
     */
    @JsonProperty("status")
    public abstract PairStatus status();

    /**
     * Returns when, from the clock the caller passed to the command.
     *
     * @return the instant, never null
     */
    @JsonProperty("at")
    public abstract Instant at();

    /**
     * Returns who acted.
     *
     * @return the actor's id, never null
     */
    @JsonProperty("actor")
    public abstract PersonId actor();

    /**
     * Returns why the pair ended: present exactly on an {@link PairStatus#ENDED} entry.
     *
     * @return the reason, empty for other entries
     */
    @JsonProperty("reason")
    public abstract Optional<PairEndReason> reason();

    /**
     * Returns the note recorded with an end, such as what was reorganised. Free text, redacted from
     * {@link #toString()}.
     *
     * @return the note, empty when none was given (always empty for other entries)
     */
    @JsonProperty("note")
    @Value.Redacted
    public abstract Optional<String> note();

    /**
     * Returns a new builder; {@code status}, {@code at} and {@code actor} are required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    @JsonCreator
    private static PairHistoryEntry fromJson(ImmutablePairHistoryEntry value) {
        return value;
    }

    /**
     * Checks the reason and the note against the status.
     *
     * @throws ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        boolean ended = status() == PairStatus.ENDED;
        violations.check(reason().isPresent() == ended, PairViolation.HISTORY_REASON_MISMATCH, "reason", status());
        if (note().isPresent()) {
            String note = note().get();
            violations.check(ended, PairViolation.NOTE_UNEXPECTED, "note", status());
            violations.check(!note.isBlank(), PairViolation.NOTE_BLANK, "note");
            violations.checkMaxLength(note, MAX_NOTE_LENGTH, "note");
        }
        violations.throwIfAny();
    }

    /** Builds an entry; throws a {@link ValidationException} listing every violation. */
    public static final class Builder extends ImmutablePairHistoryEntry.Builder {}
}
