package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.learningmentor.core.common.EnumNames;

/**
 * The four levels of Kirkpatrick's training-evaluation model, which every rule is tagged with. In
 * JSON a level is its name, such as {@code "BEHAVIOUR"}.
 */
public enum KirkpatrickLevel {
    /** Level 1: how the participants reacted. */
    REACTION,
    /** Level 2: what they learned. */
    LEARNING,
    /** Level 3: how their behaviour changed at work. */
    BEHAVIOUR,
    /** Level 4: the results for the organization. */
    RESULTS;

    /**
     * Returns the level of the given name, exactly as {@link #name()} writes it; a number is refused.
     *
     * @param name the name, such as {@code "RESULTS"}, not null
     * @return the level, never null
     * @throws org.learningmentor.core.common.ValidationException with {@code evaluation.level.unknown}
     */
    @JsonCreator
    public static KirkpatrickLevel parse(String name) {
        return EnumNames.parse(KirkpatrickLevel.class, name, EvaluationViolation.LEVEL_UNKNOWN, "level");
    }
}
