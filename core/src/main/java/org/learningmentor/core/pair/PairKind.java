package org.learningmentor.core.pair;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.learningmentor.core.common.EnumNames;
import org.learningmentor.core.common.ValidationException;

/**
 * What a {@link MentoringPair} is: two mentors, or a mentor and a mentee.
 *
 * <p>In JSON a kind is its constant name, such as {@code "MENTOR_PAIR"}; the names are part of the
 * wire format. Reading accepts exactly those names: a number (an ordinal) or any other text is
 * refused with {@code pair.kind.unknown}.
 */
public enum PairKind {
    /** Two mentors who plan and act together (mentoripari). */
    MENTOR_PAIR,
    /** A mentor and a mentee (mentori–aktori), for hosts that also run classic pairs. */
    MENTOR_MENTEE;

    /**
     * Returns the kind of exactly the given name, as JSON holds it.
     *
     * @param name the constant name, such as {@code "MENTOR_PAIR"}, not null
     * @return the kind, never null
     * @throws ValidationException when no kind has the name ({@code pair.kind.unknown} at path
     *     {@code kind}, listing the names allowed)
     */
    @JsonCreator
    public static PairKind parse(String name) {
        return EnumNames.parse(PairKind.class, name, PairViolation.KIND_UNKNOWN, "kind");
    }
}
