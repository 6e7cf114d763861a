package org.learningmentor.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.ActionItemId;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.EvaluationId;
import org.learningmentor.core.common.GoalId;
import org.learningmentor.core.common.IdGenerator;
import org.learningmentor.core.common.IndicatorId;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PairId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.PlanId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.ProgressEntryId;
import org.learningmentor.core.common.ResponseId;
import org.learningmentor.core.common.SurveyId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.evaluation.DimensionScore;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.core.evaluation.EvaluationCompleted;
import org.learningmentor.core.evaluation.EvaluationFacts;
import org.learningmentor.core.evaluation.Evaluator;
import org.learningmentor.core.evaluation.FindingOutcome;
import org.learningmentor.core.evaluation.Metric;
import org.learningmentor.core.evaluation.RuleSets;
import org.learningmentor.core.goal.Direction;
import org.learningmentor.core.goal.GoalLevel;
import org.learningmentor.core.goal.Indicator;
import org.learningmentor.core.goal.MeasureUnit;
import org.learningmentor.core.goal.ProgramGoal;
import org.learningmentor.core.organization.OrgUnit;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.organization.UnitAdded;
import org.learningmentor.core.organization.UnitTreeException;
import org.learningmentor.core.pair.MentoringPair;
import org.learningmentor.core.pair.PairCandidate;
import org.learningmentor.core.pair.PairKind;
import org.learningmentor.core.pair.PairStatus;
import org.learningmentor.core.pair.PairSuggester;
import org.learningmentor.core.pair.PairSuggestion;
import org.learningmentor.core.pair.PairingPolicy;
import org.learningmentor.core.pair.SuggestionCriteria;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.plan.GoalAttainment;
import org.learningmentor.core.plan.GoalAttainmentScale;
import org.learningmentor.core.plan.GoalRating;
import org.learningmentor.core.plan.MentorPlan;
import org.learningmentor.core.plan.PlanStatus;
import org.learningmentor.core.plan.ProgressEntry;
import org.learningmentor.core.program.ActionItem;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.core.program.ProgramTemplate;
import org.learningmentor.core.program.ReadinessCondition;
import org.learningmentor.core.survey.CultureProfile;
import org.learningmentor.core.survey.CultureProfiles;
import org.learningmentor.core.survey.GroupProfile;
import org.learningmentor.core.survey.Instruments;
import org.learningmentor.core.survey.ResponseToken;
import org.learningmentor.core.survey.Suppression;
import org.learningmentor.core.survey.Survey;
import org.learningmentor.core.survey.SurveyPurpose;
import org.learningmentor.core.survey.SurveyResponse;
import org.learningmentor.runtime.PermissionPolicy;
import org.learningmentor.testkit.sample.SampleData;
import org.learningmentor.testkit.sample.SampleOrganization;
import org.learningmentor.testkit.sample.SampleProgram;
import org.learningmentor.testkit.sample.SamplePrograms;
import org.learningmentor.testkit.time.TestClock;
import tools.jackson.databind.json.JsonMapper;

/** The README's code, run as written, so the README cannot drift from the API. */
class ReadmeExamplesTest {

    @Test
    void theReadmeShowsTheDefaultPermissionMatrix() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);

        assertThat(readme).contains(PermissionPolicy.defaults().toMarkdown());
    }

    @Test
    void theUsingTheCoreExampleRunsAsWritten() {
        IdGenerator ids = IdGenerator.seeded(42);
        Clock clock = TestClock.at(Instant.parse("2026-02-02T09:00:00Z"));
        PersonId hr = PersonId.next(ids);

        Organization agency = Organization.create(
                OrganizationId.next(ids),
                LocalizedText.of("Saaristovirasto", "Skärgårdsverket", "Archipelago Agency"),
                List.of(Language.FI, Language.SV));

        OrgUnitId administration = OrgUnitId.next(ids);
        Change<Organization> added = agency.addUnit(
                administration,
                "HAL",
                LocalizedText.of("Hallinto", "Förvaltning", "Administration"),
                Optional.empty(),
                hr,
                clock.instant());
        agency = added.state();
        assertThat(added.events()).singleElement().isInstanceOf(UnitAdded.class);

        Person aino = Person.builder()
                .id(PersonId.next(ids))
                .organizationId(agency.id())
                .unitId(administration)
                .displayName("Aino Virtanen")
                .email("aino.virtanen@example.fi")
                .addRoles(Role.EMPLOYEE)
                .language(Language.FI)
                .build();
        Change<Person> volunteered = aino.volunteerAsMentor(aino.id(), clock.instant());
        aino = volunteered.state();
        assertThat(aino.isActiveMentor()).isTrue();
        assertThat(aino.hasRole(Role.MENTOR)).isTrue();
        assertThat(aino.toString()).doesNotContain("Aino", "Virtanen", "example.fi");

        ProgramGoal goal = ProgramGoal.builder()
                .id(GoalId.next(ids))
                .title(LocalizedText.of(
                        "Oppiminen on osa arkea", "Lärande är en del av vardagen", "Learning is part of everyday work"))
                .level(GoalLevel.ORGANIZATION)
                .addIndicators(Indicator.builder()
                        .id(IndicatorId.next(ids))
                        .name(LocalizedText.of(Language.EN, "Share of staff in peer learning"))
                        .unit(MeasureUnit.PERCENT)
                        .baseline(new BigDecimal("20"))
                        .target(new BigDecimal("50"))
                        .direction(Direction.HIGHER_IS_BETTER)
                        .build())
                .build();
        assertThat(goal.indicators()).hasSize(1);

        JsonMapper mapper = JsonMapper.builder().build();
        assertThat(mapper.readValue(mapper.writeValueAsString(agency), Organization.class))
                .isEqualTo(agency);
    }

    @Test
    void theProgrammeExampleRunsAsWritten() {
        IdGenerator ids = IdGenerator.seeded(3);
        Clock clock = TestClock.at(Instant.parse("2026-02-02T09:00:00Z"));

        SampleOrganization sample = SampleData.organization(2026, 300);
        Person director = sample.director();
        Person hr = sample.withRole(Role.HR).get(0);
        MentoringProgram program = MentoringProgram.create(
                        ProgramId.next(ids),
                        sample.organization(),
                        LocalizedText.of(Language.FI, "Oppimismentorointi 2026"),
                        ProgramTemplate.standard(),
                        LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 12, 18),
                        List.of(),
                        hr,
                        clock.instant())
                .state();
        assertThat(program.readiness().unmet())
                .extracting(ReadinessCondition::code)
                .containsExactly("program.guard.sponsor-named", "program.guard.coordinator-named");
        program = program.nameSponsor(director, hr, clock.instant())
                .andThen(p -> p.nameCoordinator(hr, hr, clock.instant()))
                .andThen(p -> p.advance(hr, clock.instant()))
                .state();
        assertThat(program.phase()).isEqualTo(ProgramPhase.ANALYSIS);
    }

    @Test
    void theErrorsExampleGivesTheCodesTheReadmeShows() {
        assertThatThrownBy(() -> Indicator.builder()
                        .id(IndicatorId.next(IdGenerator.seeded(1)))
                        .name(LocalizedText.of(Language.EN, "Share of staff in peer learning"))
                        .unit(MeasureUnit.PERCENT)
                        .baseline(new BigDecimal("120"))
                        .target(new BigDecimal("120"))
                        .direction(Direction.HIGHER_IS_BETTER)
                        .build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.codes())
                            .containsExactlyInAnyOrder(
                                    "goal.value.percent-out-of-range",
                                    "goal.value.percent-out-of-range",
                                    "goal.indicator.target-equals-baseline");
                    assertThat(e.violations().get(0).message(Locale.forLanguageTag("fi")))
                            .isNotEqualTo(e.violations().get(0).message(Locale.ENGLISH));
                });
    }

    @Test
    void aUnitMovedUnderItsOwnDescendantIsRefusedWithTheCycleCode() {
        IdGenerator ids = IdGenerator.seeded(7);
        PersonId hr = PersonId.next(ids);
        TestClock clock = TestClock.at(Instant.parse("2026-02-02T09:00:00Z"));
        OrgUnitId top = OrgUnitId.next(ids);
        OrgUnitId child = OrgUnitId.next(ids);
        Organization agency = Organization.create(
                        OrganizationId.next(ids), LocalizedText.of(Language.FI, "Virasto"), List.of(Language.FI))
                .addUnit(top, "TOP", LocalizedText.of(Language.FI, "Ylin"), Optional.empty(), hr, clock.instant())
                .andThen(o -> o.addUnit(
                        child,
                        "ALA",
                        LocalizedText.of(Language.FI, "Alempi"),
                        Optional.of(top),
                        hr,
                        clock.advance(Duration.ofMinutes(1))))
                .state();
        Organization before = agency;

        assertThatThrownBy(() -> before.moveUnit(top, Optional.of(child), hr, clock.instant()))
                .isInstanceOfSatisfying(
                        UnitTreeException.class, e -> assertThat(e.codes()).contains("organization.unit.cycle"));
        assertThat(agency).isEqualTo(before);
    }

    @Test
    void thePairsAndPlansExampleRunsAsWritten() {
        IdGenerator ids = IdGenerator.seeded(11);
        Clock clock = TestClock.at(Instant.parse("2026-05-04T09:00:00Z"));

        SampleProgram sample = SamplePrograms.inPhase(SampleData.organization(2026, 300), ProgramPhase.TRAINING, 7);
        MentoringProgram program = sample.program();
        Person hr = sample.agency().withRole(Role.HR).get(0);
        List<PairCandidate> mentors = program.activeMentors().stream()
                .map(id -> PairCandidate.from(sample.agency().person(id).orElseThrow(), Set.of(), OptionalInt.empty()))
                .toList();
        PairSuggestion best = PairSuggester.of(SuggestionCriteria.defaults())
                .suggestMentorPairs(mentors, List.of())
                .suggestions()
                .get(0);
        Person aino = sample.agency().person(best.first()).orElseThrow();
        Person matti = sample.agency().person(best.second()).orElseThrow();
        assertThat(best.score()).isPositive();
        assertThat(best.contributions()).isNotEmpty();

        PairingPolicy policy = PairingPolicy.defaults();
        MentoringPair pair = MentoringPair.propose(
                        PairId.next(ids),
                        PairKind.MENTOR_PAIR,
                        program,
                        aino,
                        matti,
                        List.of(),
                        policy,
                        clock.instant())
                .andThen(p -> p.accept(matti, aino, program, List.of(), policy, clock.instant()))
                .state();
        assertThat(pair.status()).isEqualTo(PairStatus.ACTIVE);

        GoalId goal = program.goals().get(0).id();
        MentorPlan plan = MentorPlan.draftForPair(
                        PlanId.next(ids),
                        program,
                        pair,
                        aino,
                        LocalizedText.of(Language.FI, "Palautekulttuuri tiimeihin"),
                        clock.instant())
                .andThen(p -> p.linkGoal(goal, program, aino.id(), clock.instant()))
                .andThen(p -> p.setScale(
                        goal,
                        GoalAttainmentScale.of(
                                LocalizedText.of(Language.FI, "Yksikään tiimi ei jaa palautetta"),
                                LocalizedText.of(Language.FI, "Yksi tiimi silloin tällöin"),
                                LocalizedText.of(Language.FI, "Kaksi tiimiä kuukausittain"),
                                LocalizedText.of(Language.FI, "Kolme tiimiä kuukausittain"),
                                LocalizedText.of(Language.FI, "Jokainen tiimi kuukausittain")),
                        aino.id(),
                        clock.instant()))
                .andThen(p -> p.addActionItem(
                        ActionItem.builder()
                                .id(ActionItemId.next(ids))
                                .what(LocalizedText.of(Language.FI, "Palautetyöpaja tiimille"))
                                .ownerId(matti.id())
                                .dueOn(LocalDate.of(2026, 9, 30))
                                .build(),
                        program,
                        aino.id(),
                        clock.instant()))
                .andThen(p -> p.submit(program, aino.id(), clock.instant()))
                .andThen(p -> p.approve(hr, program, Optional.of(pair), clock.instant()))
                .state();
        assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(plan.ownerIds()).containsExactly(aino.id(), matti.id());

        plan = plan.recordProgress(
                        ProgressEntry.builder()
                                .id(ProgressEntryId.next(ids))
                                .date(LocalDate.of(2026, 10, 1))
                                .addRatings(GoalRating.of(goal, 1))
                                .build(),
                        matti.id(),
                        clock.instant())
                .state();
        assertThat(plan.tScore()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("60.00"));
        assertThat(GoalAttainment.tScore(List.of(1, 1, 1))).isEqualByComparingTo("63.69");
    }

    @Test
    void theSurveyExampleRunsAsWritten() {
        IdGenerator ids = IdGenerator.seeded(13);
        Clock clock = TestClock.at(Instant.parse("2026-02-17T09:00:00Z"));
        SampleProgram sample = SamplePrograms.inPhase(SampleData.organization(2026, 300), ProgramPhase.TRAINING, 7);
        MentoringProgram program = sample.program();
        Person hr = sample.agency().withRole(Role.HR).get(0);
        SplittableRandom random = new SplittableRandom(7);
        SecureRandom secureRandom = new SecureRandom();

        Organization agency = sample.agency().organization();
        List<OrgUnitId> wholeAgency = agency.units().stream()
                .filter(OrgUnit::isTopLevel)
                .map(OrgUnit::id)
                .toList();
        Survey survey = Survey.open(
                        SurveyId.next(ids),
                        agency,
                        program.id(),
                        Instruments.defaultInstrument(),
                        SurveyPurpose.BASELINE,
                        wholeAgency,
                        hr,
                        clock.instant())
                .state();
        Set<String> usedTokens = new HashSet<>();
        List<SurveyResponse> responses = new ArrayList<>();
        for (Person respondent : sample.agency().people()) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            Map<String, Integer> answers = new HashMap<>();
            survey.instrument().itemCodes().forEach(code -> answers.put(code, 1 + random.nextInt(6)));
            SurveyResponse response = survey.acceptResponse(
                    ResponseId.of(UUID.randomUUID()),
                    ResponseToken.random(secureRandom),
                    respondent.unitId(),
                    answers,
                    agency,
                    usedTokens::contains,
                    LocalDate.of(2026, 2, 17));
            usedTokens.add(response.tokenDigest());
            responses.add(response);
        }
        CultureProfile profile = CultureProfiles.compute(survey, agency, responses);

        assertThat(profile.anonymityThreshold()).isEqualTo(5);
        assertThat(profile.audience().respondents()).hasValue(responses.size());
        assertThat(profile.audience().score("TEAM_LEARNING"))
                .hasValueSatisfying(s -> assertThat(s.respondents()).isEqualTo(responses.size()));
        List<GroupProfile> hidden =
                profile.groups().stream().filter(GroupProfile::isSuppressed).toList();
        assertThat(hidden)
                .extracting(g -> g.suppression().orElseThrow())
                .contains(Suppression.BELOW_THRESHOLD, Suppression.COMPLEMENTARY);
        assertThat(hidden).allSatisfy(g -> {
            assertThat(g.respondents()).isEmpty();
            assertThat(g.scores()).isEmpty();
        });
        assertThat(profile.groups())
                .filteredOn(g -> !g.isSuppressed())
                .allSatisfy(g -> assertThat(g.respondents().orElseThrow()).isGreaterThanOrEqualTo(5));
        assertThatThrownBy(() -> CultureProfiles.compute(survey, agency, responses, 2))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void theEvaluationExampleRunsAsWritten() {
        IdGenerator ids = IdGenerator.seeded(17);
        Clock clock = TestClock.at(Instant.parse("2026-12-01T09:00:00Z"));
        SampleProgram sample = SamplePrograms.inPhase(SampleData.organization(2026, 300), ProgramPhase.TRAINING, 7);
        Person hr = sample.agency().withRole(Role.HR).get(0);
        Organization agency = sample.agency().organization();

        SampleProgram ended = SamplePrograms.inPhase(sample.agency(), ProgramPhase.EVALUATION, 7);
        EvaluationFacts facts = EvaluationFacts.fromProgram(ended.program(), LocalDate.of(2026, 12, 1))
                .plannedMentors(6)
                .anonymityThreshold(agency.settings().anonymityThreshold())
                .addScores(
                        DimensionScore.of(
                                SurveyPurpose.BASELINE,
                                "TEAM_LEARNING",
                                new BigDecimal("3.4"),
                                new BigDecimal("0.8"),
                                41),
                        DimensionScore.suppressed(
                                SurveyPurpose.FOLLOW_UP, "TEAM_LEARNING", Suppression.BELOW_THRESHOLD))
                .costs(new BigDecimal("20000"))
                .benefits(new BigDecimal("60000"))
                .build();
        Change<Evaluation> evaluated =
                Evaluator.evaluate(EvaluationId.next(ids), RuleSets.defaults(), facts, hr.id(), clock.instant());
        Evaluation evaluation = evaluated.state();

        assertThat(evaluated.events()).singleElement().isInstanceOf(EvaluationCompleted.class);
        assertThat(evaluation.ruleSet().id()).isEqualTo("default");
        assertThat(evaluation.findings()).hasSize(RuleSets.defaults().rules().size());
        assertThat(evaluation.levels()).hasSize(4);
        assertThat(facts.metrics().value(Metric.ATTENDANCE_RATE).isAvailable()).isTrue();
        assertThat(evaluation.findings())
                .filteredOn(f -> f.ruleId().equals("culture-change"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.outcome()).isEqualTo(FindingOutcome.NOT_EVALUABLE);
                    assertThat(f.reason().code()).isEqualTo("evaluation.finding.suppressed");
                    assertThat(f.measured()).isEmpty();
                });
        assertThat(evaluation.findings())
                .filteredOn(f -> f.ruleId().equals("approved-plans"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.outcome()).isEqualTo(FindingOutcome.NOT_EVALUABLE);
                    assertThat(f.reason().code()).isEqualTo("evaluation.finding.data-missing");
                });
        assertThat(evaluation.findings())
                .filteredOn(f -> f.ruleId().equals("bcr"))
                .singleElement()
                .satisfies(f -> assertThat(f.outcome()).isEqualTo(FindingOutcome.PASSED));
        assertThat(evaluation.reproduce()).isEqualTo(evaluation.findings());
    }
}
