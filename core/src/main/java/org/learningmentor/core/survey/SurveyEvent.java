package org.learningmentor.core.survey;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.SurveyId;

/**
 * An event of the {@link Survey} aggregate: {@link SurveyOpened} and {@link SurveyClosed}.
 *
 * <p>Accepting a response emits <em>no</em> event on purpose: an event names its actor and its
 * time, and either would link the anonymous answers to a person. Reading ignores fields it does
 * not know.
 */
@JsonSubTypes({@JsonSubTypes.Type(SurveyOpened.class), @JsonSubTypes.Type(SurveyClosed.class)})
public sealed interface SurveyEvent extends DomainEvent permits SurveyOpened, SurveyClosed {

    /**
     * Returns the survey the event concerns.
     *
     * @return the survey's id, never null
     */
    @JsonProperty("surveyId")
    SurveyId surveyId();
}
