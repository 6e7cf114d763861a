package org.learningmentor.core.organization;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;
import org.learningmentor.core.common.OrgUnitId;

/**
 * A unit was closed; it stays in the tree for history but takes no new members or children.
 *
 * <p>JSON type name {@code "organization.unit-closed"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableUnitClosed.class, name = "organization.unit-closed"))
public non-sealed interface UnitClosed extends OrganizationEvent {

    /**
     * Returns the closed unit, never null.
     *
     * @return the closed unit, never null
     */
    OrgUnitId unitId();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional. */
    final class Builder extends ImmutableUnitClosed.Builder {}
}
