package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;
import org.learningmentor.core.goal.ProgramGoal;

/**
 * Management set a goal of the programme, or revised one (same id).
 *
 * <p>JSON type name {@code "program.goal-set"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableGoalSet.class, name = "program.goal-set"))
public non-sealed interface GoalSet extends ProgramEvent {

    /**
     * Returns the goal as set.
     *
     * @return the goal as set, never null
     */
    @JsonProperty("goal")
    ProgramGoal goal();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional or a list. */
    final class Builder extends ImmutableGoalSet.Builder {}
}
