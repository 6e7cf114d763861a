package org.learningmentor.core.common;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A domain command that a rule refused, such as moving a unit under its own descendant. Each rule
 * family has its own subclass; the message names the rule and the ids involved, and {@link
 * #violations()} gives the same as codes a user interface can translate.
 */
public abstract class DomainRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param message the English message naming the rule and the ids, not null
     * @param violations the refused rules as violations, not null and not empty
     */
    protected DomainRuleException(String message, List<Violation> violations) {
        super(Objects.requireNonNull(message, "message"));
        this.violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
        if (this.violations.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one rule");
        }
    }

    /**
     * Returns the English messages of the violations joined by {@code "; "}, for the subclasses'
     * messages: {@code "Unit 3f2a… cannot be moved: " + englishMessages(violations)}. Messages come
     * from the same bundles as {@link Violation#message(java.util.Locale)}, so they never drift.
     *
     * @param violations the violations, not null
     * @return the joined messages, never null
     */
    protected static String englishMessages(List<Violation> violations) {
        return violations.stream().map(Violation::message).collect(Collectors.joining("; "));
    }

    /**
     * Returns the refused rules.
     *
     * @return an unmodifiable, non-empty list
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Returns the codes of the refused rules.
     *
     * @return the codes in order, never null
     */
    public List<String> codes() {
        return violations.stream().map(Violation::code).toList();
    }
}
