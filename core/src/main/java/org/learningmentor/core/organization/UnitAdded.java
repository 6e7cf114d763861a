package org.learningmentor.core.organization;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;

/**
 * A unit (work community) was added to the organization's unit tree.
 *
 * <p>JSON type name {@code "organization.unit-added"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableUnitAdded.class, name = "organization.unit-added"))
public non-sealed interface UnitAdded extends OrganizationEvent {

    /**
     * Returns the new unit, never null.
     *
     * @return the new unit, never null
     */
    OrgUnitId unitId();

    /**
     * Returns the unit's code, unique in the organization, never null.
     *
     * @return the unit's code, unique in the organization, never null
     */
    String code();

    /**
     * Returns the unit's name, never null.
     *
     * @return the unit's name, never null
     */
    LocalizedText name();

    /**
     * Returns the parent unit, empty for a top-level unit.
     *
     * @return the parent unit, empty for a top-level unit
     */
    Optional<OrgUnitId> parentId();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional. */
    final class Builder extends ImmutableUnitAdded.Builder {}
}
