package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.learningmentor.core.common.EnumNames;

/**
 * What kind of coordinated support (koordinoitu tuki) HR arranges for mentors. In JSON the
 * constant's name, such as {@code "TIME"}.
 */
public enum SupportKind {
    /** Contacts: people the mentors can turn to. */
    CONTACT,
    /** Resources: material, tools, money. */
    RESOURCE,
    /** Time set aside for mentoring in working hours. */
    TIME,
    /** Anything else. */
    OTHER;

    /**
     * Returns the kind of exactly the given name, as JSON holds it.
     *
     * @param name the constant name, not null
     * @return the kind, never null
     * @throws org.learningmentor.core.common.ValidationException with {@code
     *     program.support-kind.unknown} at {@code kind} when no kind has the name
     */
    @JsonCreator
    public static SupportKind parse(String name) {
        return EnumNames.parse(SupportKind.class, name, ProgramViolation.SUPPORT_KIND_UNKNOWN, "kind");
    }
}
