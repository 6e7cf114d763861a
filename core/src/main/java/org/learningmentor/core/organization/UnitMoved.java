package org.learningmentor.core.organization;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.OrgUnitId;

/**
 * A unit was moved under another parent, or to the top level.
 *
 * <p>JSON type name {@code "organization.unit-moved"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableUnitMoved.class, name = "organization.unit-moved"))
public non-sealed interface UnitMoved extends OrganizationEvent {

    /**
     * Returns the moved unit, never null.
     *
     * @return the moved unit, never null
     */
    OrgUnitId unitId();

    /**
     * Returns the parent before the move, empty when it was a top-level unit.
     *
     * @return the parent before the move, empty when it was a top-level unit
     */
    Optional<OrgUnitId> previousParentId();

    /**
     * Returns the parent after the move, empty when it is now a top-level unit.
     *
     * @return the parent after the move, empty when it is now a top-level unit
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
    final class Builder extends ImmutableUnitMoved.Builder {}
}
