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
 * <p>The message names the rules and the person's id, never personal data.
 */
public final class EnrollmentException extends DomainRuleException {

    private static final long serialVersionUID = 1L;

    private final PersonId personId;

    EnrollmentException(PersonId personId, String message, List<Violation> violations) {
        super(message, violations);
        this.personId = Objects.requireNonNull(personId, "personId");
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
