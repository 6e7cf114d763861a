package org.learningmentor.core.person;

import org.learningmentor.core.common.ViolationCode;

/**
 * The violation codes of the person aggregate: invalid data ({@link
 * org.learningmentor.core.common.ValidationException}), refused enrolment commands ({@link
 * EnrollmentException}) and refused commands on roles, unit and manager ({@link
 * PersonRuleException}). Messages never quote personal data: a name, an e-mail address or a reason
 * is described by its length only ({@code common.text.too-long}).
 */
public enum PersonViolation implements ViolationCode {
    /** The display name is blank. */
    DISPLAY_NAME_BLANK("person.display-name.blank"),
    /** The e-mail address is not a plausible address such as {@code aino.virtanen@example.fi}. */
    EMAIL_MALFORMED("person.email.malformed"),
    /** The person has no role. */
    ROLES_EMPTY("person.roles.empty"),
    /**
     * The person's only role is {@link Role#MENTOR}: they need another, because MENTOR lasts only
     * while their consent is in force and a withdrawal would leave them with none.
     */
    ROLES_ONLY_MENTOR("person.roles.only-mentor"),
    /** The person holds {@link Role#MENTOR} without consent that is in force. */
    ROLES_MENTOR_WITHOUT_CONSENT("person.roles.mentor-without-consent"),
    /** The person's mentor consent is in force but they lack {@link Role#MENTOR}. */
    ROLES_MENTOR_MISSING("person.roles.mentor-missing"),
    /**
     * A role read from JSON is not the name of a {@link Role} constant, such as {@code "WIZARD"} or
     * a number; the message lists the names allowed.
     */
    ROLE_UNKNOWN("person.role.unknown"),
    /**
     * {@link Role#MENTOR} was given to a role command or a role event: the role follows mentor
     * consent ({@link Person#volunteerAsMentor}, {@link Person#withdrawMentorConsent}) and is
     * neither granted nor revoked on its own.
     */
    ROLE_MENTOR_BY_CONSENT("person.role.mentor-by-consent"),
    /** Refused: the role to grant is already held. */
    ROLE_ALREADY_HELD("person.role.already-held"),
    /** Refused: the role to revoke is not held. */
    ROLE_NOT_HELD("person.role.not-held"),
    /**
     * Refused: the role to revoke is the person's last role apart from {@link Role#MENTOR} (which
     * follows consent); a person needs at least one.
     */
    ROLE_LAST("person.role.last"),
    /**
     * The person would move to the unit they already work in: a refused command, or an event that
     * changes nothing.
     */
    UNIT_UNCHANGED("person.unit.unchanged"),
    /** The person is named as their own manager. */
    MANAGER_SELF("person.manager.self"),
    /**
     * The manager to assign is the one the person already has (or none, when they have none): a
     * refused command, or an event that changes nothing.
     */
    MANAGER_UNCHANGED("person.manager.unchanged"),
    /** The optimistic-locking version is negative. */
    VERSION_NEGATIVE("person.version.negative"),
    /**
     * A consent kind read from JSON is not {@code GIVEN} or {@code WITHDRAWN}, such as a number;
     * the message lists the names allowed.
     */
    CONSENT_KIND_UNKNOWN("person.consent-kind.unknown"),
    /** A withdrawal of consent gives no reason. */
    CONSENT_REASON_MISSING("person.consent.reason-missing"),
    /** A withdrawal of consent gives a blank reason. */
    CONSENT_REASON_BLANK("person.consent.reason-blank"),
    /** A record of consent given carries a reason; only withdrawals do. */
    CONSENT_REASON_UNEXPECTED("person.consent.reason-unexpected"),
    /** The consent history does not start with consent given. */
    ENROLLMENT_FIRST_NOT_GIVEN("person.enrollment.first-not-given"),
    /** Two consecutive records of the consent history are of the same kind. */
    ENROLLMENT_NOT_ALTERNATING("person.enrollment.not-alternating"),
    /** A record of the consent history is earlier than the one before it. */
    ENROLLMENT_OUT_OF_ORDER("person.enrollment.out-of-order"),
    /** Refused: the person volunteered while already a consenting mentor. */
    ENROLLMENT_ALREADY_CONSENTING("person.enrollment.already-consenting"),
    /** Refused: the person withdrew consent that is not in force. */
    ENROLLMENT_NO_ACTIVE_CONSENT("person.enrollment.no-active-consent"),
    /** Refused: the command's time is earlier than the last record of the consent history. */
    ENROLLMENT_TIME_BEFORE_LAST_RECORD("person.enrollment.time-before-last-record");

    private final String code;

    PersonViolation(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
