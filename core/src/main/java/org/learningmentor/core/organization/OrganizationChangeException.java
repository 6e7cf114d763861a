package org.learningmentor.core.organization;

import java.util.List;
import java.util.Objects;
import org.learningmentor.core.common.DomainRuleException;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.Violation;

/**
 * A command on the {@link Organization}'s own fields (its name, settings or languages) that a rule
 * refused, such as renaming it to the name it already has: {@code "Organization 5a4e… cannot be
 * renamed: organization 5a4e… already has this name"}. Such a command would change nothing, and
 * every successful command is recorded by exactly one event, so it is refused. {@link
 * #violations()} lists the rules with codes from {@link OrganizationViolation} ({@code
 * organization.name.unchanged}, {@code organization.settings.unchanged}, {@code
 * organization.languages.unchanged}); the message joins their English messages. The organization
 * the command ran on is unchanged. The exception is serializable.
 */
public final class OrganizationChangeException extends DomainRuleException {

    private static final long serialVersionUID = 1L;

    private final OrganizationId organizationId;

    /**
     * Creates the exception.
     *
     * @param organizationId the organization the command concerned, not null
     * @param action what was refused, in English, such as {@code "be renamed"}
     * @param violations the rules broken, not null and not empty
     */
    OrganizationChangeException(OrganizationId organizationId, String action, List<Violation> violations) {
        super(
                "Organization " + Objects.requireNonNull(organizationId, "organizationId") + " cannot " + action + ": "
                        + englishMessages(violations),
                violations);
        this.organizationId = organizationId;
    }

    /**
     * Returns the organization the refused command concerned.
     *
     * @return the organization's id, never null
     */
    public OrganizationId organizationId() {
        return organizationId;
    }
}
