package org.learningmentor.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ResponseId;
import org.learningmentor.core.common.SurveyId;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.core.survey.ResponseToken;
import org.learningmentor.core.survey.Survey;
import org.learningmentor.core.survey.SurveyPurpose;
import org.learningmentor.core.survey.SurveyResponse;
import org.learningmentor.persistence.DuplicateKeyException;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;
import org.learningmentor.persistence.PersistenceException;
import org.learningmentor.persistence.ResponseRepository;
import org.learningmentor.testkit.sample.SampleOrganization;
import org.learningmentor.testkit.sample.SampleProgram;
import org.learningmentor.testkit.sample.SamplePrograms;
import org.learningmentor.testkit.sample.SampleSurveys;

/**
 * The contract tests of {@link ResponseRepository}: subclass with the factory of the implementation
 * under test.
 *
 * <pre>{@code
 * class MyResponseRepositoryTest extends ResponseRepositoryContract {
 *     @Override
 *     protected Persistence createPersistence() {
 *         return MyPersistence.create(dataSource);
 *     }
 * }
 * }</pre>
 *
 * What they prove: one response per token and survey (a second is a {@link DuplicateKeyException}
 * and stores nothing, also when two units of work append the token at once), the same token in
 * another survey is a different key, counting, paging that visits every response once while others
 * are appended, tenancy, rollback, and that nothing returns a person. The responses are those of
 * {@link SampleSurveys#response} with tokens made from the test's seed ({@link
 * SampleSurveys#token}); each survey's organization, people, programme and survey are stored first.
 */
public abstract class ResponseRepositoryContract extends PersistenceContract {

    /** Creates the test; JUnit calls it. */
    protected ResponseRepositoryContract() {}

    // ---------------------------------------------------------------- fixtures

    /** A stored survey of a stored agency, with what it needs to make responses. */
    private record StoredSurvey(SampleOrganization agency, Survey survey) {
        OrganizationId organizationId() {
            return survey.organizationId();
        }

        SurveyId id() {
            return survey.id();
        }
    }

    private long freshSeed() {
        return samples.personId().value().getLeastSignificantBits();
    }

    private StoredSurvey aStoredSurvey() {
        SampleOrganization agency = samples.agency(30);
        organizations().save(agency.organization());
        for (Person person : agency.people()) {
            people().save(agency.organization().id(), person);
        }
        SampleProgram program = SamplePrograms.inPhase(agency, ProgramPhase.ANALYSIS, freshSeed());
        programs().save(agency.organization().id(), program.program());
        return new StoredSurvey(agency, anotherStoredSurvey(agency, program));
    }

    private Survey anotherStoredSurvey(SampleOrganization agency, SampleProgram program) {
        Survey survey = SampleSurveys.survey(agency, program.program().id(), SurveyPurpose.BASELINE, freshSeed());
        return surveys().save(agency.organization().id(), survey);
    }

    private Survey anotherStoredSurvey(StoredSurvey like) {
        Survey survey =
                SampleSurveys.survey(like.agency(), like.survey().programId(), SurveyPurpose.FOLLOW_UP, freshSeed());
        return surveys().save(like.organizationId(), survey);
    }

    /** A response with a token of its own. */
    private SurveyResponse aResponse(StoredSurvey survey) {
        return aResponse(survey, aToken());
    }

    private SurveyResponse aResponse(StoredSurvey survey, ResponseToken token) {
        return SampleSurveys.response(survey.agency(), survey.survey(), token, freshSeed());
    }

    private ResponseToken aToken() {
        return SampleSurveys.token(freshSeed());
    }

    private void append(SurveyResponse response) {
        responses().append(response.organizationId(), response);
    }

    private List<SurveyResponse> readAll(OrganizationId organizationId, SurveyId surveyId, int size) {
        List<SurveyResponse> all = new ArrayList<>();
        PageRequest request = PageRequest.first(size);
        for (int pages = 1; pages < 10_000; pages++) {
            Page<SurveyResponse> page = responses().findBySurvey(organizationId, surveyId, request);
            all.addAll(page.items());
            if (page.nextCursor().isEmpty()) {
                return all;
            }
            assertThat(page.items()).hasSize(size);
            request = PageRequest.after(page.nextCursor().get(), size);
        }
        throw new AssertionError("a cursor that never ends?");
    }

    // ---------------------------------------------------------------- append and read

    @Test
    public void appendStoresTheResponseAndTheQueriesFindIt() {
        StoredSurvey survey = aStoredSurvey();
        SurveyResponse response = aResponse(survey);

        append(response);

        assertThat(responses().isTokenUsed(survey.organizationId(), survey.id(), response.tokenDigest()))
                .isTrue();
        assertThat(responses().countBySurvey(survey.organizationId(), survey.id()))
                .isEqualTo(1);
        assertThat(responses()
                        .findBySurvey(survey.organizationId(), survey.id(), PageRequest.first(10))
                        .items())
                .containsExactly(response);
    }

    @Test
    public void isTokenUsedWhenNoResponseHasTheTokenThenFalse() {
        StoredSurvey survey = aStoredSurvey();
        append(aResponse(survey));

        assertThat(responses().isTokenUsed(survey.organizationId(), survey.id(), aToken().digest()))
                .isFalse();
    }

    @Test
    public void countBySurveyWhenTheSurveyIsUnknownOrHasNoResponseThenZero() {
        StoredSurvey survey = aStoredSurvey();

        assertThat(responses().countBySurvey(survey.organizationId(), survey.id()))
                .isZero();
        assertThat(responses()
                        .countBySurvey(
                                survey.organizationId(),
                                SurveyId.of(samples.personId().value())))
                .isZero();
        assertThat(responses()
                        .findBySurvey(survey.organizationId(), survey.id(), PageRequest.first(10))
                        .items())
                .isEmpty();
    }

    @Test
    public void appendWhenTheTokenWasUsedForTheSurveyThenThrowsDuplicateKeyAndStoresNothing() {
        StoredSurvey survey = aStoredSurvey();
        ResponseToken token = aToken();
        SurveyResponse first = aResponse(survey, token);
        append(first);
        SurveyResponse again = aResponse(survey, token);

        assertThatThrownBy(() -> append(again)).isInstanceOf(DuplicateKeyException.class);
        assertThat(responses().countBySurvey(survey.organizationId(), survey.id()))
                .isEqualTo(1);
        assertThat(responses()
                        .findBySurvey(survey.organizationId(), survey.id(), PageRequest.first(10))
                        .items())
                .containsExactly(first);
    }

    @Test
    public void theSameTokenInAnotherSurveyIsAnotherResponse() {
        StoredSurvey baseline = aStoredSurvey();
        StoredSurvey followUp = new StoredSurvey(baseline.agency(), anotherStoredSurvey(baseline));
        ResponseToken token = aToken();
        SurveyResponse toBaseline = aResponse(baseline, token);
        SurveyResponse toFollowUp = aResponse(followUp, token);

        append(toBaseline);
        append(toFollowUp);

        assertThat(responses().countBySurvey(baseline.organizationId(), baseline.id()))
                .isEqualTo(1);
        assertThat(responses().countBySurvey(followUp.organizationId(), followUp.id()))
                .isEqualTo(1);
        assertThat(responses()
                        .findBySurvey(followUp.organizationId(), followUp.id(), PageRequest.first(10))
                        .items())
                .containsExactly(toFollowUp);
    }

    @Test
    public void countBySurveyCountsEveryResponseOfTheSurveyAndNoneOfAnother() {
        StoredSurvey survey = aStoredSurvey();
        StoredSurvey other = new StoredSurvey(survey.agency(), anotherStoredSurvey(survey));
        for (int i = 0; i < 12; i++) {
            append(aResponse(survey));
        }
        for (int i = 0; i < 3; i++) {
            append(aResponse(other));
        }

        assertThat(responses().countBySurvey(survey.organizationId(), survey.id()))
                .isEqualTo(12);
        assertThat(responses().countBySurvey(other.organizationId(), other.id()))
                .isEqualTo(3);
    }

    // ---------------------------------------------------------------- paging

    @Test
    public void pagingVisitsEveryResponseOnceAlsoWhileResponsesAreAppended() {
        StoredSurvey survey = aStoredSurvey();
        Set<SurveyResponse> before = new HashSet<>();
        for (int i = 0; i < 23; i++) {
            SurveyResponse response = aResponse(survey);
            append(response);
            before.add(response);
        }

        List<SurveyResponse> visited = new ArrayList<>();
        List<SurveyResponse> appendedMeanwhile = new ArrayList<>();
        PageRequest request = PageRequest.first(4);
        for (int pages = 1; pages < 1_000; pages++) {
            Page<SurveyResponse> page = responses().findBySurvey(survey.organizationId(), survey.id(), request);
            visited.addAll(page.items());
            if (page.nextCursor().isEmpty()) {
                break;
            }
            if (appendedMeanwhile.size() < 5) {
                SurveyResponse response = aResponse(survey);
                append(response);
                appendedMeanwhile.add(response);
            }
            request = PageRequest.after(page.nextCursor().get(), 4);
        }

        assertThat(visited).doesNotHaveDuplicates();
        assertThat(visited).containsAll(before);
        assertThat(appendedMeanwhile).hasSize(5);
        assertThat(new HashSet<>(visited)).isSubsetOf(union(before, appendedMeanwhile));
        assertThat(readAll(survey.organizationId(), survey.id(), 7))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(union(before, appendedMeanwhile));
    }

    private static Set<SurveyResponse> union(Set<SurveyResponse> a, List<SurveyResponse> b) {
        Set<SurveyResponse> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    public void aMalformedCursorIsRefusedWithIllegalArgument() {
        PageRequest malformed = PageRequest.after("this is not a cursor", 10);

        assertThatThrownBy(() -> responses()
                        .findBySurvey(
                                samples.organizationId(),
                                SurveyId.of(samples.personId().value()),
                                malformed))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---------------------------------------------------------------- concurrency and transactions

    /**
     * Two units of work each append a response with the same token to the same survey, and another
     * response with a token of their own, and wait (a few seconds at most) until both have appended
     * before they commit. Exactly one commits; the other fails with {@link DuplicateKeyException}
     * from its append, or with a {@link PersistenceException} from its commit, and leaves no trace.
     */
    @Test
    public void ofTwoUnitsOfWorkAppendingOneTokenBeforeEitherCommitsExactlyOneSucceeds() {
        StoredSurvey survey = aStoredSurvey();
        ResponseToken token = aToken();
        List<SurveyResponse> twins = List.of(aResponse(survey, token), aResponse(survey, token));
        List<SurveyResponse> extras = List.of(aResponse(survey), aResponse(survey));
        CountDownLatch bothAppended = new CountDownLatch(2);

        List<Boolean> committed = Concurrently.run(2, thread -> {
            try {
                transactions().run(() -> {
                    append(extras.get(thread));
                    append(twins.get(thread));
                    bothAppended.countDown();
                    awaitBriefly(bothAppended);
                });
                return true;
            } catch (DuplicateKeyException | PersistenceException conflict) {
                bothAppended.countDown();
                return false;
            }
        });

        assertThat(committed).as("units of work that committed").containsExactlyInAnyOrder(true, false);
        int winner = committed.get(0) ? 0 : 1;
        assertThat(readAll(survey.organizationId(), survey.id(), 10))
                .containsExactlyInAnyOrder(twins.get(winner), extras.get(winner));
        assertThat(responses().countBySurvey(survey.organizationId(), survey.id()))
                .isEqualTo(2);
    }

    /** Eight threads append 25 responses each, every fourth with a token another thread uses too. */
    @Test
    public void concurrentAppendsStoreEachTokenOnce() {
        StoredSurvey survey = aStoredSurvey();
        int threads = 8;
        int perThread = 25;
        List<ResponseToken> shared = new ArrayList<>();
        for (int i = 0; i < perThread; i++) {
            shared.add(aToken());
        }
        List<List<SurveyResponse>> prepared = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
            List<SurveyResponse> mine = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
                mine.add(i % 4 == 0 ? aResponse(survey, shared.get(i)) : aResponse(survey));
            }
            prepared.add(mine);
        }

        List<Integer> refused = Concurrently.run(threads, thread -> {
            int duplicates = 0;
            for (SurveyResponse response : prepared.get(thread)) {
                Concurrently.checkNotCancelled();
                try {
                    append(response);
                } catch (DuplicateKeyException duplicate) {
                    duplicates++;
                }
            }
            return duplicates;
        });

        int sharedTokens = (perThread + 3) / 4;
        long expected = (long) threads * (perThread - sharedTokens) + sharedTokens;
        assertThat(responses().countBySurvey(survey.organizationId(), survey.id()))
                .isEqualTo(expected);
        assertThat(refused.stream().mapToInt(Integer::intValue).sum()).isEqualTo((threads - 1) * sharedTokens);
        List<SurveyResponse> stored = readAll(survey.organizationId(), survey.id(), 50);
        assertThat(stored).hasSize((int) expected);
        assertThat(stored.stream().map(SurveyResponse::tokenDigest)).doesNotHaveDuplicates();
    }

    @Test
    public void aUnitOfWorkThatFailsLeavesNoneOfItsAppendsAndSeesThemWhileItRuns() {
        StoredSurvey survey = aStoredSurvey();
        SurveyResponse response = aResponse(survey);
        IllegalStateException failure = new IllegalStateException("the use case failed after appending");
        List<Object> seenInside = new ArrayList<>();

        assertThatThrownBy(() -> transactions().run(() -> {
                    append(response);
                    seenInside.add(
                            responses().isTokenUsed(survey.organizationId(), survey.id(), response.tokenDigest()));
                    seenInside.add(responses().countBySurvey(survey.organizationId(), survey.id()));
                    throw failure;
                }))
                .isSameAs(failure);

        assertThat(seenInside).containsExactly(true, 1L);
        assertThat(responses().isTokenUsed(survey.organizationId(), survey.id(), response.tokenDigest()))
                .isFalse();
        assertThat(responses().countBySurvey(survey.organizationId(), survey.id()))
                .isZero();
    }

    // ---------------------------------------------------------------- tenancy, privacy, misuse

    @Test
    public void everyQueryOfAnotherOrganizationSeesNoneOfThisOrganizationsResponses() {
        StoredSurvey survey = aStoredSurvey();
        SurveyResponse response = aResponse(survey);
        append(response);
        OrganizationId other = samples.organizationId();

        assertThat(responses().isTokenUsed(other, survey.id(), response.tokenDigest()))
                .isFalse();
        assertThat(responses().countBySurvey(other, survey.id())).isZero();
        assertThat(responses()
                        .findBySurvey(other, survey.id(), PageRequest.first(10))
                        .items())
                .isEmpty();
    }

    @Test
    public void appendWhenTheResponseBelongsToAnotherOrganizationThenRefusesWithIllegalArgumentAndStoresNothing() {
        StoredSurvey survey = aStoredSurvey();
        SurveyResponse response = aResponse(survey);
        OrganizationId other = samples.organizationId();

        assertThatThrownBy(() -> responses().append(other, response)).isInstanceOf(IllegalArgumentException.class);
        assertThat(responses().countBySurvey(survey.organizationId(), survey.id()))
                .isZero();
        assertThat(responses().countBySurvey(other, survey.id())).isZero();
    }

    /** No method of the repository, nor of what it returns, gives a person or a person's id. */
    @Test
    public void noMethodReturnsAPerson() {
        for (Class<?> type : List.of(ResponseRepository.class, SurveyResponse.class, Page.class)) {
            for (Method method : type.getMethods()) {
                if (Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() == Object.class) {
                    continue;
                }
                assertThat(method.getReturnType())
                        .as("%s.%s", type.getSimpleName(), method.getName())
                        .isNotIn(Person.class, PersonId.class);
                assertThat(method.getGenericReturnType().getTypeName())
                        .as("%s.%s", type.getSimpleName(), method.getName())
                        .doesNotContain(Person.class.getName(), PersonId.class.getName());
            }
        }
        StoredSurvey survey = aStoredSurvey();
        SurveyResponse response = aResponse(survey);
        append(response);
        SurveyResponse stored = responses()
                .findBySurvey(survey.organizationId(), survey.id(), PageRequest.first(1))
                .items()
                .get(0);
        assertThat(stored.toString()).doesNotContain(response.tokenDigest());
        assertThat(stored.id()).isInstanceOf(ResponseId.class);
    }

    @Test
    public void nullArgumentsAreRefusedWithNullPointerExceptionNamingTheParameter() {
        StoredSurvey survey = aStoredSurvey();
        SurveyResponse response = aResponse(survey);
        OrganizationId organizationId = survey.organizationId();
        SurveyId surveyId = survey.id();
        PageRequest request = PageRequest.first(10);

        assertNamesNull("organizationId", () -> responses().append(null, response));
        assertNamesNull("response", () -> responses().append(organizationId, null));
        assertNamesNull("organizationId", () -> responses().isTokenUsed(null, surveyId, response.tokenDigest()));
        assertNamesNull("surveyId", () -> responses().isTokenUsed(organizationId, null, response.tokenDigest()));
        assertNamesNull("tokenDigest", () -> responses().isTokenUsed(organizationId, surveyId, null));
        assertNamesNull("organizationId", () -> responses().countBySurvey(null, surveyId));
        assertNamesNull("surveyId", () -> responses().countBySurvey(organizationId, null));
        assertNamesNull("organizationId", () -> responses().findBySurvey(null, surveyId, request));
        assertNamesNull("surveyId", () -> responses().findBySurvey(organizationId, null, request));
        assertNamesNull("request", () -> responses().findBySurvey(organizationId, surveyId, null));
    }

    /** Waits a few seconds at most: a store may block the second append until the first commits. */
    private static void awaitBriefly(CountDownLatch latch) {
        try {
            latch.await(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
