package org.learningmentor.runtime;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.SurveyId;
import org.learningmentor.core.organization.OrgUnit;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.core.survey.CultureProfile;
import org.learningmentor.core.survey.Instrument;
import org.learningmentor.core.survey.Instruments;
import org.learningmentor.core.survey.ProfileChange;
import org.learningmentor.core.survey.ResponseToken;
import org.learningmentor.core.survey.Survey;
import org.learningmentor.core.survey.SurveyPurpose;
import org.learningmentor.core.survey.SurveyResponse;
import org.learningmentor.core.survey.SurveyRuleException;
import org.learningmentor.core.survey.SurveyStatus;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;

/**
 * The survey use cases end to end on the in-memory store: opening, anonymous answers authorized by
 * tokens, culture profiles, and what the anonymous path must never store, log or publish.
 */
class SurveyUseCasesTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Instrument INSTRUMENT = Instruments.defaultInstrument();

    private final World world = World.create();
    private final Actor hr = world.hr();
    private final ProgramId program = world.storeProgram(ProgramPhase.ANALYSIS);

    @Test
    void baselineSurveyStory() {
        // HR opens a baseline survey of the whole agency…
        Survey survey = open(SurveyPurpose.BASELINE);
        assertThat(survey.isOpen()).isTrue();
        assertThat(world.runtime.surveys().find(Actor.of(world.personFor(Role.EMPLOYEE)), survey.id()))
                .contains(survey);

        // …twelve people answer, each with the token of their invitation, naming only their unit…
        for (Person respondent : respondents(12)) {
            respond(survey.id(), ResponseToken.random(RANDOM), respondent.unitId(), 4);
        }

        // …HR closes it, and management reads the profile: the whole audience is shown.
        Survey closed = world.runtime.surveys().close(hr, survey.id());
        assertThat(closed.status()).isEqualTo(SurveyStatus.CLOSED);
        CultureProfile profile = world.runtime.surveys().profile(Actor.of(world.agency.director()), survey.id());
        assertThat(profile.surveyId()).isEqualTo(survey.id());
        assertThat(profile.anonymityThreshold())
                .isEqualTo(world.agency.organization().settings().anonymityThreshold());
        assertThat(profile.audience().isSuppressed()).isFalse();
        assertThat(profile.audience().respondents()).contains(12);

        // a closed survey takes no more answers
        SurveyRuleException late = catchThrowableOfType(
                SurveyRuleException.class,
                () -> respond(
                        survey.id(),
                        ResponseToken.random(RANDOM),
                        respondents(1).get(0).unitId(),
                        4));
        assertThat(late.codes()).contains("survey.status.closed");
        assertThat(world.heard).extracting(UseCaseRunner::typeOf).containsExactly("SurveyOpened", "SurveyClosed");
    }

    @Test
    void theSameTokenAnswersOnceAndOneResponseIsStored() {
        Survey survey = open(SurveyPurpose.BASELINE);
        ResponseToken token = ResponseToken.random(RANDOM);
        OrgUnitId unit = respondents(1).get(0).unitId();

        respond(survey.id(), token, unit, 5);
        SurveyRuleException again =
                catchThrowableOfType(SurveyRuleException.class, () -> respond(survey.id(), token, unit, 2));
        // the same token parsed back from its text, as a respondent would send it, is refused too
        SurveyRuleException parsed = catchThrowableOfType(
                SurveyRuleException.class, () -> respond(survey.id(), ResponseToken.parse(token.text()), unit, 3));

        assertThat(again.codes()).containsExactly("survey.response.token-used");
        assertThat(parsed.codes()).containsExactly("survey.response.token-used");
        assertThat(world.persistence.responses().countBySurvey(world.organizationId(), survey.id()))
                .isEqualTo(1);
        assertThat(storedResponses(survey.id()))
                .singleElement()
                .satisfies(r -> assertThat(r.answers().values()).containsOnly(5));
        // the token is spent for this survey only
        Survey followUp = open(SurveyPurpose.FOLLOW_UP);
        respond(followUp.id(), token, unit, 4);
        assertThat(storedResponses(followUp.id())).hasSize(1);
    }

    @Test
    void answeringStoresLogsAndPublishesNothingThatIdentifiesAPerson() {
        Survey survey = open(SurveyPurpose.BASELINE);
        int heardBefore = world.heard.size();
        int outboxBefore = world.outbox().size();
        List<ResponseToken> tokens = new ArrayList<>();

        String log = capturingStandardError(() -> {
            for (Person respondent : respondents(6)) {
                ResponseToken token = ResponseToken.random(RANDOM);
                tokens.add(token);
                respond(survey.id(), token, respondent.unitId(), 3);
            }
            // a refusal takes the same path
            assertThatThrownBy(() -> respond(
                            survey.id(), tokens.get(0), respondents(1).get(0).unitId(), 3))
                    .isInstanceOf(SurveyRuleException.class);
        });

        // the capture works: the anonymous path's debug lines were written…
        assertThat(log).contains("SURVEY_RESPOND", world.organizationId().toString());
        // …and neither they, nor any event or outbox entry, nor the stored responses name a person
        assertThat(world.heard).hasSize(heardBefore);
        assertThat(world.outbox()).hasSize(outboxBefore);
        List<SurveyResponse> stored = storedResponses(survey.id());
        assertThat(stored).hasSize(6);
        String storedText = stored.toString();
        for (Person person : world.agency.people()) {
            String id = person.id().toString();
            assertThat(log).doesNotContain(id);
            assertThat(storedText).doesNotContain(id);
            assertThat(world.outbox())
                    .noneMatch(e -> e.event().toString().contains(id)
                            && UseCaseRunner.typeOf(e.event()).startsWith("Response"));
        }
        for (ResponseToken token : tokens) {
            assertThat(log).doesNotContain(token.text()).doesNotContain(token.digest());
            assertThat(storedText).doesNotContain(token.text());
        }
        // ids are random, not drawn from the runtime's seeded generator
        assertThat(stored).extracting(r -> r.id().value().version()).containsOnly(4);
    }

    @Test
    void onlyRolesWithThePermissionReadProfilesAndNoOneReadsResponses() {
        Survey baseline = open(SurveyPurpose.BASELINE);
        for (Person respondent : respondents(8)) {
            respond(baseline.id(), ResponseToken.random(RANDOM), respondent.unitId(), 3);
        }
        Survey followUp = open(SurveyPurpose.FOLLOW_UP);
        for (Person respondent : respondents(8)) {
            respond(followUp.id(), ResponseToken.random(RANDOM), respondent.unitId(), 5);
        }

        ProfileChange change =
                world.runtime.surveys().change(world.actor(Role.LEARNING_SPECIALIST), baseline.id(), followUp.id());
        assertThat(change.groups()).isNotEmpty();
        assertThat(change.groups().get(0).suppression()).isEmpty();
        assertThat(change.groups().get(0).dimensions()).isNotEmpty();

        for (Role role : List.of(Role.MENTOR, Role.TRAINER, Role.EMPLOYEE)) {
            AccessDeniedException denied = catchThrowableOfType(
                    AccessDeniedException.class,
                    () -> world.runtime.surveys().profile(world.actor(role), baseline.id()));
            assertThat(denied.permission()).isEqualTo(Permission.SURVEY_VIEW_PROFILE);
        }
        // the public surface offers no way to read responses
        assertThat(SurveyUseCases.class.getMethods())
                .noneMatch(m -> m.getReturnType().equals(SurveyResponse.class)
                        || m.getGenericReturnType().getTypeName().contains("SurveyResponse"));
    }

    @Test
    void answersToAnUnknownSurveyOrOutsideTheAudienceAreRefused() {
        Survey survey = world.runtime
                .surveys()
                .open(
                        hr,
                        program,
                        INSTRUMENT,
                        SurveyPurpose.BASELINE,
                        List.of(topUnits().get(0)));
        assertThatThrownBy(() -> respond(
                        SurveyId.of(UUID.randomUUID()),
                        ResponseToken.random(RANDOM),
                        topUnits().get(0),
                        3))
                .isInstanceOf(NotFoundException.class);
        if (topUnits().size() > 1) {
            SurveyRuleException outside = catchThrowableOfType(
                    SurveyRuleException.class,
                    () -> respond(
                            survey.id(),
                            ResponseToken.random(RANDOM),
                            topUnits().get(1),
                            3));
            assertThat(outside.codes()).contains("survey.response.unit-outside-audience");
        }
        assertThat(storedResponses(survey.id())).isEmpty();
    }

    private Survey open(SurveyPurpose purpose) {
        return world.runtime.surveys().open(hr, program, INSTRUMENT, purpose, topUnits());
    }

    private List<OrgUnitId> topUnits() {
        return world.agency.organization().topLevelUnits().stream()
                .map(OrgUnit::id)
                .toList();
    }

    private List<Person> respondents(int count) {
        return world.agency.people().subList(0, count);
    }

    private void respond(SurveyId survey, ResponseToken token, OrgUnitId unit, int answer) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        INSTRUMENT.itemCodes().forEach(code -> answers.put(code, answer));
        world.runtime.surveys().respond(token, survey, world.organizationId(), unit, answers);
    }

    private List<SurveyResponse> storedResponses(SurveyId survey) {
        return Page.stream(
                        PageRequest.first(100),
                        request -> world.persistence.responses().findBySurvey(world.organizationId(), survey, request))
                .toList();
    }

    /** Runs the work with standard error captured (where the tests' SLF4J back-end writes). */
    private static String capturingStandardError(Runnable work) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, UTF_8));
        try {
            work.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(UTF_8);
    }
}
