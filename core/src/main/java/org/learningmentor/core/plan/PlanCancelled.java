package org.learningmentor.core.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;

/**
 * A plan was abandoned; it is {@link PlanStatus#CANCELLED}.
 *
 * <p>JSON type name {@code "plan.cancelled"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutablePlanCancelled.class, name = "plan.cancelled"))
public non-sealed interface PlanCancelled extends PlanEvent {

    /**
     * Returns the status the plan had before.
     *
     * @return the status, never null
     */
    @JsonProperty("previousStatus")
    PlanStatus previousStatus();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional or a list. */
    final class Builder extends ImmutablePlanCancelled.Builder {}
}
