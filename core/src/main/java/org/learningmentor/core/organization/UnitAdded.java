package org.learningmentor.core.organization;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.Violations;

/**
 * A unit (work community) was added to the organization's unit tree.
 *
 * <p>Checked as a unit is: the code is a well-formed unit code ({@code
 * organization.unit.code-malformed}) and each translation of the name is at most {@value
 * OrgUnit#NAME_MAX_LENGTH} characters ({@code common.text.too-long}).
 *
 * <p>JSON type name {@code "organization.unit-added"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableUnitAdded.class, name = "organization.unit-added"))
public abstract non-sealed class UnitAdded implements OrganizationEvent {

    UnitAdded() {}

    /**
     * Returns the new unit.
     *
     * @return the unit's id, never null
     */
    @JsonProperty("unitId")
    public abstract OrgUnitId unitId();

    /**
     * Returns the unit's code, unique in the organization.
     *
     * @return the code, never null
     */
    @JsonProperty("code")
    public abstract String code();

    /**
     * Returns the unit's name.
     *
     * @return the name, never null
     */
    @JsonProperty("name")
    public abstract LocalizedText name();

    /**
     * Returns the parent unit.
     *
     * @return the parent's id, empty for a top-level unit
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
     * Checks the code and the name.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        OrgUnit.checkCode(code(), "code", violations);
        violations.checkMaxLength(name(), OrgUnit.NAME_MAX_LENGTH, "name");
        violations.throwIfAny();
    }

    /** Builds the event; every attribute is required unless optional. */
    public static final class Builder extends ImmutableUnitAdded.Builder {}
}
