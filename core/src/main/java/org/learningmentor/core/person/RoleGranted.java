package org.learningmentor.core.person;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violations;

/**
 * A person was granted a role, such as {@link Role#HR} or {@link Role#TRAINER}.
 *
 * <p>Emitted by {@link Person#grantRole}. The role is never {@link Role#MENTOR}, which follows mentor consent ({@link
 * MentorConsentGiven}, {@link MentorConsentWithdrawn}). JSON type name {@code "person.role-granted"}.
 * This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableRoleGranted.class, name = "person.role-granted"))
public abstract non-sealed class RoleGranted implements PersonEvent {

    RoleGranted() {}

    /**
     * Returns the person who was granted the role.
     *
     * @return the person's id, never null
     */
    @JsonProperty("personId")
    @Override
    public abstract PersonId personId();

    /**
     * Returns the role granted.
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
    public static final class Builder extends ImmutableRoleGranted.Builder {}
}
