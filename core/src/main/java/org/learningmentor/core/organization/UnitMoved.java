package org.learningmentor.core.organization;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.Violations;

/**
 * A unit was moved under another parent, or to the top level.
 *
 * <p>Checked as the unit tree is: neither the parent before nor the parent after the move is the
 * unit itself ({@code organization.unit.cycle} at {@code previousParentId} or {@code parentId}).
 *
 * <p>JSON type name {@code "organization.unit-moved"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableUnitMoved.class, name = "organization.unit-moved"))
public abstract non-sealed class UnitMoved implements OrganizationEvent {

    UnitMoved() {}

    /**
     * Returns the moved unit.
     *
     * @return the unit's id, never null
     */
    @JsonProperty("unitId")
    public abstract OrgUnitId unitId();

    /**
     * Returns the parent before the move.
     *
     * @return the previous parent's id, empty when it was a top-level unit
     */
    @JsonProperty("previousParentId")
    public abstract Optional<OrgUnitId> previousParentId();

    /**
     * Returns the parent after the move.
     *
     * @return the new parent's id, empty when it is now a top-level unit
     */
    @JsonProperty("parentId")
    public abstract Optional<OrgUnitId> parentId();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks that the unit is not its own parent, before or after.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        previousParentId()
                .ifPresent(parent -> violations.check(
                        !parent.equals(unitId()), OrganizationViolation.CYCLE, "previousParentId", unitId(), parent));
        parentId()
                .ifPresent(parent -> violations.check(
                        !parent.equals(unitId()), OrganizationViolation.CYCLE, "parentId", unitId(), parent));
        violations.throwIfAny();
    }

    /** Builds the event; every attribute is required unless optional. */
    public static final class Builder extends ImmutableUnitMoved.Builder {}
}
