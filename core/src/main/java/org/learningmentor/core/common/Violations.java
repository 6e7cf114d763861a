package org.learningmentor.core.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Collects every violation of a check before throwing one {@link ValidationException}, so that a
 * caller learns all that is wrong at once:
 *
 * <pre>{@code
 * Violations violations = new Violations();
 * violations.check(threshold >= 3, OrganizationViolation.THRESHOLD_TOO_LOW, "settings.anonymityThreshold", threshold);
 * violations.throwIfAny();
 * }</pre>
 *
 * <p>Not thread-safe; use one per check.
 */
public final class Violations {

    private final List<Violation> violations = new ArrayList<>();

    /** Creates an empty collector. */
    public Violations() {}

    /**
     * Adds a violation unless the condition holds.
     *
     * @param condition what must be true
     * @param code the code when it is not, not null
     * @param path the field path, not null
     * @param arguments the message arguments, not null
     * @return whether the condition held
     */
    public boolean check(boolean condition, ViolationCode code, String path, Object... arguments) {
        if (!condition) {
            add(code, path, arguments);
        }
        return condition;
    }

    /**
     * Adds a violation.
     *
     * @param code the code, not null
     * @param path the field path, not null
     * @param arguments the message arguments, not null
     * @return this collector
     */
    public Violations add(ViolationCode code, String path, Object... arguments) {
        violations.add(Violation.of(code, path, arguments));
        return this;
    }

    /**
     * Adds violations found elsewhere, such as those of a nested value.
     *
     * @param more the violations, not null
     * @return this collector
     */
    public Violations addAll(Collection<Violation> more) {
        violations.addAll(Objects.requireNonNull(more, "more"));
        return this;
    }

    /**
     * Returns whether nothing was found.
     *
     * @return true when no violation was added
     */
    public boolean isEmpty() {
        return violations.isEmpty();
    }

    /**
     * Returns what was found.
     *
     * @return an unmodifiable copy, never null
     */
    public List<Violation> toList() {
        return List.copyOf(violations);
    }

    /**
     * Throws one exception carrying every violation found, if any.
     *
     * @throws ValidationException when a violation was added
     */
    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }
}
