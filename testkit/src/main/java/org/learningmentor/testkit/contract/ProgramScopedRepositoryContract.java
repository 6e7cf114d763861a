package org.learningmentor.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.TypedId;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;
import org.learningmentor.testkit.sample.SampleOrganization;
import org.learningmentor.testkit.sample.SampleProgram;
import org.learningmentor.testkit.sample.SamplePrograms;

/**
 * The tests of a repository of an aggregate that belongs to a programme (pairs, plans, surveys,
 * evaluations): those of every aggregate, plus {@code findByProgram} paging, tenancy, the refusal
 * of another organization's aggregate, malformed cursors, null arguments and a rolled-back unit of
 * work. Subclass the aggregate's contract class, not this one.
 *
 * <p>Each new aggregate belongs to a sample programme (in training unless the aggregate's contract
 * says otherwise) of a sample agency; the agency's
 * organization and people and the programme are stored first, so implementations with foreign keys
 * pass.
 *
 * @param <A> the aggregate type
 * @param <I> the aggregate's id type
 */
public abstract class ProgramScopedRepositoryContract<A, I extends TypedId> extends AggregateRepositoryContract<A, I> {

    /** The programme of each organization's aggregates, to make more like them. */
    private final Map<OrganizationId, SampleProgram> programs = new ConcurrentHashMap<>();

    ProgramScopedRepositoryContract() {}

    // ---------------------------------------------------------------- what each aggregate fills in

    /** Returns a new aggregate (version 0) of the programme, its ids drawn from the seed. */
    abstract A aNewAggregateOf(SampleProgram sample, long seed);

    abstract ProgramId programOf(A aggregate);

    /** The repository's save, with the organization given apart. */
    abstract A saveUnder(OrganizationId organizationId, A aggregate);

    abstract Page<A> findByProgram(OrganizationId organizationId, ProgramId programId, PageRequest request);

    /** The phase of the sample programmes the aggregates belong to. */
    ProgramPhase programPhase() {
        return ProgramPhase.TRAINING;
    }

    /** The name of the aggregate parameter of the repository's {@code save}: "pair", "plan". */
    String parameterName() {
        return aggregateName();
    }

    // ---------------------------------------------------------------- hooks of every aggregate

    @Override
    final A aNewAggregate() {
        return aNewAggregateOf(storedProgram(storedAgency()), freshSeed());
    }

    @Override
    final A anotherNewAggregateLike(A template) {
        SampleProgram sample = programs.get(organizationOf(template));
        if (sample == null) {
            throw new IllegalStateException("no sample programme of " + organizationOf(template));
        }
        return aNewAggregateOf(sample, freshSeed());
    }

    @Override
    final A save(A aggregate) {
        return saveUnder(aggregate == null ? samples.organizationId() : organizationOf(aggregate), aggregate);
    }

    // ---------------------------------------------------------------- fixtures

    /** A seed of its own: the test's seed would give the sample the ids {@code samples} hands out. */
    final long freshSeed() {
        return samples.personId().value().getLeastSignificantBits();
    }

    final SampleOrganization storedAgency() {
        SampleOrganization agency = samples.agency(30);
        organizations().save(agency.organization());
        for (Person person : agency.people()) {
            people().save(agency.organization().id(), person);
        }
        return agency;
    }

    /** Stores a new programme of the agency; the first of each agency is the one others are made in. */
    final SampleProgram storedProgram(SampleOrganization agency) {
        SampleProgram sample = SamplePrograms.inPhase(agency, programPhase(), freshSeed());
        programs().save(agency.organization().id(), sample.program());
        programs.putIfAbsent(agency.organization().id(), sample);
        return sample;
    }

    /** Stores {@code count} new aggregates of the programme, returned in id order. */
    private List<A> storeOf(SampleProgram sample, int count) {
        List<A> stored = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            stored.add(save(aNewAggregateOf(sample, freshSeed())));
        }
        stored.sort(idOrder());
        return stored;
    }

    /** Ids in the order every query returns them: unsigned, as their canonical text sorts. */
    private Comparator<A> idOrder() {
        return Comparator.comparing(aggregate -> idOf(aggregate).toString());
    }

    private List<A> readAll(Function<PageRequest, Page<A>> query) {
        List<A> all = new ArrayList<>();
        PageRequest request = PageRequest.first(3);
        for (int pages = 1; pages < 10_000; pages++) {
            Page<A> page = query.apply(request);
            all.addAll(page.items());
            if (page.nextCursor().isEmpty()) {
                return all;
            }
            assertThat(page.items()).hasSize(3);
            request = PageRequest.after(page.nextCursor().get(), 3);
        }
        throw new AssertionError("a cursor that never ends?");
    }

    // ---------------------------------------------------------------- queries

    @Test
    public void findByProgramReturnsEveryOneOfTheProgrammeOnceInIdOrderAndNoneOfAnotherProgramme() {
        SampleOrganization agency = storedAgency();
        SampleProgram first = storedProgram(agency);
        SampleProgram second = storedProgram(agency);
        List<A> ofFirst = storeOf(first, 7);
        List<A> ofSecond = storeOf(second, 2);
        OrganizationId organizationId = agency.organization().id();

        assertThat(readAll(r -> findByProgram(organizationId, first.program().id(), r)))
                .containsExactlyElementsOf(ofFirst);
        assertThat(readAll(r -> findByProgram(organizationId, second.program().id(), r)))
                .containsExactlyElementsOf(ofSecond);
        assertThat(findByProgram(organizationId, ProgramId.of(samples.personId().value()), PageRequest.first(10))
                        .items())
                .as("a programme with no %s", aggregateName())
                .isEmpty();
    }

    @Test
    public void findByProgramReturnsTheStoredStateAfterAnUpdate() {
        A stored = save(aNewAggregate());
        A updated = save(revised(stored, 1));

        assertThat(findByProgram(organizationOf(stored), programOf(stored), PageRequest.first(10))
                        .items())
                .containsExactly(updated);
    }

    @Test
    public void everyQueryOfAnotherOrganizationSeesNoneOfThisOrganizations() {
        A mine = save(aNewAggregate());
        OrganizationId other = samples.organizationId();

        assertThat(find(other, idOf(mine))).isEmpty();
        assertThat(findByProgram(other, programOf(mine), PageRequest.first(10)).items())
                .isEmpty();
    }

    @Test
    public void saveWhenTheAggregateBelongsToAnotherOrganizationThenRefusesWithIllegalArgumentAndStoresNothing() {
        A aggregate = aNewAggregate();
        OrganizationId other = samples.organizationId();

        assertThatThrownBy(() -> saveUnder(other, aggregate)).isInstanceOf(IllegalArgumentException.class);
        assertThat(reload(aggregate)).isEmpty();
        assertThat(find(other, idOf(aggregate))).isEmpty();
    }

    @Test
    public void aUnitOfWorkThatFailsLeavesNoneOfItsSavesAndSeesThemWhileItRuns() {
        A template = aNewAggregate();
        A second = anotherNewAggregateLike(template);
        IllegalStateException failure = new IllegalStateException("the use case failed after saving");
        List<List<A>> seenInside = new ArrayList<>();

        assertThatThrownBy(() -> transactions().run(() -> {
                    A one = save(template);
                    A two = save(second);
                    seenInside.add(
                            List.of(reload(one).orElseThrow(), reload(two).orElseThrow()));
                    seenInside.add(findByProgram(organizationOf(one), programOf(one), PageRequest.first(10))
                            .items());
                    throw failure;
                }))
                .isSameAs(failure);

        assertThat(seenInside.get(0)).containsExactly(withVersion(template, 1), withVersion(second, 1));
        assertThat(seenInside.get(1)).containsExactlyInAnyOrder(withVersion(template, 1), withVersion(second, 1));
        assertThat(reload(template)).isEmpty();
        assertThat(reload(second)).isEmpty();
        assertThat(findByProgram(organizationOf(template), programOf(template), PageRequest.first(10))
                        .items())
                .isEmpty();
    }

    @Test
    public void aMalformedCursorIsRefusedWithIllegalArgument() {
        PageRequest malformed = PageRequest.after("this is not a cursor", 10);

        assertThatThrownBy(() -> findByProgram(
                        samples.organizationId(),
                        ProgramId.of(samples.personId().value()),
                        malformed))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    public void nullArgumentsAreRefusedWithNullPointerExceptionNamingTheParameter() {
        A aggregate = aNewAggregate();
        OrganizationId organizationId = organizationOf(aggregate);
        ProgramId programId = programOf(aggregate);
        PageRequest request = PageRequest.first(10);

        assertNamesNull("organizationId", () -> find(null, idOf(aggregate)));
        assertNamesNull("id", () -> find(organizationId, null));
        assertNamesNull("organizationId", () -> saveUnder(null, aggregate));
        assertNamesNull(parameterName(), () -> saveUnder(organizationId, null));
        assertNamesNull("organizationId", () -> findByProgram(null, programId, request));
        assertNamesNull("programId", () -> findByProgram(organizationId, null, request));
        assertNamesNull("request", () -> findByProgram(organizationId, programId, null));
    }
}
