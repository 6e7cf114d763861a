package org.learningmentor.core.plan;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;

/**
 * HR approved a plan; it is {@link PlanStatus#APPROVED} and carried out.
 *
 * <p>JSON type name {@code "plan.approved"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutablePlanApproved.class, name = "plan.approved"))
public non-sealed interface PlanApproved extends PlanEvent {

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional or a list. */
    final class Builder extends ImmutablePlanApproved.Builder {}
}
