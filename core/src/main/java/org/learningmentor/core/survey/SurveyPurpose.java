package org.learningmentor.core.survey;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.learningmentor.core.common.EnumNames;

/** Why a survey is run in a programme. */
public enum SurveyPurpose {
    /** Before the programme: the starting point of the learning-culture analysis. */
    BASELINE,
    /** During or after implementation, compared with the baseline. */
    FOLLOW_UP,
    /** Outcome survey (participation, communality, meaningful work, commitment, motivation). */
    OUTCOME;

    /**
     * Returns the purpose with exactly this name, for JSON.
     *
     * @param name the name, such as {@code "BASELINE"}, not null
     * @return the purpose, never null
     * @throws org.learningmentor.core.common.ValidationException with {@code survey.purpose.unknown}
     *     when no purpose has the name
     */
    @JsonCreator
    public static SurveyPurpose parse(String name) {
        return EnumNames.parse(SurveyPurpose.class, name, SurveyViolation.PURPOSE_UNKNOWN, "purpose");
    }
}
