package org.learningmentor.runtime;

import java.util.List;
import org.learningmentor.core.common.DomainRuleException;
import org.learningmentor.core.common.Violation;

/**
 * A command refused because it refers to another aggregate in a way the runtime checks across
 * aggregates: a person moved to a unit the organization does not have or has closed ({@code
 * runtime.unit.unknown}, {@code runtime.unit.closed}), a person added to another organization
 * ({@code runtime.organization.other}). Like every {@link DomainRuleException} it is a rule's
 * refusal: the runtime does not retry it, and nothing was stored.
 */
public class ReferenceException extends DomainRuleException {

    private static final long serialVersionUID = 1L;

    /** A unit that its organization does not have. Arguments: the unit id. */
    public static final String UNIT_UNKNOWN = "runtime.unit.unknown";

    /** A unit that is closed. Arguments: the unit id. */
    public static final String UNIT_CLOSED = "runtime.unit.closed";

    /** A record of another organization than the actor's. Arguments: the record's id. */
    public static final String ORGANIZATION_OTHER = "runtime.organization.other";

    ReferenceException(String action, List<Violation> violations) {
        super(action + ": " + codesOf(violations), violations);
    }

    private static String codesOf(List<Violation> violations) {
        // Runtime codes have no message bundle yet; the code and its arguments say it.
        return violations.stream()
                .map(v -> v.code() + " " + v.arguments() + " at " + v.path())
                .reduce((a, b) -> a + "; " + b)
                .orElse("");
    }
}
