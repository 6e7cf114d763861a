package org.learningmentor.testkit.contract;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.IdGenerator;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.organization.OrgUnit;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.person.Person;
import org.learningmentor.testkit.sample.SampleData;
import org.learningmentor.testkit.sample.SampleOrganization;

/**
 * The sample data of one contract test, all drawn from the test's seed: agencies from {@link
 * SampleData}, fresh ids, and the revised states the concurrency tests count with.
 */
final class Samples {

    /** Whoever acts in the sample commands; actors are not stored, so any id does. */
    static final PersonId ACTOR = PersonId.of(UUID.fromString("5ad0e000-0000-4000-8000-00000000ac70"));

    private static final Pattern REVISION = Pattern.compile("^(.*) \\((\\d+)\\)$");
    private static final String UNIT_REVISION = "Revision ";

    private final SplittableRandom random;
    private final IdGenerator ids;
    private long hours;

    Samples(long seed) {
        this.random = new SplittableRandom(seed);
        this.ids = IdGenerator.seeded(random.nextLong());
    }

    /** Returns a new agency of its own (a new organization id) with exactly {@code people} people. */
    synchronized SampleOrganization agency(int people) {
        return SampleData.organization(random.nextLong(), people);
    }

    OrganizationId organizationId() {
        return OrganizationId.next(ids);
    }

    PersonId personId() {
        return PersonId.next(ids);
    }

    OrgUnitId unitId() {
        return OrgUnitId.next(ids);
    }

    /** Returns an instant in the sample story after every consent it holds, an hour later on each call. */
    synchronized Instant at() {
        hours++;
        return SampleData.STORY_START.plus(Duration.ofDays(90)).plus(Duration.ofHours(hours));
    }

    /** Returns a copy of the person with another id and display name: another person of the organization. */
    static Person another(Person person, PersonId id, String displayName) {
        return copy(person, id, person.organizationId(), person.unitId(), displayName);
    }

    /** Returns a full copy of the person with the given identity, organization, unit and name. */
    static Person copy(
            Person person, PersonId id, OrganizationId organizationId, OrgUnitId unitId, String displayName) {
        return Person.builder()
                .id(id)
                .organizationId(organizationId)
                .unitId(unitId)
                .displayName(displayName)
                .email(person.email())
                .addAllRoles(person.roles())
                .managerId(person.managerId().filter(manager -> !manager.equals(id)))
                .language(person.language())
                .enrollment(person.enrollment())
                .version(person.version())
                .build();
    }

    /**
     * Returns the person with their display name marked with a revision number, as after a change
     * of name: {@code "Aino Virtanen (17)"}.
     */
    static Person revised(Person person, int revision) {
        Matcher matcher = REVISION.matcher(person.displayName());
        String base = matcher.matches() ? matcher.group(1) : person.displayName();
        return copy(person, person.id(), person.organizationId(), person.unitId(), base + " (" + revision + ")");
    }

    /** Returns the revision number in the person's display name, 0 when there is none. */
    static int revisionOf(Person person) {
        Matcher matcher = REVISION.matcher(person.displayName());
        return matcher.matches() ? Integer.parseInt(matcher.group(2)) : 0;
    }

    /** Moves the person to another unit, by command. */
    static Person movedTo(Person person, OrgUnitId unitId, Instant at) {
        return person.moveToUnit(unitId, ACTOR, at).state();
    }

    /** Renames the organization's first unit with a revision number, by command, with its event. */
    static Change<Organization> revised(Organization organization, int revision, Instant at) {
        OrgUnit unit = organization.units().get(0);
        return organization.renameUnit(
                unit.id(),
                LocalizedText.of("Muutos " + revision, "Ändring " + revision, UNIT_REVISION + revision),
                ACTOR,
                at);
    }

    /** Returns the revision number in the first unit's English name, 0 when there is none. */
    static int revisionOf(Organization organization) {
        String name = organization.units().get(0).name().asMap().get(Language.EN);
        return Optional.ofNullable(name)
                .filter(text -> text.startsWith(UNIT_REVISION))
                .map(text -> Integer.parseInt(text.substring(UNIT_REVISION.length())))
                .orElse(0);
    }
}
