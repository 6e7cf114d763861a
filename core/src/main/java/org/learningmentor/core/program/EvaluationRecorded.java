package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The programme's evaluation was recorded as done.
 *
 * <p>JSON type name {@code "program.evaluation-recorded"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableEvaluationRecorded.class, name = "program.evaluation-recorded"))
public non-sealed interface EvaluationRecorded extends ProgramEvent {

    /**
     * Returns the day the evaluation was done.
     *
     * @return the day the evaluation was done, never null
     */
    @JsonProperty("evaluatedOn")
    LocalDate evaluatedOn();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional or a list. */
    final class Builder extends ImmutableEvaluationRecorded.Builder {}
}
