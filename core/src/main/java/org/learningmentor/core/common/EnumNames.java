package org.learningmentor.core.common;

import java.util.Arrays;
import java.util.Objects;

/**
 * Reads enum constants by their exact name, for the {@code @JsonCreator} of the model's enums: a
 * number (an ordinal) or a wrong name is refused with a violation that lists the names allowed,
 * instead of being taken as a position in the list.
 *
 * <pre>{@code
 * @JsonCreator
 * public static Role parse(String name) {
 *     return EnumNames.parse(Role.class, name, PersonViolation.ROLE_UNKNOWN, "role");
 * }
 * }</pre>
 */
public final class EnumNames {

    private EnumNames() {}

    /**
     * Returns the constant with exactly the given name.
     *
     * @param type the enum type, not null
     * @param name the name, such as {@code "MENTOR"}, not null
     * @param code the violation code when no constant has the name, not null; its message gets the
     *     quoted name as {@code {0}} and the allowed names as {@code {1}}
     * @param path the field path of the violation, not null
     * @param <E> the enum type
     * @return the constant, never null
     * @throws ValidationException when no constant has the name
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String name, ViolationCode code, String path) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        try {
            // Enum.valueOf matches the exact name through the JDK's cached directory: no array copy.
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            // no constant has that name: the violation below says which names are allowed
        }
        throw new ValidationException(
                Violation.of(code, path, Violations.quote(name), Arrays.toString(type.getEnumConstants())));
    }
}
