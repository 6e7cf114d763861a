package org.learningmentor.core.common;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Invalid data: thrown by builders, factories and commands with <em>every</em> {@link Violation}
 * found, each with a stable code, a field path and a message in English, Finnish or Swedish.
 *
 * <pre>{@code
 * try {
 *     Organization.builder()...build();
 * } catch (ValidationException e) {
 *     e.violations().forEach(v -> show(v.path(), v.message(userLocale)));
 * }
 * }</pre>
 */
public class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param violations every violation found, not null and not empty
     */
    public ValidationException(Collection<Violation> violations) {
        super(describe(List.copyOf(Objects.requireNonNull(violations, "violations")), Locale.ENGLISH));
        this.violations = List.copyOf(violations);
        if (this.violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one violation");
        }
    }

    /**
     * Creates the exception for a single violation.
     *
     * @param violation the violation, not null
     */
    public ValidationException(Violation violation) {
        this(List.of(Objects.requireNonNull(violation, "violation")));
    }

    /**
     * Returns every violation found, in the order found.
     *
     * @return an unmodifiable, non-empty list
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Returns the codes of the violations, a convenience for tests and logs.
     *
     * @return the codes in order, never null
     */
    public List<String> codes() {
        return violations.stream().map(Violation::code).toList();
    }

    /**
     * Returns the message in the locale's language.
     *
     * @param locale the locale, not null
     * @return a message listing every violation, never null
     */
    public String message(Locale locale) {
        return describe(violations, Objects.requireNonNull(locale, "locale"));
    }

    private static String describe(List<Violation> violations, Locale locale) {
        return violations.size()
                + (violations.size() == 1 ? " violation: " : " violations: ")
                + violations.stream()
                        .map(v -> v.code() + (v.path().isEmpty() ? "" : " at " + v.path()) + ": " + v.message(locale))
                        .collect(Collectors.joining("; "));
    }
}
