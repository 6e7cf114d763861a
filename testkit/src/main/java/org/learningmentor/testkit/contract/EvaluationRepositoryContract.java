package org.learningmentor.testkit.contract;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.learningmentor.core.common.EvaluationId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.persistence.EvaluationRepository;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;
import org.learningmentor.testkit.sample.SampleEvaluations;
import org.learningmentor.testkit.sample.SampleProgram;

/**
 * The contract tests of {@link EvaluationRepository}: subclass with the factory of the
 * implementation under test.
 *
 * <pre>{@code
 * class MyEvaluationRepositoryTest extends EvaluationRepositoryContract {
 *     @Override
 *     protected Persistence createPersistence() {
 *         return MyPersistence.create(dataSource);
 *     }
 * }
 * }</pre>
 *
 * The evaluations are those of {@link SampleEvaluations#evaluation} (the default rule set over the
 * programme's facts) of sample programmes in evaluation; each agency's organization, people and
 * programme are stored before its evaluations.
 */
public abstract class EvaluationRepositoryContract extends ProgramScopedRepositoryContract<Evaluation, EvaluationId> {

    /** The revision of an evaluation is how many seconds after this instant it was made. */
    private static final Instant REVISIONS = Instant.parse("2026-11-01T00:00:00Z");

    private static final long MAX_REVISION = 1_000_000;

    /** Creates the test; JUnit calls it. */
    protected EvaluationRepositoryContract() {}

    @Override
    String aggregateName() {
        return "evaluation";
    }

    @Override
    ProgramPhase programPhase() {
        return ProgramPhase.EVALUATION;
    }

    @Override
    Evaluation aNewAggregateOf(SampleProgram sample, long seed) {
        return SampleEvaluations.evaluation(sample, seed);
    }

    @Override
    ProgramId programOf(Evaluation evaluation) {
        return evaluation.programId();
    }

    @Override
    Evaluation saveUnder(OrganizationId organizationId, Evaluation evaluation) {
        return evaluations().save(organizationId, evaluation);
    }

    @Override
    Page<Evaluation> findByProgram(OrganizationId organizationId, ProgramId programId, PageRequest request) {
        return evaluations().findByProgram(organizationId, programId, request);
    }

    @Override
    Optional<Evaluation> find(OrganizationId organizationId, EvaluationId id) {
        return evaluations().find(organizationId, id);
    }

    @Override
    EvaluationId idOf(Evaluation evaluation) {
        return evaluation.id();
    }

    @Override
    OrganizationId organizationOf(Evaluation evaluation) {
        return evaluation.organizationId();
    }

    @Override
    long versionOf(Evaluation evaluation) {
        return evaluation.version();
    }

    @Override
    Evaluation withVersion(Evaluation evaluation, long version) {
        return evaluation.withVersion(version);
    }

    /** Moves the time it was made to the revision's second after {@link #REVISIONS}. */
    @Override
    Evaluation revised(Evaluation evaluation, int revision) {
        return Evaluation.builder()
                .id(evaluation.id())
                .organizationId(evaluation.organizationId())
                .programId(evaluation.programId())
                .ruleSet(evaluation.ruleSet())
                .facts(evaluation.facts())
                .addAllFindings(evaluation.findings())
                .addAllGoals(evaluation.goals())
                .createdAt(REVISIONS.plusSeconds(revision))
                .createdBy(evaluation.createdBy())
                .version(evaluation.version())
                .build();
    }

    @Override
    int revisionOf(Evaluation evaluation) {
        long seconds = Duration.between(REVISIONS, evaluation.createdAt()).getSeconds();
        return seconds >= 0 && seconds < MAX_REVISION ? (int) seconds : 0;
    }
}
