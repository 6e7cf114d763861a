package org.learningmentor.runtime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.organization.OrganizationSettings;
import org.learningmentor.core.person.Person;
import org.learningmentor.persistence.Persistence;

/**
 * The use cases of {@link Organization}: its name, settings and languages, and its unit tree. Obtain
 * it from {@link LearningMentor#organizations()}. An actor acts on their own organization only, so
 * no command takes an organization id.
 *
 * <pre>{@code
 * Organization agency = learningMentor.organizations().addUnit(hr, "HAL",
 *         LocalizedText.of("Hallinto", "Förvaltning", "Administration"), Optional.empty());
 * }</pre>
 *
 * <p>Commands run like those of {@link ProgramUseCases} and return the organization as stored.
 *
 * <p>This type is thread-safe.
 */
public final class OrganizationUseCases {

    private final UseCaseRunner runner;
    private final Store<Organization, OrganizationId> organizations;

    OrganizationUseCases(UseCaseRunner runner) {
        this.runner = runner;
        this.organizations = Store.organizations(runner.persistence());
    }

    /**
     * Stores a new organization with its first people, in one transaction: how a host provisions a
     * tenant. There is no actor yet, so this is not authorized: call it from the host's own
     * administration, never on a user's request. The model has no event for it; nothing is
     * appended to the outbox.
     *
     * @param organization the organization, version 0, not null
     * @param people its first people (at least one with HR, to run the use cases), version 0, each
     *     of the organization; not null
     * @return the stored organization, never null
     * @throws IllegalArgumentException when a person belongs to another organization
     * @throws org.learningmentor.persistence.DuplicateKeyException when the organization or a
     *     person is stored already
     */
    public Organization register(Organization organization, List<Person> people) {
        Objects.requireNonNull(organization, "organization");
        List<Person> first = List.copyOf(Objects.requireNonNull(people, "people"));
        for (Person person : first) {
            if (!person.organizationId().equals(organization.id())) {
                throw new IllegalArgumentException(
                        "person " + person.id() + " belongs to another organization than " + organization.id());
            }
        }
        Persistence persistence = runner.persistence();
        return persistence.transactions().call(() -> {
            Organization stored = persistence.organizations().save(organization);
            first.forEach(person -> persistence.people().save(organization.id(), person));
            return stored;
        });
    }

    /**
     * Returns the actor's organization ({@link Permission#ORGANIZATION_VIEW}).
     *
     * @param actor the actor, not null
     * @return the organization, never null
     * @throws AccessDeniedException when the actor may not see it
     * @throws NotFoundException when the organization is not stored
     */
    public Organization get(Actor actor) {
        return runner.query(actor, Permission.ORGANIZATION_VIEW, context -> {
            context.authorize();
            return context.organization();
        });
    }

    /**
     * Renames the organization ({@link Permission#ORGANIZATION_RENAME}).
     *
     * @param actor the actor, not null
     * @param name the new name, not null
     * @return the stored organization, never null
     * @see Organization#rename
     */
    public Organization rename(Actor actor, LocalizedText name) {
        Objects.requireNonNull(name, "name");
        return update(actor, Permission.ORGANIZATION_RENAME, (c, o) -> o.rename(name, c.actorId(), c.now()));
    }

    /**
     * Changes the organization's settings ({@link Permission#ORGANIZATION_CHANGE_SETTINGS}).
     *
     * @param actor the actor, not null
     * @param settings the new settings, not null
     * @return the stored organization, never null
     * @see Organization#changeSettings
     */
    public Organization changeSettings(Actor actor, OrganizationSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return update(
                actor,
                Permission.ORGANIZATION_CHANGE_SETTINGS,
                (c, o) -> o.changeSettings(settings, c.actorId(), c.now()));
    }

    /**
     * Changes the languages the organization works in ({@link
     * Permission#ORGANIZATION_CHANGE_LANGUAGES}).
     *
     * @param actor the actor, not null
     * @param languages the new languages, the primary one first; not null
     * @return the stored organization, never null
     * @see Organization#changeLanguages
     */
    public Organization changeLanguages(Actor actor, List<Language> languages) {
        List<Language> copy = List.copyOf(Objects.requireNonNull(languages, "languages"));
        return update(
                actor,
                Permission.ORGANIZATION_CHANGE_LANGUAGES,
                (c, o) -> o.changeLanguages(copy, c.actorId(), c.now()));
    }

    /**
     * Adds a unit; find it in the result with {@code unitByCode(code)} ({@link
     * Permission#UNIT_ADD}).
     *
     * @param actor the actor, not null
     * @param code the unit's code, not null, unique in the organization
     * @param name the unit's name, not null
     * @param parentId the parent unit, or empty for a top-level unit; not null
     * @return the stored organization, never null
     * @see Organization#addUnit
     */
    public Organization addUnit(Actor actor, String code, LocalizedText name, Optional<OrgUnitId> parentId) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parentId, "parentId");
        OrgUnitId id = OrgUnitId.next(runner.ids());
        return update(actor, Permission.UNIT_ADD, (c, o) -> o.addUnit(id, code, name, parentId, c.actorId(), c.now()));
    }

    /**
     * Renames a unit ({@link Permission#UNIT_RENAME}).
     *
     * @param actor the actor, not null
     * @param unitId the unit, not null
     * @param name the new name, not null
     * @return the stored organization, never null
     * @see Organization#renameUnit
     */
    public Organization renameUnit(Actor actor, OrgUnitId unitId, LocalizedText name) {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(name, "name");
        return update(actor, Permission.UNIT_RENAME, (c, o) -> o.renameUnit(unitId, name, c.actorId(), c.now()));
    }

    /**
     * Moves a unit with its subtree ({@link Permission#UNIT_MOVE}).
     *
     * @param actor the actor, not null
     * @param unitId the unit, not null
     * @param parentId the new parent, or empty for the top level; not null
     * @return the stored organization, never null
     * @see Organization#moveUnit
     */
    public Organization moveUnit(Actor actor, OrgUnitId unitId, Optional<OrgUnitId> parentId) {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(parentId, "parentId");
        return update(actor, Permission.UNIT_MOVE, (c, o) -> o.moveUnit(unitId, parentId, c.actorId(), c.now()));
    }

    /**
     * Closes a unit ({@link Permission#UNIT_CLOSE}). People still in it stay there: move them with
     * {@link PersonUseCases#moveToUnit}.
     *
     * @param actor the actor, not null
     * @param unitId the unit, not null
     * @return the stored organization, never null
     * @see Organization#closeUnit
     */
    public Organization closeUnit(Actor actor, OrgUnitId unitId) {
        Objects.requireNonNull(unitId, "unitId");
        return update(actor, Permission.UNIT_CLOSE, (c, o) -> o.closeUnit(unitId, c.actorId(), c.now()));
    }

    private Organization update(
            Actor actor, Permission permission, BiFunction<Context, Organization, Change<Organization>> command) {
        Objects.requireNonNull(actor, "actor");
        return runner.update(actor, permission, organizations, actor.organizationId(), command);
    }
}
