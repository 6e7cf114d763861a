package org.learningmentor.core.survey;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;

/**
 * A survey was closed: it takes no more responses.
 *
 * <p>JSON type name {@code "survey.closed"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableSurveyClosed.class, name = "survey.closed"))
public non-sealed interface SurveyClosed extends SurveyEvent {

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required. */
    final class Builder extends ImmutableSurveyClosed.Builder {}
}
