package org.learningmentor.core.person;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.learningmentor.core.common.EnumNames;
import org.learningmentor.core.common.ValidationException;

/**
 * A role a person holds in an organization's learning-mentoring programme; a person holds one or
 * more. Roles drive what a person may do once the runtime authorizes use cases.
 *
 * <p>In JSON a role is its constant name, such as {@code "LEARNING_SPECIALIST"}; the names are part
 * of the wire format. Reading accepts exactly those names: a number (an ordinal) or any other text
 * is refused with {@code person.role.unknown}.
 */
public enum Role {
    /** Management (johto): sets the programme's goals and sponsors it. */
    MANAGEMENT,
    /** HR (henkilöstöhallinto): coordinates the programme, approves plans and meets the mentors. */
    HR,
    /**
     * Learning and development specialist (osaamisen kehittäjä): takes part in the HR days and
     * supports the mentors.
     */
    LEARNING_SPECIALIST,
    /**
     * Learning mentor (oppimismentori): a trained volunteer who supports colleagues' workplace
     * learning. A person holds this role exactly while their {@link MentorEnrollment} records
     * consent; {@link Person#volunteerAsMentor} and {@link Person#withdrawMentorConsent} manage it,
     * and {@link Person#grantRole} and {@link Person#revokeRole} refuse it.
     */
    MENTOR,
    /** Trainer (kouluttaja): runs the HR days and the training sessions. */
    TRAINER,
    /** Employee (työntekijä): anyone working in the organization. */
    EMPLOYEE;

    /**
     * Returns the role of exactly the given name, as JSON holds it.
     *
     * @param name the constant name, such as {@code "HR"}, not null
     * @return the role, never null
     * @throws ValidationException when no role has the name, such as {@code "hr"} or {@code "3"}
     *     ({@code person.role.unknown} at path {@code role}, listing the names allowed)
     */
    @JsonCreator
    public static Role parse(String name) {
        return EnumNames.parse(Role.class, name, PersonViolation.ROLE_UNKNOWN, "role");
    }
}
