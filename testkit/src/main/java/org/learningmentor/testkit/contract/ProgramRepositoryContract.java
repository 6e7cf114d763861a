package org.learningmentor.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;
import org.learningmentor.persistence.ProgramRepository;
import org.learningmentor.testkit.sample.SampleOrganization;
import org.learningmentor.testkit.sample.SamplePrograms;

/**
 * The contract tests of {@link ProgramRepository}: subclass with the factory of the implementation
 * under test.
 *
 * <pre>{@code
 * class JdbcProgramRepositoryTest extends ProgramRepositoryContract {
 *     @Override
 *     protected Persistence createPersistence() {
 *         return JdbcPersistence.create(dataSource);
 *     }
 * }
 * }</pre>
 *
 * The programmes are those of {@link SamplePrograms} for sample agencies; each agency's
 * organization and people are stored before its programmes.
 */
public abstract class ProgramRepositoryContract extends AggregateRepositoryContract<MentoringProgram, ProgramId> {

    private static final Pattern REVISION = Pattern.compile("^(.*) \\((\\d+)\\)$");

    /** Programme ids in the order every query returns them: unsigned, as their canonical text sorts. */
    static final Comparator<MentoringProgram> ID_ORDER =
            Comparator.comparing(program -> program.id().toString());

    /** Creates the test; JUnit calls it. */
    protected ProgramRepositoryContract() {}

    // ---------------------------------------------------------------- the aggregate's hooks

    @Override
    String aggregateName() {
        return "program";
    }

    @Override
    MentoringProgram aNewAggregate() {
        // A seed of its own: the test's seed would give the programme the ids samples hands out.
        long programSeed = samples.personId().value().getLeastSignificantBits();
        return SamplePrograms.inPhase(storedAgency(), ProgramPhase.TRAINING, programSeed)
                .program();
    }

    @Override
    MentoringProgram anotherNewAggregateLike(MentoringProgram template) {
        return copy(template, ProgramId.of(samples.personId().value()), template.name(), template.phase());
    }

    @Override
    Optional<MentoringProgram> find(OrganizationId organizationId, ProgramId id) {
        return programs().find(organizationId, id);
    }

    @Override
    MentoringProgram save(MentoringProgram program) {
        return programs().save(program == null ? samples.organizationId() : program.organizationId(), program);
    }

    @Override
    ProgramId idOf(MentoringProgram program) {
        return program.id();
    }

    @Override
    OrganizationId organizationOf(MentoringProgram program) {
        return program.organizationId();
    }

    @Override
    long versionOf(MentoringProgram program) {
        return program.version();
    }

    @Override
    MentoringProgram withVersion(MentoringProgram program, long version) {
        return program.withVersion(version);
    }

    /** Marks the English name with the revision number, as after a change of name. */
    @Override
    MentoringProgram revised(MentoringProgram program, int revision) {
        Map<Language, String> names = program.name().asMap();
        Matcher matcher = REVISION.matcher(names.get(Language.EN));
        String base = matcher.matches() ? matcher.group(1) : names.get(Language.EN);
        LocalizedText name =
                LocalizedText.of(names.get(Language.FI), names.get(Language.SV), base + " (" + revision + ")");
        return copy(program, program.id(), name, program.phase());
    }

    @Override
    int revisionOf(MentoringProgram program) {
        Matcher matcher = REVISION.matcher(program.name().asMap().get(Language.EN));
        return matcher.matches() ? Integer.parseInt(matcher.group(2)) : 0;
    }

    // ---------------------------------------------------------------- fixtures

    private SampleOrganization storedAgency() {
        SampleOrganization agency = samples.agency(30);
        organizations().save(agency.organization());
        for (Person person : agency.people()) {
            people().save(agency.organization().id(), person);
        }
        return agency;
    }

    /** A full copy of the programme with another id, name and phase. */
    private static MentoringProgram copy(MentoringProgram p, ProgramId id, LocalizedText name, ProgramPhase phase) {
        MentoringProgram.Builder builder = new MentoringProgram.Builder();
        builder.id(id)
                .organizationId(p.organizationId())
                .name(name)
                .template(p.template())
                .phase(phase)
                .sponsorId(p.sponsorId())
                .coordinatorId(p.coordinatorId())
                .addAllUnitIds(p.unitIds())
                .plannedStart(p.plannedStart())
                .plannedEnd(p.plannedEnd())
                .addAllHrDays(p.hrDays())
                .addAllGoals(p.goals())
                .addAllMentors(p.mentors())
                .addAllSessions(p.sessions())
                .addAllAssignments(p.assignments())
                .addAllMeetings(p.meetings())
                .addAllCredos(p.credos())
                .addAllSupportActivities(p.supportActivities())
                .addAllCheckpoints(p.checkpoints())
                .evaluatedOn(p.evaluatedOn())
                .cultureAnalysis(p.cultureAnalysis())
                .actionPlan(p.actionPlan())
                .version(p.version());
        return builder.build();
    }

    /** Stores programmes of one agency in the given phases (sample programmes re-identified). */
    private List<MentoringProgram> storePrograms(List<ProgramPhase> phases) {
        MentoringProgram template = aNewAggregate();
        List<MentoringProgram> stored = new ArrayList<>();
        for (ProgramPhase phase : phases) {
            stored.add(save(copy(template, ProgramId.of(samples.personId().value()), template.name(), phase)));
        }
        stored.sort(ID_ORDER);
        return stored;
    }

    private static List<MentoringProgram> readAll(
            java.util.function.Function<PageRequest, Page<MentoringProgram>> query) {
        List<MentoringProgram> all = new ArrayList<>();
        PageRequest request = PageRequest.first(3);
        for (int pages = 1; pages < 10_000; pages++) {
            Page<MentoringProgram> page = query.apply(request);
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
    public void findAllReturnsEveryProgrammeOfTheOrganizationOnceInIdOrder() {
        List<MentoringProgram> stored = storePrograms(List.of(
                ProgramPhase.PREPARATION,
                ProgramPhase.TRAINING,
                ProgramPhase.TRAINING,
                ProgramPhase.ANALYSIS,
                ProgramPhase.CLOSED,
                ProgramPhase.TRAINING,
                ProgramPhase.EVALUATION));
        OrganizationId organizationId = stored.get(0).organizationId();

        assertThat(readAll(request -> programs().findAll(organizationId, request)))
                .containsExactlyElementsOf(stored);
    }

    @Test
    public void findByPhaseReturnsTheProgrammesInThePhaseAndFollowsAPhaseChange() {
        List<MentoringProgram> stored = storePrograms(List.of(
                ProgramPhase.TRAINING,
                ProgramPhase.CLOSED,
                ProgramPhase.TRAINING,
                ProgramPhase.TRAINING,
                ProgramPhase.TRAINING,
                ProgramPhase.CLOSED));
        OrganizationId organizationId = stored.get(0).organizationId();
        MentoringProgram moving = stored.stream()
                .filter(p -> p.phase() == ProgramPhase.TRAINING)
                .findFirst()
                .orElseThrow();

        assertThat(readAll(r -> programs().findByPhase(organizationId, ProgramPhase.TRAINING, r)))
                .containsExactlyElementsOf(stored.stream()
                        .filter(p -> p.phase() == ProgramPhase.TRAINING)
                        .toList());
        MentoringProgram closed = save(copy(moving, moving.id(), moving.name(), ProgramPhase.CLOSED));

        assertThat(readAll(r -> programs().findByPhase(organizationId, ProgramPhase.TRAINING, r)))
                .extracting(MentoringProgram::id)
                .doesNotContain(moving.id())
                .hasSize(3);
        assertThat(readAll(r -> programs().findByPhase(organizationId, ProgramPhase.CLOSED, r)))
                .hasSize(3)
                .contains(closed);
        assertThat(programs()
                        .findByPhase(organizationId, ProgramPhase.EMBEDDING, PageRequest.first(10))
                        .items())
                .isEmpty();
    }

    @Test
    public void everyQueryOfAnotherOrganizationSeesNoneOfThisOrganizationsProgrammes() {
        List<MentoringProgram> mine = storePrograms(List.of(ProgramPhase.TRAINING, ProgramPhase.CLOSED));
        OrganizationId other = samples.organizationId();

        assertThat(programs().findAll(other, PageRequest.first(10)).items()).isEmpty();
        for (ProgramPhase phase : ProgramPhase.values()) {
            assertThat(programs()
                            .findByPhase(other, phase, PageRequest.first(10))
                            .items())
                    .isEmpty();
        }
        for (MentoringProgram program : mine) {
            assertThat(programs().find(other, program.id())).isEmpty();
        }
    }

    @Test
    public void saveWhenTheProgrammeBelongsToAnotherOrganizationThenRefusesWithIllegalArgumentAndStoresNothing() {
        MentoringProgram program = aNewAggregate();
        OrganizationId other = samples.organizationId();

        assertThatThrownBy(() -> programs().save(other, program)).isInstanceOf(IllegalArgumentException.class);
        assertThat(programs().find(program.organizationId(), program.id())).isEmpty();
        assertThat(programs().find(other, program.id())).isEmpty();
    }

    @Test
    public void aMalformedCursorIsRefusedWithIllegalArgumentByEveryQuery() {
        PageRequest malformed = PageRequest.after("this is not a cursor", 10);
        OrganizationId organizationId = samples.organizationId();

        assertThatThrownBy(() -> programs().findAll(organizationId, malformed))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> programs().findByPhase(organizationId, ProgramPhase.TRAINING, malformed))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    public void nullArgumentsAreRefusedWithNullPointerExceptionNamingTheParameter() {
        MentoringProgram program = aNewAggregate();
        OrganizationId organizationId = program.organizationId();
        PageRequest request = PageRequest.first(10);

        assertNamesNull("organizationId", () -> programs().find(null, program.id()));
        assertNamesNull("id", () -> programs().find(organizationId, null));
        assertNamesNull("organizationId", () -> programs().save(null, program));
        assertNamesNull("program", () -> programs().save(organizationId, null));
        assertNamesNull("organizationId", () -> programs().findAll(null, request));
        assertNamesNull("request", () -> programs().findAll(organizationId, null));
        assertNamesNull("phase", () -> programs().findByPhase(organizationId, null, request));
        assertNamesNull("request", () -> programs().findByPhase(organizationId, ProgramPhase.TRAINING, null));
    }
}
