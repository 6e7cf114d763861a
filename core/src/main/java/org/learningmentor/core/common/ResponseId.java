package org.learningmentor.core.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * The identity of a survey response, a UUID written in JSON as a plain string.
 *
 * <p>Example: {@code ResponseId.parse("8a1f0c2e-0000-4000-8000-000000000019")}. This type is immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record ResponseId(UUID value) implements TypedId {

    /**
     * Creates the id.
     *
     * @param value the UUID, not null
     * @throws NullPointerException when {@code value} is null
     */
    public ResponseId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Returns the id of the given UUID.
     *
     * @param value the UUID, not null
     * @return the id, never null
     */
    @JsonCreator
    public static ResponseId of(UUID value) {
        return new ResponseId(value);
    }

    /**
     * Parses the canonical UUID text that {@link #toString()} returns.
     *
     * @param text a UUID such as {@code "8a1f0c2e-0000-4000-8000-000000000019"}, not null
     * @return the id, never null
     * @throws ValidationException when the text is not a UUID
     */
    public static ResponseId parse(CharSequence text) {
        return new ResponseId(UuidText.parse(text, "ResponseId"));
    }

    /**
     * Returns a new id from the generator.
     *
     * @param ids the generator, not null
     * @return a new id, never null
     */
    public static ResponseId next(IdGenerator ids) {
        return new ResponseId(Objects.requireNonNull(ids, "ids").nextUuid());
    }

    @JsonValue
    @Override
    public UUID value() {
        return value;
    }

    /** Returns the UUID in its canonical form, the inverse of {@link #parse(CharSequence)}. */
    @Override
    public String toString() {
        return value.toString();
    }
}
