package org.learningmentor.runtime;

/**
 * How far a role's grant of a {@link Permission} reaches: to anyone's records, or only to the
 * actor's own. "Own" means that the actor is the person the use case concerns: the person who
 * volunteers, the mentor who writes a credo, the owner of an action item (and, later, one of the
 * owners of a plan).
 *
 * <p>This type is immutable and thread-safe.
 */
public enum Scope {
    /** Only records the actor owns or is the subject of. */
    OWN,
    /** Any record of the actor's organization. */
    ANY;

    /**
     * Returns whether this scope reaches at least as far as the other.
     *
     * @param other the other scope, not null
     * @return true when this scope includes the other
     */
    public boolean includes(Scope other) {
        return compareTo(other) >= 0;
    }
}
