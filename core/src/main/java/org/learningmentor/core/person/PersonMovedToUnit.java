package org.learningmentor.core.person;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violations;

/**
 * A person moved to another unit (work community) of their organization. Emitted by {@link
 * Person#moveToUnit}; the previous and the new unit always differ.
 *
 * <p>JSON type name {@code "person.person-moved-to-unit"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutablePersonMovedToUnit.class, name = "person.person-moved-to-unit"))
public abstract non-sealed class PersonMovedToUnit implements PersonEvent {

    PersonMovedToUnit() {}

    /**
     * Returns the person who moved.
     *
     * @return the person's id, never null
     */
    @JsonProperty("personId")
    @Override
    public abstract PersonId personId();

    /**
     * Returns the unit the person worked in before the move.
     *
     * @return the previous unit, never null
     */
    @JsonProperty("previousUnitId")
    public abstract OrgUnitId previousUnitId();

    /**
     * Returns the unit the person works in after the move.
     *
     * @return the new unit, never null
     */
    @JsonProperty("unitId")
    public abstract OrgUnitId unitId();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks that the units differ.
     *
     * @throws ValidationException with {@code person.unit.unchanged} at path {@code unitId}
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        violations.check(!unitId().equals(previousUnitId()), PersonViolation.UNIT_UNCHANGED, "unitId", unitId());
        violations.throwIfAny();
    }

    /** Builds the event; every attribute is required. */
    public static final class Builder extends ImmutablePersonMovedToUnit.Builder {}
}
