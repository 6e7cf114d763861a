package org.learningmentor.core.pair;

/** Where a {@link MentoringPair} stands. */
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
}
