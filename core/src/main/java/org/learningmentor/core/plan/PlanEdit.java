package org.learningmentor.core.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.learningmentor.core.common.EnumNames;

/**
 * What an editing command of a {@link MentorPlan} changed, as a {@link PlanEdited} event tells it.
 * In JSON the constant's name, such as {@code "GOAL_LINKED"}.
 */
public enum PlanEdit {
    /** The title changed. */
    TITLE_CHANGED,
    /** A programme goal was linked; the event names the goal. */
    GOAL_LINKED,
    /** A goal was unlinked, with its scale and weight; the event names the goal. */
    GOAL_UNLINKED,
    /** A development target was linked; the event names the target. */
    TARGET_LINKED,
    /** A development target was unlinked; the event names the target. */
    TARGET_UNLINKED,
    /** A target unit was added; the event names the unit. */
    UNIT_ADDED,
    /** A target unit was removed; the event names the unit. */
    UNIT_REMOVED,
    /** An action item was added; the event names the item. */
    ACTION_ITEM_ADDED,
    /** An action item was changed; the event names the item. */
    ACTION_ITEM_UPDATED,
    /** An action item was removed; the event names the item. */
    ACTION_ITEM_REMOVED,
    /** A goal's attainment scale was set; the event names the goal. */
    SCALE_SET,
    /** A goal's weight was set; the event names the goal. */
    WEIGHT_SET,
    /** The support needed from HR was described or cleared. */
    SUPPORT_DESCRIBED,
    /** The monitoring dates were set. */
    MONITORING_DATES_SET;

    /**
     * Returns the edit of exactly the given name, as JSON holds it.
     *
     * @param name the constant name, not null
     * @return the edit, never null
     * @throws org.learningmentor.core.common.ValidationException with {@code plan.edit.unknown} at
     *     {@code edit} when no edit has the name
     */
    @JsonCreator
    public static PlanEdit parse(String name) {
        return EnumNames.parse(PlanEdit.class, name, PlanViolation.EDIT_UNKNOWN, "edit");
    }
}
