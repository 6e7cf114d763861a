package org.learningmentor.runtime;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.ResponseId;
import org.learningmentor.core.common.SurveyId;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.survey.CultureProfile;
import org.learningmentor.core.survey.CultureProfiles;
import org.learningmentor.core.survey.Instrument;
import org.learningmentor.core.survey.ProfileChange;
import org.learningmentor.core.survey.ResponseBatch;
import org.learningmentor.core.survey.ResponseToken;
import org.learningmentor.core.survey.Survey;
import org.learningmentor.core.survey.SurveyPurpose;
import org.learningmentor.core.survey.SurveyResponse;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;

/**
 * The use cases of {@link Survey}: opening and closing a learning-culture survey, answering it
 * anonymously, and reading its culture profile. Obtain it from {@link LearningMentor#surveys()}.
 *
 * <pre>{@code
 * Survey survey = learningMentor.surveys().open(hr, programId, Instruments.defaultInstrument(),
 *         SurveyPurpose.BASELINE, List.of(rootUnitId));
 * // the host hands one ResponseToken.random(secureRandom).text() to each invitee, recording nothing
 * learningMentor.surveys().respond(ResponseToken.parse(text), survey.id(), organizationId, unitId,
 *         answers);                                       // no actor: the token authorizes
 * CultureProfile profile = learningMentor.surveys().profile(hr, survey.id());
 * }</pre>
 *
 * <p><b>Anonymity.</b> {@link #respond} takes no {@link Actor}: the response token is the only
 * authorization, and nothing that names the respondent is stored, logged or published. It stores
 * only what {@link SurveyResponse} holds (survey, unit, day, token digest, answers), under a
 * random id drawn from {@link UUID#randomUUID()} rather than the runtime's {@link
 * org.learningmentor.core.common.IdGenerator} (a seeded or sequential generator would reveal the
 * order of answers); it causes no event; its log line names the organization only. No use case
 * returns responses, nor even a live count of them (polled, a count would tell when someone
 * answered): results come only as {@link CultureProfile}s, computed with the organization's
 * anonymity threshold, whose small groups are suppressed.
 *
 * <p>The other use cases run like those of {@link ProgramUseCases} and throw {@link
 * AccessDeniedException}, {@link NotFoundException}, the model's {@link
 * org.learningmentor.core.survey.SurveyRuleException} or {@link
 * org.learningmentor.core.common.ValidationException}, and the SPI's exceptions.
 *
 * <p>This type is thread-safe.
 */
public final class SurveyUseCases {

    private final UseCaseRunner runner;
    private final Store<Survey, SurveyId> surveys;
    private final Store<MentoringProgram, ProgramId> programs;

    SurveyUseCases(UseCaseRunner runner) {
        this.runner = runner;
        this.surveys = Store.surveys(runner.persistence());
        this.programs = Store.programs(runner.persistence());
    }

    // ---------------------------------------------------------------- queries

    /**
     * Returns a survey of the actor's organization: its instrument, purpose, audience and status,
     * never its responses ({@link Permission#SURVEY_VIEW}).
     *
     * @param actor the actor, not null
     * @param surveyId the survey, not null
     * @return the survey, or empty when the organization has none with the id
     * @throws AccessDeniedException when the actor may not see surveys
     */
    public Optional<Survey> find(Actor actor, SurveyId surveyId) {
        Objects.requireNonNull(surveyId, "surveyId");
        return runner.query(actor, Permission.SURVEY_VIEW, context -> {
            context.authorize();
            return context.persistence().surveys().find(context.organizationId(), surveyId);
        });
    }

    /**
     * Returns a page of a programme's surveys, in survey id order ({@link Permission#SURVEY_VIEW}).
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @param request the page, not null
     * @return the page, never null; empty for an unknown programme
     * @throws AccessDeniedException when the actor may not see surveys
     */
    public Page<Survey> listByProgram(Actor actor, ProgramId programId, PageRequest request) {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(request, "request");
        return runner.query(actor, Permission.SURVEY_VIEW, context -> {
            context.authorize();
            return context.persistence().surveys().findByProgram(context.organizationId(), programId, request);
        });
    }

    /**
     * Computes a survey's culture profile from its stored responses, with the organization's
     * anonymity threshold: groups too small are suppressed ({@link Permission#SURVEY_VIEW_PROFILE}).
     *
     * @param actor the actor, not null
     * @param surveyId the survey, not null
     * @return the profile, never null
     * @throws NotFoundException when the survey is not in the actor's organization
     * @see CultureProfiles#compute(Survey, Organization, Iterable)
     */
    public CultureProfile profile(Actor actor, SurveyId surveyId) {
        Objects.requireNonNull(surveyId, "surveyId");
        return runner.query(actor, Permission.SURVEY_VIEW_PROFILE, context -> {
            context.authorize();
            return profile(context, surveyId);
        });
    }

    /**
     * Compares the culture profiles of two surveys, such as the baseline and the follow-up; a change
     * is shown only for groups shown in both ({@link Permission#SURVEY_VIEW_PROFILE}).
     *
     * @param actor the actor, not null
     * @param before the earlier survey, not null
     * @param after the later survey, not null
     * @return the change, never null
     * @throws NotFoundException when a survey is not in the actor's organization
     * @see CultureProfile#change
     */
    public ProfileChange change(Actor actor, SurveyId before, SurveyId after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        return runner.query(actor, Permission.SURVEY_VIEW_PROFILE, context -> {
            context.authorize();
            return CultureProfile.change(profile(context, before), profile(context, after));
        });
    }

    // ---------------------------------------------------------------- commands

    /**
     * Opens a survey of a programme ({@link Permission#SURVEY_OPEN}).
     *
     * @param actor the actor, not null
     * @param programId the programme, of the actor's organization; not null
     * @param instrument the instrument to ask, not null
     * @param purpose why the survey is run, not null
     * @param audience the units whose subtrees are asked, not null, not empty
     * @return the stored open survey, never null
     * @throws NotFoundException when the programme is not in the actor's organization
     * @see Survey#open
     */
    public Survey open(
            Actor actor, ProgramId programId, Instrument instrument, SurveyPurpose purpose, List<OrgUnitId> audience) {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(purpose, "purpose");
        List<OrgUnitId> units = List.copyOf(Objects.requireNonNull(audience, "audience"));
        SurveyId id = SurveyId.next(runner.ids());
        return runner.create(actor, Permission.SURVEY_OPEN, surveys, List.of(), c -> {
            MentoringProgram program = c.find(programs, programId);
            return Survey.open(id, c.organization(), program.id(), instrument, purpose, units, c.actor(), c.now());
        });
    }

    /**
     * Closes a survey: it takes no more responses ({@link Permission#SURVEY_CLOSE}).
     *
     * @param actor the actor, not null
     * @param surveyId the survey, not null
     * @return the stored closed survey, never null
     * @see Survey#close
     */
    public Survey close(Actor actor, SurveyId surveyId) {
        return runner.update(
                actor, Permission.SURVEY_CLOSE, surveys, surveyId, (c, survey) -> survey.close(c.actor(), c.now()));
    }

    /**
     * Stores one anonymous response to an open survey. No actor: the response token authorizes it,
     * once per survey; nothing that identifies the respondent is stored, logged or published (see
     * the class description). In one transaction: the survey and the organization are loaded, the
     * model checks the response (the token is looked up in the response repository in the same
     * transaction), and the response is appended. No event is caused and no listener is called.
     *
     * @param token the respondent's token, not null; only its digest is stored, never logged
     * @param surveyId the survey, not null
     * @param organizationId the survey's organization, not null
     * @param unit the respondent's unit, inside the survey's audience; not null
     * @param answers the answers by item code, every item of the instrument; not null
     * @throws NotFoundException when the organization or the survey is unknown
     * @throws org.learningmentor.core.survey.SurveyRuleException when the survey is closed, the
     *     token was used for it already ({@code survey.response.token-used}), the unit is outside
     *     the audience or the answers do not fit the instrument, every one that applies
     * @throws org.learningmentor.persistence.DuplicateKeyException when a response with the same
     *     token was stored concurrently; nothing is stored then either
     * @see Survey#acceptResponse
     */
    public void respond(
            ResponseToken token,
            SurveyId surveyId,
            OrganizationId organizationId,
            OrgUnitId unit,
            Map<String, Integer> answers) {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(surveyId, "surveyId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(unit, "unit");
        Map<String, Integer> copy = Map.copyOf(Objects.requireNonNull(answers, "answers"));
        // random, not from the runtime's generator: ids must not reveal the order of answers
        ResponseId id = ResponseId.of(UUID.randomUUID());
        runner.anonymous(organizationId, "SURVEY_RESPOND", () -> {
            var persistence = runner.persistence();
            Organization organization = persistence
                    .organizations()
                    .find(organizationId)
                    .orElseThrow(() -> new NotFoundException(organizationId, organizationId));
            Survey survey = persistence
                    .surveys()
                    .find(organizationId, surveyId)
                    .orElseThrow(() -> new NotFoundException(surveyId, organizationId));
            SurveyResponse response = survey.acceptResponse(
                    id,
                    token,
                    unit,
                    copy,
                    organization,
                    digest -> persistence.responses().isTokenUsed(organizationId, surveyId, digest),
                    LocalDate.ofInstant(runner.now(), runner.zone()));
            persistence.responses().append(organizationId, response);
            return null;
        });
    }

    private CultureProfile profile(Context c, SurveyId surveyId) {
        Survey survey = c.find(surveys, surveyId);
        // Page by page into the columnar batch (about 20 bytes a response): a page's response
        // objects are garbage as soon as they are added.
        ResponseBatch.Builder batch = ResponseBatch.builder(survey, c.organization(), PageRequest.MAX_SIZE);
        Page.stream(
                        PageRequest.first(PageRequest.MAX_SIZE),
                        request -> c.persistence().responses().findBySurvey(c.organizationId(), surveyId, request))
                .forEach(batch::add);
        return CultureProfiles.compute(survey, c.organization(), batch.build());
    }
}
