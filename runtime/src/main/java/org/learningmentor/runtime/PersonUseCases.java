package org.learningmentor.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.Violation;
import org.learningmentor.core.organization.OrgUnit;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;

/**
 * The use cases of {@link Person}: adding people, mentor enrolment (volunteering and withdrawing
 * consent), roles, units and managers, and the queries. Obtain it from {@link
 * LearningMentor#people()}.
 *
 * <pre>{@code
 * Person aino = learningMentor.people().volunteerAsMentor(Actor.of(aino), aino.id());   // for oneself
 * }</pre>
 *
 * <p>Commands run like those of {@link ProgramUseCases}: one transaction, authorization, the
 * model's command, save, outbox, retry on a concurrent update, listeners after the commit; each
 * returns the person as stored. Besides the model's rules, the runtime checks what a person cannot
 * know: that a unit exists and is open ({@link ReferenceException}) and that a manager is a person
 * of the organization ({@link NotFoundException}).
 *
 * <p>Queries return people with their personal data (name, e-mail): the default policy lets those
 * who run the programme see everyone and everyone else only themself.
 *
 * <p>This type is thread-safe.
 */
public final class PersonUseCases {

    private final UseCaseRunner runner;
    private final Store<Person, PersonId> people;

    PersonUseCases(UseCaseRunner runner) {
        this.runner = runner;
        this.people = Store.people(runner.persistence());
    }

    // ---------------------------------------------------------------- queries

    /**
     * Returns a person of the actor's organization ({@link Permission#PERSON_VIEW}; "own" when it
     * is the actor).
     *
     * @param actor the actor, not null
     * @param personId the person, not null
     * @return the person, or empty when the organization has no one with the id
     * @throws AccessDeniedException when the actor may not see the person
     */
    public Optional<Person> find(Actor actor, PersonId personId) {
        Objects.requireNonNull(personId, "personId");
        return runner.query(actor, Permission.PERSON_VIEW, context -> {
            context.authorize(List.of(personId));
            return context.persistence().people().find(context.organizationId(), personId);
        });
    }

    /**
     * Returns a page of the actor's organization's people, in id order ({@link
     * Permission#PERSON_LIST}).
     *
     * @param actor the actor, not null
     * @param request the page, not null
     * @return the page, never null
     * @throws AccessDeniedException when the actor may not list people
     */
    public Page<Person> list(Actor actor, PageRequest request) {
        Objects.requireNonNull(request, "request");
        return runner.query(actor, Permission.PERSON_LIST, context -> {
            context.authorize();
            return context.persistence().people().findAll(context.organizationId(), request);
        });
    }

    /**
     * Returns a page of the people of a unit, in id order ({@link Permission#PERSON_LIST}).
     *
     * @param actor the actor, not null
     * @param unitId the unit, not null
     * @param request the page, not null
     * @return the page, never null
     * @throws AccessDeniedException when the actor may not list people
     */
    public Page<Person> listByUnit(Actor actor, OrgUnitId unitId, PageRequest request) {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(request, "request");
        return runner.query(actor, Permission.PERSON_LIST, context -> {
            context.authorize();
            return context.persistence().people().findByUnit(context.organizationId(), unitId, request);
        });
    }

    /**
     * Returns a page of the people who hold a role, in id order; {@link Role#MENTOR} gives the
     * active mentors ({@link Permission#PERSON_LIST}).
     *
     * @param actor the actor, not null
     * @param role the role, not null
     * @param request the page, not null
     * @return the page, never null
     * @throws AccessDeniedException when the actor may not list people
     */
    public Page<Person> listByRole(Actor actor, Role role, PageRequest request) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(request, "request");
        return runner.query(actor, Permission.PERSON_LIST, context -> {
            context.authorize();
            return context.persistence().people().findByRole(context.organizationId(), role, request);
        });
    }

    // ---------------------------------------------------------------- commands

    /**
     * Adds a person to the actor's organization ({@link Permission#PERSON_ADD}). The model has no
     * event for it, so nothing is appended to the outbox.
     *
     * @param actor the actor, not null
     * @param person the new person, version 0, of the actor's organization, in an open unit, with a
     *     manager of the organization if any; not null
     * @return the stored person, never null
     * @throws ReferenceException with {@code runtime.organization.other}, {@code
     *     runtime.unit.unknown} or {@code runtime.unit.closed}, every one that applies
     * @throws NotFoundException when the manager is not a person of the organization
     * @throws org.learningmentor.persistence.DuplicateKeyException when the id is taken
     */
    public Person add(Actor actor, Person person) {
        Objects.requireNonNull(person, "person");
        return runner.create(actor, Permission.PERSON_ADD, people, List.of(), context -> {
            List<Violation> refused = new ArrayList<>();
            if (!person.organizationId().equals(context.organizationId())) {
                refused.add(Violation.of(ReferenceException.ORGANIZATION_OTHER, "organizationId", person.id()));
            } else {
                checkUnit(context.organization(), person.unitId(), "unitId", refused);
            }
            if (!refused.isEmpty()) {
                throw new ReferenceException("Person " + person.id() + " cannot be added", refused);
            }
            person.managerId().ifPresent(context::person);
            return Change.of(person, List.of());
        });
    }

    /**
     * Volunteers a person as a learning mentor, recording their consent ({@link
     * Permission#PERSON_VOLUNTEER}; "own" when the actor volunteers themself).
     *
     * @param actor the actor, not null
     * @param personId the volunteer, not null
     * @return the stored person, never null
     * @see Person#volunteerAsMentor
     */
    public Person volunteerAsMentor(Actor actor, PersonId personId) {
        return runner.update(
                actor,
                Permission.PERSON_VOLUNTEER,
                people,
                personId,
                p -> List.of(p.id()),
                (c, p) -> p.volunteerAsMentor(c.actorId(), c.now()));
    }

    /**
     * Withdraws a person's mentor consent ({@link Permission#PERSON_WITHDRAW_CONSENT}; "own" when
     * the actor withdraws their own). Their enrolments in programmes are not changed: withdraw
     * them with {@link ProgramUseCases#withdrawMentor}.
     *
     * @param actor the actor, not null
     * @param personId the mentor, not null
     * @param reason why, personal free text kept in the enrolment history only; not null, not blank
     * @return the stored person, never null
     * @see Person#withdrawMentorConsent
     */
    public Person withdrawMentorConsent(Actor actor, PersonId personId, String reason) {
        Objects.requireNonNull(reason, "reason");
        return runner.update(
                actor,
                Permission.PERSON_WITHDRAW_CONSENT,
                people,
                personId,
                p -> List.of(p.id()),
                (c, p) -> p.withdrawMentorConsent(c.actorId(), c.now(), reason));
    }

    /**
     * Grants a person a role ({@link Permission#PERSON_GRANT_ROLE}).
     *
     * @param actor the actor, not null
     * @param personId the person, not null
     * @param role the role, not null, not {@link Role#MENTOR}
     * @return the stored person, never null
     * @see Person#grantRole
     */
    public Person grantRole(Actor actor, PersonId personId, Role role) {
        Objects.requireNonNull(role, "role");
        return runner.update(
                actor,
                Permission.PERSON_GRANT_ROLE,
                people,
                personId,
                (c, p) -> p.grantRole(role, c.actorId(), c.now()));
    }

    /**
     * Revokes a role of a person ({@link Permission#PERSON_REVOKE_ROLE}).
     *
     * @param actor the actor, not null
     * @param personId the person, not null
     * @param role the role, not null, not {@link Role#MENTOR}
     * @return the stored person, never null
     * @see Person#revokeRole
     */
    public Person revokeRole(Actor actor, PersonId personId, Role role) {
        Objects.requireNonNull(role, "role");
        return runner.update(
                actor,
                Permission.PERSON_REVOKE_ROLE,
                people,
                personId,
                (c, p) -> p.revokeRole(role, c.actorId(), c.now()));
    }

    /**
     * Moves a person to another unit of the organization ({@link Permission#PERSON_MOVE}).
     *
     * @param actor the actor, not null
     * @param personId the person, not null
     * @param unitId the unit, an open unit of the organization; not null
     * @return the stored person, never null
     * @throws ReferenceException with {@code runtime.unit.unknown} or {@code runtime.unit.closed}
     * @see Person#moveToUnit
     */
    public Person moveToUnit(Actor actor, PersonId personId, OrgUnitId unitId) {
        Objects.requireNonNull(unitId, "unitId");
        return runner.update(actor, Permission.PERSON_MOVE, people, personId, (c, p) -> {
            List<Violation> refused = new ArrayList<>();
            checkUnit(c.organization(), unitId, "unitId", refused);
            if (!refused.isEmpty()) {
                throw new ReferenceException("Person " + personId + " cannot be moved to unit " + unitId, refused);
            }
            return p.moveToUnit(unitId, c.actorId(), c.now());
        });
    }

    /**
     * Gives a person another manager, or removes their manager ({@link
     * Permission#PERSON_ASSIGN_MANAGER}).
     *
     * @param actor the actor, not null
     * @param personId the person, not null
     * @param managerId the new manager, a person of the organization, or empty for none; not null
     * @return the stored person, never null
     * @throws NotFoundException when the manager is not a person of the organization
     * @see Person#assignManager
     */
    public Person assignManager(Actor actor, PersonId personId, Optional<PersonId> managerId) {
        Objects.requireNonNull(managerId, "managerId");
        return runner.update(actor, Permission.PERSON_ASSIGN_MANAGER, people, personId, (c, p) -> {
            managerId.ifPresent(c::person);
            return p.assignManager(managerId, c.actorId(), c.now());
        });
    }

    private static void checkUnit(Organization organization, OrgUnitId unitId, String path, List<Violation> refused) {
        Optional<OrgUnit> unit = organization.unit(unitId);
        if (unit.isEmpty()) {
            refused.add(Violation.of(ReferenceException.UNIT_UNKNOWN, path, unitId));
        } else if (!unit.get().isActive()) {
            refused.add(Violation.of(ReferenceException.UNIT_CLOSED, path, unitId));
        }
    }
}
