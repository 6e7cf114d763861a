package org.learningmentor.core.plan;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;

/**
 * HR returned a plan for changes; it is {@link PlanStatus#RETURNED}. HR's comments stay in the plan ({@link MentorPlan#hrComments()}): they may speak of people.
 *
 * <p>JSON type name {@code "plan.returned"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutablePlanReturned.class, name = "plan.returned"))
public non-sealed interface PlanReturned extends PlanEvent {

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional or a list. */
    final class Builder extends ImmutablePlanReturned.Builder {}
}
