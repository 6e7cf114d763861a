package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.CheckpointId;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.Violations;

/**
 * A monitoring checkpoint (seuranta) during implementation: when progress was reviewed, what was
 * reviewed and notes. Checked: notes, when given, not blank and not too long; they may speak of
 * people, so they never appear in {@link #toString()}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class MonitoringCheckpoint {

    MonitoringCheckpoint() {}

    /**
     * Returns the checkpoint's identity.
     *
     * @return the id, never null
     */
    @JsonProperty("id")
    public abstract CheckpointId id();

    /**
     * Returns the day of the review.
     *
     * @return the date, never null
     */
    @JsonProperty("date")
    public abstract LocalDate date();

    /**
     * Returns what was reviewed, such as "Progress of the pair plans".
     *
     * @return the description, never null
     */
    @JsonProperty("reviewed")
    public abstract LocalizedText reviewed();

    /**
     * Returns the notes, redacted from {@link #toString()}.
     *
     * @return the notes, or empty
     */
    @JsonProperty("notes")
    @Value.Redacted
    public abstract Optional<String> notes();

    /**
     * Returns a new builder; every attribute but the notes is required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the notes.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        Checks.checkNotes(notes(), "notes", violations);
        violations.throwIfAny();
    }

    @JsonCreator
    private static MonitoringCheckpoint fromJson(ImmutableMonitoringCheckpoint value) {
        return value;
    }

    /** Builds a checkpoint. */
    public static final class Builder extends ImmutableMonitoringCheckpoint.Builder {}
}
