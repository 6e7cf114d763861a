package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.learningmentor.core.common.EnumNames;

/** Why a survey figure is hidden. In JSON a suppression is its name. */
public enum Suppression {
    /** The group has fewer respondents than the organization's anonymity threshold. */
    BELOW_THRESHOLD,
    /**
     * The group is hidden so that another hidden group cannot be recovered by subtracting visible
     * groups from a visible total (complementary suppression).
     */
    COMPLEMENTARY;

    /**
     * Returns the suppression of the given name, exactly as {@link #name()} writes it; a number is refused.
     *
     * @param name the name, such as {@code "BELOW_THRESHOLD"}, not null
     * @return the suppression, never null
     * @throws org.learningmentor.core.common.ValidationException with {@code evaluation.suppression.unknown}
     */
    @JsonCreator
    public static Suppression parse(String name) {
        return EnumNames.parse(Suppression.class, name, EvaluationViolation.SUPPRESSION_UNKNOWN, "suppressed");
    }
}
