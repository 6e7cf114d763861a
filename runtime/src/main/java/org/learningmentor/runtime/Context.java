package org.learningmentor.runtime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.TypedId;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.pair.MentoringPair;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.plan.MentorPlan;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;
import org.learningmentor.persistence.Persistence;

/**
 * One attempt of one use case, inside its transaction: the actor as stored, the time, lookups
 * scoped to the actor's organization, authorization, and saving a change with its events. Not
 * thread-safe; lives for one attempt.
 */
final class Context {

    private final Persistence persistence;
    private final Actor actor;
    private final Person actorPerson;
    private final Permission permission;
    private final Scope scope;
    private final Instant now;
    private final List<DomainEvent> events = new ArrayList<>();
    private boolean authorized;

    private Context(
            Persistence persistence, Actor actor, Person actorPerson, Permission permission, Scope scope, Instant now) {
        this.persistence = persistence;
        this.actor = actor;
        this.actorPerson = actorPerson;
        this.permission = permission;
        this.scope = scope;
        this.now = now;
    }

    /**
     * Loads the actor and checks that a role the actor acts in, and still holds, grants the
     * permission at all; whether the record is the actor's own is checked by {@link #authorize}.
     */
    static Context open(
            Persistence persistence, PermissionPolicy policy, Actor actor, Permission permission, Instant now) {
        Person stored = persistence
                .people()
                .find(actor.organizationId(), actor.personId())
                .orElseThrow(
                        () -> new AccessDeniedException(permission, actor, AccessDeniedException.Reason.UNKNOWN_ACTOR));
        return openAs(persistence, policy, actor, stored, permission, now);
    }

    /**
     * Checks, as {@link #open} does, that a role the actor acts in and the given record of the
     * actor holds grants the permission: for use cases whose actor is not stored yet, such as the
     * import that provisions an organization, where the record comes from the imported document.
     */
    static Context openAs(
            Persistence persistence,
            PermissionPolicy policy,
            Actor actor,
            Person stored,
            Permission permission,
            Instant now) {
        Set<Role> effective = actor.roles().isEmpty() ? Set.of() : EnumSet.copyOf(actor.roles());
        effective.retainAll(stored.roles());
        Actor effectiveActor = actor.withRoles(effective);
        Scope scope = policy.scope(permission, effective)
                .orElseThrow(() -> new AccessDeniedException(
                        permission, effectiveActor, AccessDeniedException.Reason.NO_PERMISSION));
        return new Context(persistence, effectiveActor, stored, permission, scope, now);
    }

    /** Authorizes for a record that is no one's own: only a grant for any record passes. */
    void authorize() {
        authorize(Set.of());
    }

    /** Authorizes for a record owned by, or concerning, the given people. */
    void authorize(Collection<PersonId> owners) {
        Objects.requireNonNull(owners, "owners");
        if (scope == Scope.OWN && !owners.contains(actor.personId())) {
            throw new AccessDeniedException(permission, actor, AccessDeniedException.Reason.NOT_OWN);
        }
        authorized = true;
    }

    boolean isAuthorized() {
        return authorized;
    }

    /** The actor as stored now, for the model's commands. */
    Person actor() {
        return actorPerson;
    }

    PersonId actorId() {
        return actorPerson.id();
    }

    OrganizationId organizationId() {
        return actor.organizationId();
    }

    Instant now() {
        return now;
    }

    Persistence persistence() {
        return persistence;
    }

    /** Loads a person of the actor's organization, or throws {@link NotFoundException}. */
    Person person(PersonId id) {
        return find(Store.people(persistence), id);
    }

    /** Loads people of the actor's organization, in order. */
    List<Person> people(List<PersonId> ids) {
        return ids.stream().map(this::person).toList();
    }

    /** Every stored pair of a programme of the actor's organization, read in this transaction. */
    List<MentoringPair> pairsOf(ProgramId programId) {
        return all(request -> persistence.pairs().findByProgram(organizationId(), programId, request));
    }

    /** Every stored plan of a programme of the actor's organization, read in this transaction. */
    List<MentorPlan> plansOf(ProgramId programId) {
        return all(request -> persistence.plans().findByProgram(organizationId(), programId, request));
    }

    private static <T> List<T> all(Function<PageRequest, Page<T>> query) {
        return Page.stream(PageRequest.first(PageRequest.MAX_SIZE), query).toList();
    }

    /** Loads the actor's organization. */
    Organization organization() {
        return find(Store.organizations(persistence), organizationId());
    }

    /** Loads an aggregate of the actor's organization, or throws {@link NotFoundException}. */
    <A, I extends TypedId> A find(Store<A, I> store, I id) {
        Objects.requireNonNull(id, "id");
        return store.find(organizationId(), id).orElseThrow(() -> new NotFoundException(id, organizationId()));
    }

    /** Saves the change's state and appends its events to the outbox, in this transaction. */
    <A, I extends TypedId> A save(Store<A, I> store, Change<A> change) {
        if (!authorized) {
            throw new IllegalStateException("a use case saved before it authorized " + permission);
        }
        A saved = store.save(organizationId(), change.state());
        persistence.outbox().append(organizationId(), change.events());
        events.addAll(change.events());
        return saved;
    }

    /** The events saved in this attempt, in order. */
    List<DomainEvent> events() {
        return List.copyOf(events);
    }
}
