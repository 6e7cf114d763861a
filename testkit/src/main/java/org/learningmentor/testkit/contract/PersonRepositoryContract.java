package org.learningmentor.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.organization.OrgUnit;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;
import org.learningmentor.persistence.PersonRepository;
import org.learningmentor.testkit.sample.SampleOrganization;

/**
 * The contract tests of {@link PersonRepository}: subclass with the factory of the implementation
 * under test.
 *
 * <pre>{@code
 * class JdbcPersonRepositoryTest extends PersonRepositoryContract {
 *     @Override
 *     protected Persistence createPersistence() {
 *         return JdbcPersistence.create(dataSource);
 *     }
 * }
 * }</pre>
 *
 * The people are those of sample agencies from {@link org.learningmentor.testkit.sample.SampleData}
 * (units, managers, roles, mentors with consent histories); each agency's organization is stored
 * before its people.
 */
public abstract class PersonRepositoryContract extends AggregateRepositoryContract<Person, PersonId> {

    /** Ids in the order every query returns people: unsigned, as their canonical text sorts. */
    static final Comparator<Person> ID_ORDER =
            Comparator.comparing(person -> person.id().toString());

    /** Creates the test; JUnit calls it. */
    protected PersonRepositoryContract() {}

    // ---------------------------------------------------------------- the aggregate's hooks

    @Override
    String aggregateName() {
        return "person";
    }

    @Override
    Person aNewAggregate() {
        SampleOrganization agency = samples.agency(12);
        organizations().save(agency.organization());
        // A mentor carries the most: roles, a manager and a consent history.
        return agency.activeMentors().get(0);
    }

    @Override
    Person anotherNewAggregateLike(Person template) {
        return Samples.another(template, samples.personId(), template.displayName());
    }

    @Override
    Optional<Person> find(OrganizationId organizationId, PersonId id) {
        return people().find(organizationId, id);
    }

    @Override
    Person save(Person person) {
        return people().save(person == null ? samples.organizationId() : person.organizationId(), person);
    }

    @Override
    PersonId idOf(Person person) {
        return person.id();
    }

    @Override
    OrganizationId organizationOf(Person person) {
        return person.organizationId();
    }

    @Override
    long versionOf(Person person) {
        return person.version();
    }

    @Override
    Person withVersion(Person person, long version) {
        return person.withVersion(version);
    }

    @Override
    Person revised(Person person, int revision) {
        return Samples.revised(person, revision);
    }

    @Override
    int revisionOf(Person person) {
        return Samples.revisionOf(person);
    }

    // ---------------------------------------------------------------- fixtures

    /** A sample agency stored whole: its organization, then every person, as saved. */
    record StoredAgency(SampleOrganization sample, Map<PersonId, Person> people) {
        OrganizationId id() {
            return sample.organization().id();
        }

        List<Person> inIdOrder() {
            return sorted(people.values());
        }
    }

    private StoredAgency storeAgency(int size) {
        SampleOrganization sample = samples.agency(size);
        organizations().save(sample.organization());
        Map<PersonId, Person> saved = new LinkedHashMap<>();
        for (Person person : sample.people()) {
            saved.put(person.id(), people().save(sample.organization().id(), person));
        }
        return new StoredAgency(sample, saved);
    }

    private static List<Person> sorted(Collection<Person> people) {
        return people.stream().sorted(ID_ORDER).toList();
    }

    private static List<Person> stored(StoredAgency agency, Collection<Person> sampled) {
        return sorted(sampled.stream().map(p -> agency.people().get(p.id())).toList());
    }

    /**
     * Reads every page of a query, checking each: full unless it is the last, a next cursor exactly
     * when it is not the last.
     */
    static List<Person> readAll(Function<PageRequest, Page<Person>> query, int size) {
        return readAll(query, PageRequest.first(size));
    }

    /** Reads the pages of a query from the given request on, checking each as above. */
    static List<Person> readAll(Function<PageRequest, Page<Person>> query, PageRequest start) {
        List<Person> all = new ArrayList<>();
        int size = start.size();
        PageRequest request = start;
        for (int pages = 1; ; pages++) {
            Page<Person> page = query.apply(request);
            assertThat(page).as("page %d", pages).isNotNull();
            if (page.hasNext()) {
                assertThat(page.items())
                        .as("page %d has a next cursor, so it must hold the full %d items", pages, size)
                        .hasSize(size);
            } else {
                assertThat(page.items()).as("page %d", pages).hasSizeLessThanOrEqualTo(size);
            }
            all.addAll(page.items());
            if (page.nextCursor().isEmpty()) {
                return all;
            }
            assertThat(pages).as("pages read: a cursor that never ends?").isLessThan(100_000);
            request = PageRequest.after(page.nextCursor().get(), size);
        }
    }

    // ---------------------------------------------------------------- save and find

    @Test
    public void saveWhenThePersonBelongsToAnotherOrganizationThenRefusesWithIllegalArgumentAndStoresNothing() {
        Person person = aNewAggregate();
        OrganizationId other = samples.organizationId();

        assertThatThrownBy(() -> people().save(other, person)).isInstanceOf(IllegalArgumentException.class);
        assertThat(people().find(person.organizationId(), person.id())).isEmpty();
        assertThat(people().find(other, person.id())).isEmpty();
    }

    @Test
    public void findUnderAnotherOrganizationThenEmpty() {
        Person saved = save(aNewAggregate());

        assertThat(people().find(samples.organizationId(), saved.id())).isEmpty();
    }

    @Test
    public void theSameIdUnderTwoOrganizationsNamesTwoUnrelatedPeople() {
        StoredAgency first = storeAgency(12);
        StoredAgency second = storeAgency(12);
        Person ofFirst = first.inIdOrder().get(0);
        OrgUnitId unitOfSecond = second.sample().organization().units().get(0).id();
        Person namesake = Samples.copy(ofFirst, ofFirst.id(), second.id(), unitOfSecond, "Toinen Henkilö")
                .withVersion(0);

        Person savedNamesake = people().save(second.id(), namesake);
        Person changedNamesake = people().save(second.id(), Samples.revised(savedNamesake, 1));

        assertThat(savedNamesake.version()).isEqualTo(1);
        assertThat(people().find(second.id(), ofFirst.id())).contains(changedNamesake);
        assertThat(people().find(first.id(), ofFirst.id())).contains(ofFirst);
        assertThat(readAll(r -> people().findAll(first.id(), r), 50)).containsExactlyElementsOf(first.inIdOrder());
    }

    // ---------------------------------------------------------------- findAll and paging

    @Test
    public void findAllReturnsEveryPersonOfTheOrganizationOnceInIdOrder() {
        StoredAgency agency = storeAgency(60);

        List<Person> all = readAll(request -> people().findAll(agency.id(), request), 7);

        assertThat(all).containsExactlyElementsOf(agency.inIdOrder());
    }

    @Test
    public void findAllWhenTheLastPageIsFullThenItHasNoNextCursor() {
        StoredAgency agency = storeAgency(10);

        Page<Person> first = people().findAll(agency.id(), PageRequest.first(5));
        Page<Person> second = people().findAll(
                        agency.id(), PageRequest.after(first.nextCursor().orElseThrow(), 5));
        Page<Person> whole = people().findAll(agency.id(), PageRequest.first(10));

        assertThat(first.items()).hasSize(5);
        assertThat(second.items()).hasSize(5);
        assertThat(second.hasNext()).isFalse();
        assertThat(whole.items()).containsExactlyElementsOf(agency.inIdOrder());
        assertThat(whole.nextCursor()).isEmpty();
    }

    @Test
    public void findAllWhenTheOrganizationHasNoOneThenReturnsAnEmptyLastPage() {
        Page<Person> page = people().findAll(samples.organizationId(), PageRequest.first(10));

        assertThat(page.items()).isEmpty();
        assertThat(page.nextCursor()).isEmpty();
    }

    /**
     * Between two pages, people on the read page and on pages to come change, and two join: one
     * whose id sorts before the cursor (not returned: its place was read already) and one whose id
     * sorts after everyone (returned). No one is skipped or repeated.
     */
    @Test
    public void pagingIsStableWhilePeopleAreSavedBetweenPages() {
        StoredAgency agency = storeAgency(30);
        List<Person> before = agency.inIdOrder();
        Page<Person> first = people().findAll(agency.id(), PageRequest.first(10));
        Person read = first.items().get(3);
        Person unread = before.get(20);
        OrgUnitId anotherUnit = agency.sample().organization().units().stream()
                .map(OrgUnit::id)
                .filter(unit -> !unit.equals(unread.unitId()))
                .findFirst()
                .orElseThrow();

        people().save(agency.id(), Samples.revised(read, 1));
        people().save(agency.id(), Samples.movedTo(Samples.revised(unread, 1), anotherUnit, samples.at()));
        // The smallest and the largest ids, as unsigned numbers; the low bits keep them apart per test.
        long low = samples.personId().value().getLeastSignificantBits();
        Person early = Samples.another(read, PersonId.of(new UUID(0L, low)), "Eka Ensimmäinen");
        Person late = Samples.another(read, PersonId.of(new UUID(-1L, low)), "Viimeinen Vieras");
        people().save(agency.id(), early.withVersion(0));
        Person savedLate = people().save(agency.id(), late.withVersion(0));
        List<Person> rest = readAll(
                request -> people().findAll(agency.id(), request),
                PageRequest.after(first.nextCursor().orElseThrow(), 10));

        List<PersonId> ids =
                new ArrayList<>(first.items().stream().map(Person::id).toList());
        ids.addAll(rest.stream().map(Person::id).toList());
        List<PersonId> expected =
                new ArrayList<>(before.stream().map(Person::id).toList());
        expected.add(savedLate.id());
        assertThat(ids).containsExactlyElementsOf(expected);
        assertThat(rest).contains(people().find(agency.id(), unread.id()).orElseThrow());
    }

    // ---------------------------------------------------------------- findByUnit and findByRole

    @Test
    public void findByUnitReturnsThePeopleOfTheUnitButNotOfTheUnitsBelowIt() {
        StoredAgency agency = storeAgency(150);
        boolean sawUnitWithPeopleBelow = false;

        for (OrgUnit unit : agency.sample().organization().units()) {
            List<Person> found = readAll(request -> people().findByUnit(agency.id(), unit.id(), request), 4);

            assertThat(found)
                    .as("people of unit %s", unit.code())
                    .containsExactlyElementsOf(stored(agency, agency.sample().peopleIn(unit.id())));
            sawUnitWithPeopleBelow |= agency.sample().organization().descendants(unit.id()).stream()
                    .anyMatch(below -> !agency.sample().peopleIn(below.id()).isEmpty());
        }
        assertThat(sawUnitWithPeopleBelow)
                .as("the sample has a unit with people below it")
                .isTrue();
    }

    @Test
    public void findByUnitWhenAPersonMovesThenFindsThemInTheNewUnitOnly() {
        StoredAgency agency = storeAgency(40);
        Person mover = agency.inIdOrder().get(0);
        OrgUnitId from = mover.unitId();
        OrgUnitId to = agency.sample().organization().units().stream()
                .map(OrgUnit::id)
                .filter(unit -> !unit.equals(from))
                .findFirst()
                .orElseThrow();

        Person moved = people().save(agency.id(), Samples.movedTo(mover, to, samples.at()));

        assertThat(readAll(r -> people().findByUnit(agency.id(), to, r), 100)).contains(moved);
        assertThat(readAll(r -> people().findByUnit(agency.id(), from, r), 100))
                .extracting(Person::id)
                .doesNotContain(mover.id());
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    public void findByRoleReturnsThePeopleWhoHoldTheRole(Role role) {
        StoredAgency agency = storeAgency(120);

        List<Person> found = readAll(request -> people().findByRole(agency.id(), role, request), 3);

        assertThat(found)
                .isNotEmpty()
                .containsExactlyElementsOf(stored(agency, agency.sample().withRole(role)));
    }

    @Test
    public void findByRoleMentorFollowsConsentGivenAndWithdrawn() {
        StoredAgency agency = storeAgency(60);
        Person leaving =
                agency.people().get(agency.sample().activeMentors().get(0).id());
        Person joining = agency.inIdOrder().stream()
                .filter(person -> !person.hasRole(Role.MENTOR))
                .findFirst()
                .orElseThrow();

        Person left = people().save(
                        agency.id(),
                        leaving.withdrawMentorConsent(leaving.id(), samples.at(), "Työt vievät ajan")
                                .state());
        Person joined = people().save(
                        agency.id(),
                        joining.volunteerAsMentor(joining.id(), samples.at()).state());

        List<Person> mentors = readAll(request -> people().findByRole(agency.id(), Role.MENTOR, request), 50);
        assertThat(mentors).contains(joined).extracting(Person::id).doesNotContain(left.id());
        assertThat(mentors).allMatch(Person::isActiveMentor);
    }

    // ---------------------------------------------------------------- tenancy

    @Test
    public void everyQueryOfAnotherOrganizationSeesNoneOfThisOrganizationsPeople() {
        StoredAgency mine = storeAgency(40);
        StoredAgency theirs = storeAgency(40);
        OrgUnitId sharedUnitId = mine.sample().organization().units().get(0).id();
        Person theirsInMyUnitId = people().save(
                        theirs.id(),
                        Samples.copy(
                                        theirs.inIdOrder().get(0),
                                        samples.personId(),
                                        theirs.id(),
                                        sharedUnitId,
                                        "Vieras Yksikössä")
                                .withVersion(0));
        OrganizationId nobody = samples.organizationId();

        assertThat(readAll(r -> people().findAll(theirs.id(), r), 9))
                .extracting(Person::organizationId)
                .containsOnly(theirs.id());
        assertThat(readAll(r -> people().findByUnit(theirs.id(), sharedUnitId, r), 9))
                .containsExactly(theirsInMyUnitId);
        assertThat(readAll(r -> people().findByUnit(mine.id(), sharedUnitId, r), 9))
                .containsExactlyElementsOf(stored(mine, mine.sample().peopleIn(sharedUnitId)));
        for (Role role : Role.values()) {
            assertThat(readAll(r -> people().findByRole(theirs.id(), role, r), 9))
                    .extracting(Person::organizationId)
                    .containsOnly(theirs.id());
            assertThat(people().findByRole(nobody, role, PageRequest.first(10)).items())
                    .isEmpty();
        }
        for (Person person : mine.people().values()) {
            assertThat(people().find(theirs.id(), person.id())).isEmpty();
            assertThat(people().findByUnit(theirs.id(), person.unitId(), PageRequest.first(100))
                            .items())
                    .allMatch(found -> found.organizationId().equals(theirs.id()));
        }
        assertThat(people().findAll(nobody, PageRequest.first(10)).items()).isEmpty();
    }

    // ---------------------------------------------------------------- cursors and misuse

    @Test
    public void aMalformedCursorIsRefusedWithIllegalArgumentByEveryQuery() {
        StoredAgency agency = storeAgency(10);
        PageRequest malformed = PageRequest.after("this is not a cursor", 10);

        assertThatThrownBy(() -> people().findAll(agency.id(), malformed)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> people().findByUnit(
                                agency.id(), agency.inIdOrder().get(0).unitId(), malformed))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> people().findByRole(agency.id(), Role.EMPLOYEE, malformed))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    public void aCursorOnlyPositionsAQueryAndNeverWidensIt() {
        StoredAgency mine = storeAgency(30);
        StoredAgency theirs = storeAgency(30);
        String cursor =
                people().findAll(mine.id(), PageRequest.first(5)).nextCursor().orElseThrow();

        assertThat(people().findAll(theirs.id(), PageRequest.after(cursor, PageRequest.MAX_SIZE))
                        .items())
                .extracting(Person::organizationId)
                .containsOnly(theirs.id());
        assertThat(people().findByRole(mine.id(), Role.HR, PageRequest.after(cursor, PageRequest.MAX_SIZE))
                        .items())
                .allMatch(person ->
                        person.hasRole(Role.HR) && person.organizationId().equals(mine.id()));
    }

    @Test
    public void nullArgumentsAreRefusedWithNullPointerExceptionNamingTheParameter() {
        Person person = aNewAggregate();
        OrganizationId organizationId = person.organizationId();
        PersonId id = person.id();
        PageRequest request = PageRequest.first(10);

        assertNamesNull("organizationId", () -> people().find(null, id));
        assertNamesNull("id", () -> people().find(organizationId, null));
        assertNamesNull("organizationId", () -> people().save(null, person));
        assertNamesNull("person", () -> people().save(organizationId, null));
        assertNamesNull("organizationId", () -> people().findAll(null, request));
        assertNamesNull("request", () -> people().findAll(organizationId, null));
        assertNamesNull("unitId", () -> people().findByUnit(organizationId, null, request));
        assertNamesNull("request", () -> people().findByUnit(organizationId, person.unitId(), null));
        assertNamesNull("role", () -> people().findByRole(organizationId, null, request));
        assertNamesNull("request", () -> people().findByRole(organizationId, Role.MENTOR, null));
        assertThat(people().find(organizationId, id)).isEmpty();
    }
}
