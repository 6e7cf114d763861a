package org.learningmentor.core.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.CheckpointId;
import org.learningmentor.core.common.ProgressEntryId;

/**
 * Progress on an approved plan was recorded: the entry's day, checkpoint, new item statuses and goal
 * ratings. The entry's note stays in the plan: it may speak of people.
 *
 * <p>JSON type name {@code "plan.progress-recorded"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableProgressRecorded.class, name = "plan.progress-recorded"))
public non-sealed interface ProgressRecorded extends PlanEvent {

    /**
     * Returns the entry recorded.
     *
     * @return the entry's id, never null
     */
    @JsonProperty("entryId")
    ProgressEntryId entryId();

    /**
     * Returns the day the progress was observed.
     *
     * @return the date, never null
     */
    @JsonProperty("date")
    LocalDate date();

    /**
     * Returns the programme's monitoring checkpoint.
     *
     * @return the checkpoint's id, or empty
     */
    @JsonProperty("checkpointId")
    Optional<CheckpointId> checkpointId();

    /**
     * Returns the new statuses of action items.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("statusChanges")
    List<ActionStatusChange> statusChanges();

    /**
     * Returns the goal attainment ratings.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("ratings")
    List<GoalRating> ratings();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional or a list. */
    final class Builder extends ImmutableProgressRecorded.Builder {}
}
