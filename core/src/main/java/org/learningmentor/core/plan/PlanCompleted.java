package org.learningmentor.core.plan;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;

/**
 * A plan was carried out; it is {@link PlanStatus#COMPLETED}.
 *
 * <p>JSON type name {@code "plan.completed"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutablePlanCompleted.class, name = "plan.completed"))
public non-sealed interface PlanCompleted extends PlanEvent {

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional or a list. */
    final class Builder extends ImmutablePlanCompleted.Builder {}
}
