package org.learningmentor.core.person;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.learningmentor.core.common.EnumNames;
import org.learningmentor.core.common.ValidationException;

/**
 * What a {@link ConsentRecord} records: consent to act as a learning mentor given, or withdrawn.
 *
 * <p>In JSON a kind is its constant name, {@code "GIVEN"} or {@code "WITHDRAWN"}; reading accepts
 * exactly those names, and a number (an ordinal) or any other text is refused with {@code
 * person.consent-kind.unknown}.
 */
public enum ConsentKind {
    /** The person volunteered as a learning mentor and gave consent. */
    GIVEN,
    /** The person withdrew consent; mentoring is always voluntary. */
    WITHDRAWN;

    /**
     * Returns the kind of exactly the given name, as JSON holds it.
     *
     * @param name {@code "GIVEN"} or {@code "WITHDRAWN"}, not null
     * @return the kind, never null
     * @throws ValidationException when no kind has the name, such as {@code "given"} or {@code "0"}
     *     ({@code person.consent-kind.unknown} at path {@code kind}, listing the names allowed)
     */
    @JsonCreator
    public static ConsentKind parse(String name) {
        return EnumNames.parse(ConsentKind.class, name, PersonViolation.CONSENT_KIND_UNKNOWN, "kind");
    }
}
