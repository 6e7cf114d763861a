package org.learningmentor.core.organization;

/** Whether a unit ({@link OrgUnit}) is in use. In JSON the constant's name, such as {@code "ACTIVE"}. */
public enum UnitStatus {
    /** The unit is in use: it can take people, sub-units, a new name or a new place in the tree. */
    ACTIVE,
    /**
     * The unit was closed (Finnish <i>lakkautettu</i>). It stays in the tree so that history, such as
     * past survey audiences, still names it, and its code stays taken; it takes no changes and no
     * active sub-units.
     */
    CLOSED
}
