package org.learningmentor.core.person;

import java.util.List;
import java.util.Objects;
import org.learningmentor.core.common.DomainRuleException;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.Violation;

/**
 * A command on a person's roles, unit or manager that a rule refused: granting {@link Role#MENTOR}
 * or revoking it ({@code person.role.mentor-by-consent}; it follows mentor consent), granting a
 * role already held ({@code person.role.already-held}), revoking a role not held ({@code
 * person.role.not-held}) or the only role ({@code person.role.last}), moving to the unit the person
 * already works in ({@code person.unit.unchanged}), or assigning the manager the person already has
 * ({@code person.manager.unchanged}). Every rule that refused the command is listed in {@link
 * #violations()}.
 *
 * <p>The message names the person's id and the rules, from the same bundles as {@link
 * Violation#message()}, never personal data: {@code "Person 8a1f… cannot be granted the role HR:
 * the person already holds the role HR"}. The person the command ran on is unchanged.
 */
public final class PersonRuleException extends DomainRuleException {

    private static final long serialVersionUID = 1L;

    private final PersonId personId;

    /**
     * Creates the exception.
     *
     * @param personId the person the command concerned, not null
     * @param action what was refused, in English, such as {@code "be granted the role HR"}
     * @param violations the rules broken, not null and not empty
     */
    PersonRuleException(PersonId personId, String action, List<Violation> violations) {
        super(
                "Person " + Objects.requireNonNull(personId, "personId") + " cannot "
                        + Objects.requireNonNull(action, "action") + ": "
                        + englishMessages(Objects.requireNonNull(violations, "violations")),
                violations);
        this.personId = personId;
    }

    /**
     * Returns the person the refused command concerned.
     *
     * @return the person's id, never null
     */
    public PersonId personId() {
        return personId;
    }
}
