package org.learningmentor.core.common;

import java.util.Objects;
import java.util.UUID;

/** Parses the canonical UUID text of the typed ids' {@code parse} factories. */
final class UuidText {

    private UuidText() {}

    /** Parses a UUID for {@code parse} factories, turning a bad text into a violation. */
    static UUID parse(CharSequence text, String typeName) {
        Objects.requireNonNull(text, "text");
        try {
            String s = text.toString();
            UUID uuid = UUID.fromString(s);
            // UUID.fromString accepts short forms such as "1-1-1-1-1"; only the canonical form parses.
            if (!uuid.toString().equalsIgnoreCase(s)) {
                throw new IllegalArgumentException(s);
            }
            return uuid;
        } catch (IllegalArgumentException e) {
            throw new ValidationException(Violation.of(CommonViolation.ID_MALFORMED, typeName, Violations.quote(text)));
        }
    }
}
