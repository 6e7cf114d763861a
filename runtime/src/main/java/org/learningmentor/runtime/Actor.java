package org.learningmentor.runtime;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;

/**
 * Who calls a use case: a person of an organization acting in some of their roles, as the host has
 * authenticated them.
 *
 * <pre>{@code
 * Actor hr = Actor.of(hrPerson);                                          // all the person's roles
 * Actor asEmployee = Actor.of(agencyId, hrPerson.id(), Set.of(Role.EMPLOYEE));   // narrowed
 * }</pre>
 *
 * <p>Every use case runs in the actor's organization: nothing an actor does reaches another
 * tenant. The runtime loads the actor's person in the use case's transaction and authorizes on the
 * roles the actor names <em>and</em> the stored person still holds, so a role revoked a moment ago
 * no longer counts, and a host can let a person act in fewer roles than they hold.
 *
 * <p>This type is immutable and thread-safe; its {@code toString} shows ids and roles only.
 *
 * @param organizationId the actor's organization, not null
 * @param personId the acting person, not null
 * @param roles the roles the actor acts in, not null, no null elements (may be empty: such an actor
 *     is denied everything)
 */
public record Actor(OrganizationId organizationId, PersonId personId, Set<Role> roles) {

    /**
     * Creates an actor.
     *
     * @param organizationId the actor's organization, not null
     * @param personId the acting person, not null
     * @param roles the roles the actor acts in, not null, no null elements
     * @throws NullPointerException when an argument or a role is null
     */
    public Actor {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(roles, "roles");
        roles.forEach(role -> Objects.requireNonNull(role, "roles contains null"));
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /**
     * Returns an actor acting in the given roles.
     *
     * @param organizationId the actor's organization, not null
     * @param personId the acting person, not null
     * @param roles the roles, not null, no null elements
     * @return the actor, never null
     */
    public static Actor of(OrganizationId organizationId, PersonId personId, Set<Role> roles) {
        return new Actor(organizationId, personId, roles);
    }

    /**
     * Returns an actor acting as the person in all the person's roles.
     *
     * @param person the person, not null
     * @return the actor, never null
     */
    public static Actor of(Person person) {
        Objects.requireNonNull(person, "person");
        return new Actor(person.organizationId(), person.id(), person.roles());
    }

    /**
     * Returns whether the actor acts in a role.
     *
     * @param role the role, not null
     * @return true when {@link #roles()} contains it
     */
    public boolean hasRole(Role role) {
        return roles.contains(Objects.requireNonNull(role, "role"));
    }

    /**
     * Returns the same actor acting in other roles.
     *
     * @param roles the roles, not null, no null elements
     * @return the actor, never null
     */
    public Actor withRoles(Set<Role> roles) {
        return new Actor(organizationId, personId, roles);
    }
}
