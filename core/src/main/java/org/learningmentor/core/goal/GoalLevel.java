package org.learningmentor.core.goal;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.learningmentor.core.common.EnumNames;
import org.learningmentor.core.common.ValidationException;

/**
 * The level at which a goal supports learning: the model works on three levels at once, the
 * organization, the work community and the individual. In JSON a level is its name, such as {@code
 * "WORK_COMMUNITY"}.
 */
public enum GoalLevel {
    /** The whole organization. */
    ORGANIZATION,
    /** One work community ({@code OrgUnit}); the goal names the unit. */
    WORK_COMMUNITY,
    /** Individual employees. */
    INDIVIDUAL;

    /**
     * Returns the level of the given name, exactly as {@link #name()} writes it. Reading JSON uses
     * this, so a number (an ordinal) is refused rather than taken as a position in this list.
     *
     * @param name the name, such as {@code "ORGANIZATION"}, not null
     * @return the level, never null
     * @throws ValidationException with {@code goal.level.unknown} when no level has that name
     */
    @JsonCreator
    public static GoalLevel parse(String name) {
        return EnumNames.parse(GoalLevel.class, name, GoalViolation.LEVEL_UNKNOWN, "level");
    }
}
