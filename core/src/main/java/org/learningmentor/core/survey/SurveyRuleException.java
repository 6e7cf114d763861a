package org.learningmentor.core.survey;

import java.util.List;
import java.util.Objects;
import org.learningmentor.core.common.DomainRuleException;
import org.learningmentor.core.common.SurveyId;
import org.learningmentor.core.common.Violation;

/**
 * A survey command or a response that a rule refused, such as an answer to a closed survey:
 * {@code "Survey 3f2a… cannot accept a response: survey 3f2a… is closed"}. {@link #violations()}
 * lists every rule broken, with codes from {@link SurveyViolation}; the message joins their English
 * messages. The survey is unchanged. The exception is serializable.
 */
public final class SurveyRuleException extends DomainRuleException {

    private static final long serialVersionUID = 1L;

    private final SurveyId surveyId;

    /**
     * Creates the exception.
     *
     * @param surveyId the survey, not null
     * @param action what was refused, in English, such as {@code "accept a response"}
     * @param violations the rules broken, not null and not empty
     */
    SurveyRuleException(SurveyId surveyId, String action, List<Violation> violations) {
        super(
                "Survey " + Objects.requireNonNull(surveyId, "surveyId") + " cannot "
                        + Objects.requireNonNull(action, "action") + ": " + englishMessages(violations),
                violations);
        this.surveyId = surveyId;
    }

    /**
     * Returns the survey the refused command concerned.
     *
     * @return the survey's id, never null
     */
    public SurveyId surveyId() {
        return surveyId;
    }
}
