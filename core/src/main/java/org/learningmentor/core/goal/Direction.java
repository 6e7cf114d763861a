package org.learningmentor.core.goal;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.learningmentor.core.common.EnumNames;
import org.learningmentor.core.common.ValidationException;

/**
 * Which way an {@link Indicator} improves. In JSON a direction is its name, such as {@code
 * "HIGHER_IS_BETTER"}.
 */
public enum Direction {
    /** A larger value is better, e.g. the share of staff who took part in peer learning. */
    HIGHER_IS_BETTER,
    /** A smaller value is better, e.g. the days until a newcomer works independently. */
    LOWER_IS_BETTER;

    /**
     * Returns the direction of the given name, exactly as {@link #name()} writes it. Reading JSON
     * uses this, so a number (an ordinal) is refused rather than taken as a position in this list.
     *
     * @param name the name, such as {@code "LOWER_IS_BETTER"}, not null
     * @return the direction, never null
     * @throws ValidationException with {@code goal.direction.unknown} when no direction has that name
     */
    @JsonCreator
    public static Direction parse(String name) {
        return EnumNames.parse(Direction.class, name, GoalViolation.DIRECTION_UNKNOWN, "direction");
    }
}
