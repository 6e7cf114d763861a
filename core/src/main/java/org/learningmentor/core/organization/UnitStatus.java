package org.learningmentor.core.organization;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.learningmentor.core.common.EnumNames;

/** Whether a unit ({@link OrgUnit}) is in use. In JSON the constant's name, such as {@code "ACTIVE"}. */
public enum UnitStatus {
    /** The unit is in use: it can take people, sub-units, a new name or a new place in the tree. */
    ACTIVE,
    /**
     * The unit was closed (Finnish <i>lakkautettu</i>). It stays in the tree so that history, such as
     * past survey audiences, still names it, and its code stays taken; it takes no changes and no
     * active sub-units.
     */
    CLOSED;

    /**
     * Returns the status of the given name, exactly as {@link #name()} writes it. Reading JSON uses
     * this, so a number (an ordinal) or a name in another case is refused rather than guessed.
     *
     * @param name the name, such as {@code "CLOSED"}, not null
     * @return the status, never null
     * @throws org.learningmentor.core.common.ValidationException with {@code
     *     organization.unit-status.unknown} at {@code status} when no status has that name
     */
    @JsonCreator
    public static UnitStatus parse(String name) {
        return EnumNames.parse(UnitStatus.class, name, OrganizationViolation.UNIT_STATUS_UNKNOWN, "status");
    }
}
