package org.learningmentor.core.survey;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.learningmentor.core.common.EnumNames;

/** Why the figures of a group are not shown; see {@link CultureProfiles}. */
public enum Suppression {
    /** The group has fewer respondents than the anonymity threshold. */
    BELOW_THRESHOLD,
    /**
     * The group is large enough, but showing it would let someone work out a smaller, suppressed
     * group by subtraction.
     */
    COMPLEMENTARY;

    /**
     * Returns the reason with exactly this name, for JSON.
     *
     * @param name the name, such as {@code "BELOW_THRESHOLD"}, not null
     * @return the reason, never null
     * @throws org.learningmentor.core.common.ValidationException with {@code
     *     survey.suppression.unknown} when no reason has the name
     */
    @JsonCreator
    public static Suppression parse(String name) {
        return EnumNames.parse(Suppression.class, name, SurveyViolation.SUPPRESSION_UNKNOWN, "suppression");
    }
}
