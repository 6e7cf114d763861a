package org.learningmentor.core.pair;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Set;
import org.learningmentor.core.common.EnumNames;
import org.learningmentor.core.common.ValidationException;

/**
 * Where a {@link MentoringPair} stands. A pair starts {@link #PROPOSED} (voluntary pairing) or
 * {@link #ACTIVE} (direct pairing by HR); a proposal becomes {@link #ACTIVE}, {@link #DECLINED} or
 * {@link #WITHDRAWN}; an active pair becomes {@link #ENDED}. {@link #DECLINED}, {@link #WITHDRAWN}
 * and {@link #ENDED} are final.
 *
 * <p>In JSON a status is its constant name; reading accepts exactly those names and refuses others
 * with {@code pair.status.unknown}.
 */
public enum PairStatus {
    /** One person proposed; the other has not answered. */
    PROPOSED,
    /** Both agreed, or HR paired them directly. */
    ACTIVE,
    /** The other person declined the proposal. */
    DECLINED,
    /** The proposer withdrew the proposal. */
    WITHDRAWN,
    /** The pair ended, with a reason. */
    ENDED;

    /**
     * Tells whether the pair counts against the people's capacity.
     *
     * @return true only for {@link #ACTIVE}
     */
    public boolean isActive() {
        return this == ACTIVE;
    }

    /**
     * Tells whether the pair is still open: proposed or active. Two people may have at most one
     * open pair in a programme.
     *
     * @return true for {@link #PROPOSED} and {@link #ACTIVE}
     */
    public boolean isOpen() {
        return this == PROPOSED || this == ACTIVE;
    }

    /**
     * Tells whether a pair may go from this status to the next one.
     *
     * @param next the next status, not null
     * @return true for PROPOSED to ACTIVE, DECLINED or WITHDRAWN, and ACTIVE to ENDED
     */
    public boolean canBecome(PairStatus next) {
        return switch (this) {
            case PROPOSED -> Set.of(ACTIVE, DECLINED, WITHDRAWN).contains(next);
            case ACTIVE -> next == ENDED;
            case DECLINED, WITHDRAWN, ENDED -> false;
        };
    }

    /**
     * Returns the status of exactly the given name, as JSON holds it.
     *
     * @param name the constant name, such as {@code "ACTIVE"}, not null
     * @return the status, never null
     * @throws ValidationException when no status has the name ({@code pair.status.unknown} at path
     *     {@code status}, listing the names allowed)
     */
    @JsonCreator
    public static PairStatus parse(String name) {
        return EnumNames.parse(PairStatus.class, name, PairViolation.STATUS_UNKNOWN, "status");
    }
}
