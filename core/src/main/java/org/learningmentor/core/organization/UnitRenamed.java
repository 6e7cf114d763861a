package org.learningmentor.core.organization;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.Violations;

/**
 * A unit was given a new name.
 *
 * <p>Checked as a unit is: each translation of both names is at most {@value
 * OrgUnit#NAME_MAX_LENGTH} characters ({@code common.text.too-long}).
 *
 * <p>JSON type name {@code "organization.unit-renamed"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableUnitRenamed.class, name = "organization.unit-renamed"))
public abstract non-sealed class UnitRenamed implements OrganizationEvent {

    UnitRenamed() {}

    /**
     * Returns the renamed unit.
     *
     * @return the unit's id, never null
     */
    @JsonProperty("unitId")
    public abstract OrgUnitId unitId();

    /**
     * Returns the name before the rename.
     *
     * @return the previous name, never null
     */
    @JsonProperty("previousName")
    public abstract LocalizedText previousName();

    /**
     * Returns the new name.
     *
     * @return the name, never null
     */
    @JsonProperty("name")
    public abstract LocalizedText name();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the lengths of both names.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        violations.checkMaxLength(previousName(), OrgUnit.NAME_MAX_LENGTH, "previousName");
        violations.checkMaxLength(name(), OrgUnit.NAME_MAX_LENGTH, "name");
        violations.throwIfAny();
    }

    /** Builds the event; every attribute is required. */
    public static final class Builder extends ImmutableUnitRenamed.Builder {}
}
