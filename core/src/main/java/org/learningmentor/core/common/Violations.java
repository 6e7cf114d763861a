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

    private static final int QUOTE_MAX_LENGTH = 64;

    /** Made on the first violation: most checks find none, and values are checked by the thousand. */
    private List<Violation> violations = List.of();

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
        list().add(Violation.of(code, path, arguments));
        return this;
    }

    /**
     * Adds a {@code common.text.too-long} violation at {@code path.<language>} for each translation
     * longer than the limit, such as a unit name over {@link LocalizedText#NAME_MAX_LENGTH}.
     *
     * @param text the text, not null
     * @param maxLength the longest translation accepted
     * @param path the field path, not null
     * @return whether every translation fits
     */
    public boolean checkMaxLength(LocalizedText text, int maxLength, String path) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(path, "path");
        boolean fits = true;
        for (var entry : text.asMap().entrySet()) {
            fits &= checkMaxLength(
                    entry.getValue(), maxLength, path + "." + entry.getKey().code());
        }
        return fits;
    }

    /**
     * Adds a {@code common.text.too-long} violation when the text is longer than the limit.
     *
     * @param text the text, not null
     * @param maxLength the longest text accepted
     * @param path the field path, not null
     * @return whether the text fits
     */
    public boolean checkMaxLength(String text, int maxLength, String path) {
        Objects.requireNonNull(text, "text");
        return check(text.length() <= maxLength, CommonViolation.TEXT_TOO_LONG, path, maxLength, text.length());
    }

    /**
     * Returns a value cut to at most 64 characters and an ellipsis, for repeating a bad value in a
     * message without copying a 10 MB input into logs.
     *
     * @param value the value, not null
     * @return the value or its start, never null
     */
    public static String quote(CharSequence value) {
        Objects.requireNonNull(value, "value");
        return value.length() <= QUOTE_MAX_LENGTH ? value.toString() : value.subSequence(0, QUOTE_MAX_LENGTH) + "…";
    }

    /**
     * Adds violations found elsewhere, such as those of a nested value.
     *
     * @param more the violations, not null
     * @return this collector
     */
    public Violations addAll(Collection<Violation> more) {
        Objects.requireNonNull(more, "more");
        if (!more.isEmpty()) {
            list().addAll(more);
        }
        return this;
    }

    private List<Violation> list() {
        if (violations.isEmpty()) {
            violations = new ArrayList<>();
        }
        return violations;
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
