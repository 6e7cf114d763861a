package org.learningmentor.testkit.contract;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.SurveyId;
import org.learningmentor.core.survey.Survey;
import org.learningmentor.core.survey.SurveyPurpose;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;
import org.learningmentor.persistence.SurveyRepository;
import org.learningmentor.testkit.sample.SampleProgram;
import org.learningmentor.testkit.sample.SampleSurveys;

/**
 * The contract tests of {@link SurveyRepository}: subclass with the factory of the implementation
 * under test.
 *
 * <pre>{@code
 * class MySurveyRepositoryTest extends SurveyRepositoryContract {
 *     @Override
 *     protected Persistence createPersistence() {
 *         return MyPersistence.create(dataSource);
 *     }
 * }
 * }</pre>
 *
 * The surveys are those of {@link SampleSurveys#survey} (the default instrument, the whole agency
 * asked) of sample programmes in training; each agency's organization, people and programme are
 * stored before its surveys. Responses have their own contract, {@link ResponseRepositoryContract}.
 */
public abstract class SurveyRepositoryContract extends ProgramScopedRepositoryContract<Survey, SurveyId> {

    /** The revision of a survey is how many seconds after this instant it opened. */
    private static final Instant REVISIONS = Instant.parse("2026-02-01T00:00:00Z");

    private static final long MAX_REVISION = 1_000_000;

    /** Creates the test; JUnit calls it. */
    protected SurveyRepositoryContract() {}

    @Override
    String aggregateName() {
        return "survey";
    }

    @Override
    Survey aNewAggregateOf(SampleProgram sample, long seed) {
        SurveyPurpose purpose = SurveyPurpose.values()[(int) Math.floorMod(seed, SurveyPurpose.values().length)];
        return SampleSurveys.survey(sample.agency(), sample.program().id(), purpose, seed);
    }

    @Override
    ProgramId programOf(Survey survey) {
        return survey.programId();
    }

    @Override
    Survey saveUnder(OrganizationId organizationId, Survey survey) {
        return surveys().save(organizationId, survey);
    }

    @Override
    Page<Survey> findByProgram(OrganizationId organizationId, ProgramId programId, PageRequest request) {
        return surveys().findByProgram(organizationId, programId, request);
    }

    @Override
    Optional<Survey> find(OrganizationId organizationId, SurveyId id) {
        return surveys().find(organizationId, id);
    }

    @Override
    SurveyId idOf(Survey survey) {
        return survey.id();
    }

    @Override
    OrganizationId organizationOf(Survey survey) {
        return survey.organizationId();
    }

    @Override
    long versionOf(Survey survey) {
        return survey.version();
    }

    @Override
    Survey withVersion(Survey survey, long version) {
        return survey.withVersion(version);
    }

    /** Moves the opening to the revision's second after {@link #REVISIONS}. */
    @Override
    Survey revised(Survey survey, int revision) {
        return Survey.builder()
                .id(survey.id())
                .organizationId(survey.organizationId())
                .programId(survey.programId())
                .instrument(survey.instrument())
                .purpose(survey.purpose())
                .addAllAudience(survey.audience())
                .openedAt(REVISIONS.plusSeconds(revision))
                .status(survey.status())
                .closedAt(survey.closedAt())
                .version(survey.version())
                .build();
    }

    @Override
    int revisionOf(Survey survey) {
        long seconds = Duration.between(REVISIONS, survey.openedAt()).getSeconds();
        return seconds >= 0 && seconds < MAX_REVISION ? (int) seconds : 0;
    }
}
