package org.learningmentor.core.plan;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;

/**
 * The owners submitted a plan to HR for approval; it is {@link PlanStatus#SUBMITTED}.
 *
 * <p>JSON type name {@code "plan.submitted"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutablePlanSubmitted.class, name = "plan.submitted"))
public non-sealed interface PlanSubmitted extends PlanEvent {

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional or a list. */
    final class Builder extends ImmutablePlanSubmitted.Builder {}
}
