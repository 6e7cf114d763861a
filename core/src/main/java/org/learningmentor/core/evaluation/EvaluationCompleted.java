package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;

/**
 * A programme was evaluated against a rule set: the counts of the findings by outcome.
 *
 * <p>JSON type name {@code "evaluation.completed"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableEvaluationCompleted.class, name = "evaluation.completed"))
public non-sealed interface EvaluationCompleted extends EvaluationEvent {

    /**
     * Returns the id of the rule set used.
     *
     * @return the id, never null
     */
    @JsonProperty("ruleSetId")
    String ruleSetId();

    /**
     * Returns how many rules passed.
     *
     * @return the count, not negative
     */
    @JsonProperty("passed")
    int passed();

    /**
     * Returns how many rules failed.
     *
     * @return the count, not negative
     */
    @JsonProperty("failed")
    int failed();

    /**
     * Returns how many rules were not evaluable.
     *
     * @return the count, not negative
     */
    @JsonProperty("notEvaluable")
    int notEvaluable();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required. */
    final class Builder extends ImmutableEvaluationCompleted.Builder {}
}
