package org.learningmentor.core.organization;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;
import org.learningmentor.core.common.OrgUnitId;

/**
 * A unit was closed; it stays in the tree for history but takes no new members or children. It
 * carries only ids, which are checked when they are read.
 *
 * <p>JSON type name {@code "organization.unit-closed"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableUnitClosed.class, name = "organization.unit-closed"))
public non-sealed interface UnitClosed extends OrganizationEvent {

    /**
     * Returns the closed unit.
     *
     * @return the unit's id, never null
     */
    @JsonProperty("unitId")
    OrgUnitId unitId();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required. */
    final class Builder extends ImmutableUnitClosed.Builder {}
}
