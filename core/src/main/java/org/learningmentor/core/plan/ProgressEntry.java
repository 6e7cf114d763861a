package org.learningmentor.core.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.learningmentor.core.common.CheckpointId;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.ProgressEntryId;
import org.learningmentor.core.common.Violations;

/**
 * A record of progress on an approved {@link MentorPlan} (seuranta): the day, an optional note, new
 * statuses of action items and, at a monitoring checkpoint of the programme, a goal attainment
 * rating per linked goal.
 *
 * <pre>{@code
 * ProgressEntry entry = ProgressEntry.builder()
 *         .id(entryId)
 *         .date(LocalDate.of(2026, 9, 15))
 *         .note("Two teams now hold monthly feedback sessions")
 *         .addStatusChanges(ActionStatusChange.of(itemId, ActionStatus.DONE))
 *         .addRatings(GoalRating.of(goalId, 1))
 *         .checkpointId(checkpointId)
 *         .build();
 * }</pre>
 *
 * <p>The note may speak of people: it is redacted from {@code toString()} and never copied into
 * events. Built by the builder or read from JSON, the note is not blank ({@code plan.text.blank})
 * nor longer than {@value LocalizedText#MAX_LENGTH} characters, and an entry changes each item and
 * rates each goal at most once ({@code plan.id.duplicate}). Whether the items and goals are the
 * plan's is checked when the entry is recorded. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class ProgressEntry {

    ProgressEntry() {}

    /**
     * Returns the entry's identity.
     *
     * @return the id, never null
     */
    @JsonProperty("id")
    public abstract ProgressEntryId id();

    /**
     * Returns the day the progress was observed.
     *
     * @return the date, never null
     */
    @JsonProperty("date")
    public abstract LocalDate date();

    /**
     * Returns the owners' note.
     *
     * @return the note, or empty
     */
    @JsonProperty("note")
    @Value.Redacted
    public abstract Optional<String> note();

    /**
     * Returns the new statuses of action items.
     *
     * @return an unmodifiable list, each item at most once; never null
     */
    @JsonProperty("statusChanges")
    public abstract List<ActionStatusChange> statusChanges();

    /**
     * Returns the goal attainment ratings.
     *
     * @return an unmodifiable list, each goal at most once; never null
     */
    @JsonProperty("ratings")
    public abstract List<GoalRating> ratings();

    /**
     * Returns the programme's monitoring checkpoint the entry was made at.
     *
     * @return the checkpoint's id, or empty for an entry between checkpoints
     */
    @JsonProperty("checkpointId")
    public abstract Optional<CheckpointId> checkpointId();

    /**
     * Returns a new builder; the id and the date are required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the note and that items and goals appear once.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        note().ifPresent(text -> {
            if (violations.check(!text.isBlank(), PlanViolation.TEXT_BLANK, "note")) {
                violations.checkMaxLength(text, LocalizedText.MAX_LENGTH, "note");
            }
        });
        Set<Object> items = new HashSet<>();
        for (int i = 0; i < statusChanges().size(); i++) {
            Object id = statusChanges().get(i).itemId();
            violations.check(items.add(id), PlanViolation.ID_DUPLICATE, "statusChanges[" + i + "].itemId", id);
        }
        Set<Object> goals = new HashSet<>();
        for (int i = 0; i < ratings().size(); i++) {
            Object id = ratings().get(i).goalId();
            violations.check(goals.add(id), PlanViolation.ID_DUPLICATE, "ratings[" + i + "].goalId", id);
        }
        violations.throwIfAny();
    }

    @JsonCreator
    private static ProgressEntry fromJson(ImmutableProgressEntry value) {
        return value;
    }

    /** Builds an entry; throws a {@link org.learningmentor.core.common.ValidationException} listing every violation. */
    public static final class Builder extends ImmutableProgressEntry.Builder {}
}
