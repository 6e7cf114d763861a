package org.learningmentor.core.person;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violations;

/**
 * A role of a person was revoked; the person keeps at least one other role.
 *
 * <p>Emitted by {@link Person#revokeRole}. The role is never {@link Role#MENTOR}, which follows mentor consent ({@link
 * MentorConsentGiven}, {@link MentorConsentWithdrawn}). JSON type name {@code "person.role-revoked"}.
 * This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableRoleRevoked.class, name = "person.role-revoked"))
public abstract non-sealed class RoleRevoked implements PersonEvent {

    RoleRevoked() {}

    /**
     * Returns the person whose role was revoked.
     *
     * @return the person's id, never null
     */
    @JsonProperty("personId")
    @Override
    public abstract PersonId personId();

    /**
     * Returns the role revoked.
     *
     * @return the role, never {@link Role#MENTOR}; never null
     */
    @JsonProperty("role")
    public abstract Role role();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks that the role is not {@link Role#MENTOR}.
     *
     * @throws ValidationException with {@code person.role.mentor-by-consent} at path {@code role}
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        violations.check(role() != Role.MENTOR, PersonViolation.ROLE_MENTOR_BY_CONSENT, "role");
        violations.throwIfAny();
    }

    /** Builds the event; every attribute is required. */
    public static final class Builder extends ImmutableRoleRevoked.Builder {}
}
