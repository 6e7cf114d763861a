package org.learningmentor.core.organization;

import org.learningmentor.core.common.ViolationCode;

/**
 * The violation codes of the {@link Organization} aggregate: structural violations found when an
 * organization, a unit or the settings are built (thrown in a {@link
 * org.learningmentor.core.common.ValidationException}), and the rules by which a unit-tree command
 * is refused (thrown in a {@link UnitTreeException}, or an {@link OrganizationChangeException} for
 * the organization's own name, settings and languages). A rule that is both, such as a duplicate
 * unit code, has one code for both. Events read from JSON are checked with the same codes.
 */
public enum OrganizationViolation implements ViolationCode {
    /** An organization lists no language. */
    LANGUAGES_EMPTY("organization.languages.empty"),
    /** An organization lists a language more than once. */
    LANGUAGE_DUPLICATE("organization.languages.duplicate"),
    /** The anonymity threshold is below {@value OrganizationSettings#MIN_ANONYMITY_THRESHOLD}. */
    THRESHOLD_TOO_LOW("organization.settings.threshold-too-low"),
    /** The default template code is not a well-formed code. */
    TEMPLATE_MALFORMED("organization.settings.template-malformed"),
    /** A unit code is not 1–32 letters, digits, hyphens or underscores starting with a letter or digit. */
    UNIT_CODE_MALFORMED("organization.unit.code-malformed"),
    /** Two units have the same id. */
    UNIT_ID_DUPLICATE("organization.unit.id-duplicate"),
    /** Two units have the same code, compared ignoring case. */
    UNIT_CODE_DUPLICATE("organization.unit.code-duplicate"),
    /** A unit's parent is not a unit of the organization (an orphan). */
    PARENT_UNKNOWN("organization.unit.parent-unknown"),
    /** A unit would be, or is, its own ancestor. */
    CYCLE("organization.unit.cycle"),
    /** An active unit would be, or is, under a closed unit. */
    PARENT_CLOSED("organization.unit.parent-closed"),
    /** A command names a unit the organization does not have. */
    UNIT_UNKNOWN("organization.unit.unknown"),
    /** A command would change a closed unit. */
    UNIT_CLOSED("organization.unit.closed"),
    /** A unit that still has active sub-units cannot be closed. */
    ACTIVE_CHILDREN("organization.unit.active-children"),
    /** A rename to the name the unit already has. */
    NAME_UNCHANGED("organization.unit.name-unchanged"),
    /** A move to the parent the unit already has. */
    PARENT_UNCHANGED("organization.unit.parent-unchanged"),
    /** A unit status in JSON that is not the exact name of a {@link UnitStatus}. */
    UNIT_STATUS_UNKNOWN("organization.unit-status.unknown"),
    /** The optimistic-locking version is negative. */
    VERSION_NEGATIVE("organization.version.negative"),
    /** A rename of the organization to the name it already has. */
    ORGANIZATION_NAME_UNCHANGED("organization.name.unchanged"),
    /** A change of the settings to the settings the organization already has. */
    SETTINGS_UNCHANGED("organization.settings.unchanged"),
    /** A change of the languages to the languages, in the order, the organization already has. */
    LANGUAGES_UNCHANGED("organization.languages.unchanged");

    private final String code;

    OrganizationViolation(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
