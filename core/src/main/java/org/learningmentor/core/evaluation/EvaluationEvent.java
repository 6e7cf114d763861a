package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.EvaluationId;
import org.learningmentor.core.common.ProgramId;

/**
 * An event of the {@link Evaluation} aggregate. Events carry ids and counts, never the facts or
 * anything about people. Reading ignores fields it does not know.
 */
@JsonSubTypes({@JsonSubTypes.Type(EvaluationCompleted.class)})
public sealed interface EvaluationEvent extends DomainEvent permits EvaluationCompleted {

    /**
     * Returns the evaluation the event concerns.
     *
     * @return the evaluation's id, never null
     */
    @JsonProperty("evaluationId")
    EvaluationId evaluationId();

    /**
     * Returns the programme evaluated.
     *
     * @return the programme's id, never null
     */
    @JsonProperty("programId")
    ProgramId programId();
}
