package org.learningmentor.core.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.ActionItemId;
import org.learningmentor.core.common.DevelopmentTargetId;
import org.learningmentor.core.common.GoalId;
import org.learningmentor.core.common.OrgUnitId;

/**
 * The owners edited a draft or returned plan: {@link #edit()} says what changed and the optional ids say which record.
 *
 * <p>JSON type name {@code "plan.edited"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutablePlanEdited.class, name = "plan.edited"))
public non-sealed interface PlanEdited extends PlanEvent {

    /**
     * Returns what changed.
     *
     * @return the kind of edit, never null
     */
    @JsonProperty("edit")
    PlanEdit edit();

    /**
     * Returns the goal linked, unlinked, scaled or weighted.
     *
     * @return the goal's id, or empty for other edits
     */
    @JsonProperty("goalId")
    Optional<GoalId> goalId();

    /**
     * Returns the development target linked or unlinked.
     *
     * @return the target's id, or empty for other edits
     */
    @JsonProperty("targetId")
    Optional<DevelopmentTargetId> targetId();

    /**
     * Returns the target unit added or removed.
     *
     * @return the unit's id, or empty for other edits
     */
    @JsonProperty("unitId")
    Optional<OrgUnitId> unitId();

    /**
     * Returns the action item added, changed or removed.
     *
     * @return the item's id, or empty for other edits
     */
    @JsonProperty("itemId")
    Optional<ActionItemId> itemId();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional or a list. */
    final class Builder extends ImmutablePlanEdited.Builder {}
}
