package org.learningmentor.core.person;

/**
 * A role a person holds in an organization's learning-mentoring programme; a person holds one or
 * more. Roles drive what a person may do once the runtime authorizes use cases.
 *
 * <p>In JSON a role is its constant name, such as {@code "LEARNING_SPECIALIST"}; the names are part
 * of the wire format.
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
     * consent; {@link Person#volunteerAsMentor} and {@link Person#withdrawMentorConsent} manage it.
     */
    MENTOR,
    /** Trainer (kouluttaja): runs the HR days and the training sessions. */
    TRAINER,
    /** Employee (työntekijä): anyone working in the organization. */
    EMPLOYEE
}
