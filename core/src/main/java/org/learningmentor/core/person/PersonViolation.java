package org.learningmentor.core.person;

import org.learningmentor.core.common.ViolationCode;

/**
 * The violation codes of the person aggregate: invalid data ({@link
 * org.learningmentor.core.common.ValidationException}) and refused enrolment commands ({@link
 * EnrollmentException}). Messages never quote personal data: a name, an e-mail address or a reason
 * is described by its length only.
 */
public enum PersonViolation implements ViolationCode {
    /** The display name is blank. */
    DISPLAY_NAME_BLANK("person.display-name.blank"),
    /** The display name is longer than {@link Person#MAX_DISPLAY_NAME_LENGTH}. */
    DISPLAY_NAME_TOO_LONG("person.display-name.too-long"),
    /** The e-mail address is not a plausible address such as {@code aino.virtanen@example.fi}. */
    EMAIL_MALFORMED("person.email.malformed"),
    /** The e-mail address is longer than {@link Person#MAX_EMAIL_LENGTH}. */
    EMAIL_TOO_LONG("person.email.too-long"),
    /** The person has no role. */
    ROLES_EMPTY("person.roles.empty"),
    /** The person holds {@link Role#MENTOR} without consent that is in force. */
    ROLES_MENTOR_WITHOUT_CONSENT("person.roles.mentor-without-consent"),
    /** The person's mentor consent is in force but they lack {@link Role#MENTOR}. */
    ROLES_MENTOR_MISSING("person.roles.mentor-missing"),
    /** The person is named as their own manager. */
    MANAGER_SELF("person.manager.self"),
    /** The optimistic-locking version is negative. */
    VERSION_NEGATIVE("person.version.negative"),
    /** A withdrawal of consent gives no reason. */
    CONSENT_REASON_MISSING("person.consent.reason-missing"),
    /** A withdrawal of consent gives a blank reason. */
    CONSENT_REASON_BLANK("person.consent.reason-blank"),
    /** The reason of a withdrawal is longer than {@link ConsentRecord#MAX_REASON_LENGTH}. */
    CONSENT_REASON_TOO_LONG("person.consent.reason-too-long"),
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
