package org.learningmentor.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.GoalId;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.ProgressEntryId;
import org.learningmentor.core.evaluation.DimensionScore;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.core.evaluation.RuleSets;
import org.learningmentor.core.organization.OrgUnit;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.plan.GoalAttainmentScale;
import org.learningmentor.core.plan.GoalRating;
import org.learningmentor.core.plan.MentorPlan;
import org.learningmentor.core.plan.PlanStatus;
import org.learningmentor.core.plan.ProgressEntry;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.core.survey.Instruments;
import org.learningmentor.core.survey.ResponseToken;
import org.learningmentor.core.survey.SurveyPurpose;
import org.learningmentor.persistence.PageRequest;

/** The evaluation use cases end to end: facts from stored programme, plans and surveys only. */
class EvaluationUseCasesTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final World world = World.create();
    private final Actor hr = world.hr();
    private final ProgramId program = world.storeProgram(ProgramPhase.TRAINING);
    private final Person aino = world.personFor(Role.MENTOR);

    @Test
    void evaluationStory() {
        // Aino's plan is approved and rated at a checkpoint…
        GoalId goal = world.program(program).goals().get(0).id();
        MentorPlan plan = approvedAndRatedPlan(goal, 1);
        // …a baseline and a follow-up survey are answered by six people each, an outcome survey by two…
        surveyWith(SurveyPurpose.BASELINE, 6, 3);
        surveyWith(SurveyPurpose.FOLLOW_UP, 6, 5);
        surveyWith(SurveyPurpose.OUTCOME, 2, 4);

        // …and HR evaluates the programme by the default rule set, with the costs it knows.
        Evaluation evaluation = world.runtime
                .evaluations()
                .evaluate(
                        hr,
                        program,
                        RuleSets.defaults(),
                        OptionalInt.of(2),
                        Optional.of(new BigDecimal("20000")),
                        Optional.of(new BigDecimal("50000")));

        assertThat(evaluation.version()).isEqualTo(1);
        assertThat(evaluation.createdBy()).isEqualTo(hr.personId());
        assertThat(evaluation.findings()).isNotEmpty();
        assertThat(evaluation.facts().plans()).singleElement().satisfies(facts -> {
            assertThat(facts.planId()).isEqualTo(plan.id());
            assertThat(facts.status()).isEqualTo(PlanStatus.APPROVED);
            assertThat(facts.gasRatings()).hasSize(1);
            assertThat(facts.actionItems()).isEqualTo(1);
        });
        assertThat(evaluation.facts().anonymityThreshold())
                .isEqualTo(world.agency.organization().settings().anonymityThreshold());
        assertThat(evaluation.facts().costs()).contains(new BigDecimal("20000"));
        // survey figures reach the facts only as the profiles show them
        assertThat(scores(evaluation, SurveyPurpose.BASELINE))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.respondents()).hasValue(6));
        assertThat(scores(evaluation, SurveyPurpose.FOLLOW_UP)).isNotEmpty().noneMatch(DimensionScore::isSuppressed);
        assertThat(scores(evaluation, SurveyPurpose.OUTCOME)).isNotEmpty().allSatisfy(s -> {
            assertThat(s.isSuppressed()).isTrue();
            assertThat(s.mean()).isEmpty();
            assertThat(s.respondents()).isEmpty();
        });
        // the stored evaluation reproduces its findings from the facts it kept
        assertThat(evaluation.reproduce()).isEqualTo(evaluation.findings());

        assertThat(UseCaseRunner.typeOf(world.heard.get(world.heard.size() - 1)))
                .isEqualTo("EvaluationCompleted");
        assertThat(world.runtime.evaluations().find(Actor.of(world.agency.director()), evaluation.id()))
                .contains(evaluation);
        assertThat(world.runtime
                        .evaluations()
                        .listByProgram(hr, program, PageRequest.first(10))
                        .items())
                .containsExactly(evaluation);
    }

    @Test
    void onlyHrEvaluatesAndOnlyThoseWhoRunTheProgrammeReadEvaluations() {
        Evaluation evaluation = world.runtime.evaluations().evaluate(hr, program, RuleSets.defaults());
        assertThat(evaluation.facts().plans()).isEmpty();
        assertThat(evaluation.facts().scores()).isEmpty();

        assertThatThrownBy(() -> world.runtime
                        .evaluations()
                        .evaluate(Actor.of(world.agency.director()), program, RuleSets.defaults()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> world.runtime.evaluations().find(Actor.of(aino), evaluation.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        world.runtime.evaluations().evaluate(hr, ProgramId.of(UUID.randomUUID()), RuleSets.defaults()))
                .isInstanceOf(NotFoundException.class);
    }

    private List<DimensionScore> scores(Evaluation evaluation, SurveyPurpose purpose) {
        return evaluation.facts().scores().stream()
                .filter(s -> s.purpose() == purpose)
                .toList();
    }

    private MentorPlan approvedAndRatedPlan(GoalId goal, int level) {
        Actor mentor = Actor.of(aino);
        MentorPlan plan = world.runtime.plans().draftIndividual(mentor, program, text("Feedback habits"));
        world.runtime.plans().linkGoal(mentor, plan.id(), goal);
        world.runtime
                .plans()
                .setScale(
                        mentor,
                        plan.id(),
                        goal,
                        GoalAttainmentScale.of(text("-2"), text("-1"), text("0"), text("+1"), text("+2")));
        world.runtime
                .plans()
                .addActionItem(mentor, plan.id(), text("Feedback hour"), aino.id(), LocalDate.of(2026, 9, 30));
        world.runtime.plans().submit(mentor, plan.id());
        world.runtime.plans().approve(hr, plan.id());
        return world.runtime
                .plans()
                .recordProgress(
                        mentor,
                        plan.id(),
                        ProgressEntry.builder()
                                .id(ProgressEntryId.of(UUID.randomUUID()))
                                .date(LocalDate.of(2026, 10, 15))
                                .addRatings(GoalRating.of(goal, level))
                                .build());
    }

    private void surveyWith(SurveyPurpose purpose, int respondents, int answer) {
        var survey = world.runtime
                .surveys()
                .open(
                        hr,
                        program,
                        Instruments.defaultInstrument(),
                        purpose,
                        world.agency.organization().topLevelUnits().stream()
                                .map(OrgUnit::id)
                                .toList());
        Map<String, Integer> answers = new HashMap<>();
        Instruments.defaultInstrument().itemCodes().forEach(code -> answers.put(code, answer));
        for (Person person : world.agency.people().subList(0, respondents)) {
            world.runtime
                    .surveys()
                    .respond(
                            ResponseToken.random(RANDOM),
                            survey.id(),
                            world.organizationId(),
                            person.unitId(),
                            answers);
        }
        world.runtime.surveys().close(hr, survey.id());
    }

    private static LocalizedText text(String english) {
        return LocalizedText.of(Language.EN, english);
    }
}
