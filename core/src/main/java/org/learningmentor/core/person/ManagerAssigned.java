package org.learningmentor.core.person;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violations;

/**
 * A person was given another manager, or their manager was removed. Emitted by {@link
 * Person#assignManager}; the previous and the new manager always differ, and the new one is never
 * the person themself.
 *
 * <p>JSON type name {@code "person.manager-assigned"}; an absent manager is written as {@code
 * null}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableManagerAssigned.class, name = "person.manager-assigned"))
public abstract non-sealed class ManagerAssigned implements PersonEvent {

    ManagerAssigned() {}

    /**
     * Returns the person whose manager changed.
     *
     * @return the person's id, never null
     */
    @JsonProperty("personId")
    @Override
    public abstract PersonId personId();

    /**
     * Returns the manager before the change.
     *
     * @return the previous manager, empty when the person had none
     */
    @JsonProperty("previousManagerId")
    public abstract Optional<PersonId> previousManagerId();

    /**
     * Returns the manager after the change.
     *
     * @return the new manager, empty when the manager was removed
     */
    @JsonProperty("managerId")
    public abstract Optional<PersonId> managerId();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks that the managers differ and that the new one is not the person themself.
     *
     * @throws ValidationException with {@code person.manager.unchanged} or {@code
     *     person.manager.self}, at path {@code managerId}
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        violations.check(!managerId().equals(previousManagerId()), PersonViolation.MANAGER_UNCHANGED, "managerId");
        violations.check(!managerId().equals(Optional.of(personId())), PersonViolation.MANAGER_SELF, "managerId");
        violations.throwIfAny();
    }

    /** Builds the event; {@code previousManagerId} and {@code managerId} are optional. */
    public static final class Builder extends ImmutableManagerAssigned.Builder {}
}
