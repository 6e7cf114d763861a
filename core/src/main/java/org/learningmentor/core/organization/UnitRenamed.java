package org.learningmentor.core.organization;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;

/**
 * A unit was given a new name.
 *
 * <p>JSON type name {@code "organization.unit-renamed"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableUnitRenamed.class, name = "organization.unit-renamed"))
public non-sealed interface UnitRenamed extends OrganizationEvent {

    /**
     * Returns the renamed unit, never null.
     *
     * @return the renamed unit, never null
     */
    OrgUnitId unitId();

    /**
     * Returns the previous name, never null.
     *
     * @return the previous name, never null
     */
    LocalizedText previousName();

    /**
     * Returns the new name, never null.
     *
     * @return the new name, never null
     */
    LocalizedText name();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional. */
    final class Builder extends ImmutableUnitRenamed.Builder {}
}
