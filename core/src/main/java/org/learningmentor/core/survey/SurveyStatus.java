package org.learningmentor.core.survey;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.learningmentor.core.common.EnumNames;

/** Whether a survey takes responses. */
public enum SurveyStatus {
    /** Responses are accepted. */
    OPEN,
    /** No more responses; the results are final. */
    CLOSED;

    /**
     * Returns the status with exactly this name, for JSON.
     *
     * @param name the name, such as {@code "OPEN"}, not null
     * @return the status, never null
     * @throws org.learningmentor.core.common.ValidationException with {@code survey.status.unknown}
     *     when no status has the name
     */
    @JsonCreator
    public static SurveyStatus parse(String name) {
        return EnumNames.parse(SurveyStatus.class, name, SurveyViolation.STATUS_UNKNOWN, "status");
    }
}
