package org.learningmentor.runtime;

import java.util.Objects;
import org.learningmentor.core.common.PersonId;

/**
 * Thrown when an actor may not run a use case: none of their roles holds its {@link Permission}, the
 * roles hold it only for the actor's own records and the record is someone else's, or the actor is
 * not a stored person of their organization. Nothing was stored.
 *
 * <p>Example message: {@code "Person 3f2a… may not PROGRAM_ADVANCE: none of the roles [MENTOR] holds
 * it"}. The message names ids, roles and the permission only, never a name.
 */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why access was denied. */
    public enum Reason {
        /** None of the actor's roles holds the permission. */
        NO_PERMISSION,
        /** The actor's roles hold the permission for their own records only; this one is not theirs. */
        NOT_OWN,
        /** The actor is not a stored person of their organization. */
        UNKNOWN_ACTOR
    }

    private final Permission permission;
    private final PersonId actorId;
    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param permission the permission denied, not null
     * @param actor the actor denied, not null
     * @param reason why, not null
     */
    public AccessDeniedException(Permission permission, Actor actor, Reason reason) {
        super(message(permission, actor, reason));
        this.permission = permission;
        this.actorId = actor.personId();
        this.reason = reason;
    }

    private static String message(Permission permission, Actor actor, Reason reason) {
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
        String why = switch (reason) {
            case NO_PERMISSION -> "none of the roles " + actor.roles() + " holds it";
            case NOT_OWN -> "the roles " + actor.roles() + " hold it for their own records only";
            case UNKNOWN_ACTOR -> "the actor is not a person of organization " + actor.organizationId();
        };
        return "Person " + actor.personId() + " may not " + permission + ": " + why;
    }

    /**
     * Returns the permission that was denied.
     *
     * @return the permission, never null
     */
    public Permission permission() {
        return permission;
    }

    /**
     * Returns the id of the actor who was denied.
     *
     * @return the person's id, never null
     */
    public PersonId actorId() {
        return actorId;
    }

    /**
     * Returns why access was denied.
     *
     * @return the reason, never null
     */
    public Reason reason() {
        return reason;
    }
}
