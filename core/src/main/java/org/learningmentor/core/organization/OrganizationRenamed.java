package org.learningmentor.core.organization;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.Violations;

/**
 * The organization was given a new name, by {@link Organization#rename}.
 *
 * <p>Checked as the organization is: each translation of both names is at most {@value
 * OrgUnit#NAME_MAX_LENGTH} characters ({@code common.text.too-long}).
 *
 * <p>JSON type name {@code "organization.organization-renamed"}. This type is immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSubTypes(
        @JsonSubTypes.Type(value = ImmutableOrganizationRenamed.class, name = "organization.organization-renamed"))
public abstract non-sealed class OrganizationRenamed implements OrganizationEvent {

    OrganizationRenamed() {}

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
    public static final class Builder extends ImmutableOrganizationRenamed.Builder {}
}
