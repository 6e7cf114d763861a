package org.learningmentor.core.pair;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.learningmentor.core.common.EnumNames;
import org.learningmentor.core.common.ValidationException;

/**
 * Why an active {@link MentoringPair} ended. Only {@link #COMPLETED} counts as a pair that did its
 * work; a member may record it only once the programme's implementation is over, HR at any time
 * (see {@link MentoringPair#end}).
 *
 * <p>In JSON a reason is its constant name; reading accepts exactly those names and refuses others
 * with {@code pair.end-reason.unknown}.
 */
public enum PairEndReason {
    /** The pair did its work. */
    COMPLETED,
    /** A member withdrew from the pair. */
    WITHDRAWN,
    /** The pair was dissolved in a reorganisation (people moved, units merged). */
    REORGANISED,
    /** Any other reason; the note, if any, says more. */
    OTHER;

    /**
     * Returns the reason of exactly the given name, as JSON holds it.
     *
     * @param name the constant name, such as {@code "COMPLETED"}, not null
     * @return the reason, never null
     * @throws ValidationException when no reason has the name ({@code pair.end-reason.unknown} at
     *     path {@code reason}, listing the names allowed)
     */
    @JsonCreator
    public static PairEndReason parse(String name) {
        return EnumNames.parse(PairEndReason.class, name, PairViolation.END_REASON_UNKNOWN, "reason");
    }
}
