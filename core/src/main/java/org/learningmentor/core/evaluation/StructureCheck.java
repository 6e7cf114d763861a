package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.learningmentor.core.common.EnumNames;

/**
 * The structural checks of a {@link StructureRule}: whether the programme has the parts the model
 * needs, whatever the figures. In JSON a check is its name.
 */
public enum StructureCheck {
    /** At least one goal, and every goal has at least one indicator (baseline and target). */
    GOALS_HAVE_INDICATORS,
    /**
     * The action items of the programme's action plan and of every plan not cancelled have an owner
     * and a due date, and there is at least one action item.
     */
    ACTION_PLAN_HAS_OWNERS_AND_DATES,
    /** At least one monitoring checkpoint was held on or before the evaluation date. */
    CHECKPOINTS_HELD,
    /**
     * A baseline exists (a baseline survey date or baseline scores) and a point to compare it with (a
     * follow-up or outcome score, or an indicator measured on or before the evaluation date).
     */
    EVALUATION_PLANNED;

    /**
     * Returns the check of the given name, exactly as {@link #name()} writes it; a number is refused.
     *
     * @param name the name, such as {@code "CHECKPOINTS_HELD"}, not null
     * @return the check, never null
     * @throws org.learningmentor.core.common.ValidationException with {@code evaluation.check.unknown}
     */
    @JsonCreator
    public static StructureCheck parse(String name) {
        return EnumNames.parse(StructureCheck.class, name, EvaluationViolation.CHECK_UNKNOWN, "check");
    }
}
