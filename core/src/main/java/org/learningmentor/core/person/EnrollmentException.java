package org.learningmentor.core.person;

import java.util.List;
import java.util.Objects;
import org.learningmentor.core.common.DomainRuleException;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.Violation;

/**
 * A mentor enrolment command that a rule refused: volunteering while already a consenting mentor
 * ({@code person.enrollment.already-consenting}), withdrawing consent that is not in force ({@code
 * person.enrollment.no-active-consent}), or acting at a time earlier than the last record of the
 * consent history ({@code person.enrollment.time-before-last-record}). Every rule that refused the
 * command is listed in {@link #violations()}.
 *
 * <p>The message names the person's id and the rules, from the same bundles as {@link
 * Violation#message()}, never personal data: {@code "Person 8a1f… cannot withdraw mentor consent:
 * the person has no mentor consent in force to withdraw"}. The person the command ran on is
 * unchanged.
 */
public final class EnrollmentException extends DomainRuleException {

    private static final long serialVersionUID = 1L;

    private final PersonId personId;

    /**
     * Creates the exception.
     *
     * @param personId the person the command concerned, not null
     * @param action what was refused, in English, such as {@code "volunteer as a mentor"}
     * @param violations the rules broken, not null and not empty
     */
    EnrollmentException(PersonId personId, String action, List<Violation> violations) {
        super(
                "Person " + Objects.requireNonNull(personId, "personId") + " cannot "
                        + Objects.requireNonNull(action, "action") + ": "
                        + englishMessages(Objects.requireNonNull(violations, "violations")),
                violations);
        this.personId = personId;
    }

    /**
     * Returns the person whose enrolment the command concerned.
     *
     * @return the person's id, never null
     */
    public PersonId personId() {
        return personId;
    }
}
