package org.learningmentor.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.learningmentor.core.evaluation.EvaluationFixtures.EVALUATION_DATE;
import static org.learningmentor.core.evaluation.EvaluationFixtures.HR;
import static org.learningmentor.core.evaluation.EvaluationFixtures.days;
import static org.learningmentor.core.evaluation.EvaluationFixtures.mentorId;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.AssignmentId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.plan.PlanStatus;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.survey.Suppression;
import org.learningmentor.core.survey.SurveyPurpose;

/** The facts taken from a programme, their validation, and the structure checks over them. */
class EvaluationFactsTest {

    private static List<String> codesAndPaths(Runnable build) {
        ValidationException e = catchThrowableOfType(ValidationException.class, build::run);
        assertThat(e).as("must be refused").isNotNull();
        return e.violations().stream().map(v -> v.code() + "@" + v.path()).toList();
    }

    @Test
    void fromProgramTakesTheProgrammesFacts() {
        EvaluationFacts facts = EvaluationFacts.fromProgram(EvaluationFixtures.aSmallProgram(), EVALUATION_DATE)
                .build();
        assertThat(facts.organizationId()).isEqualTo(EvaluationFixtures.AGENCY);
        assertThat(facts.programId()).isEqualTo(EvaluationFixtures.PROGRAM);
        assertThat(facts.templateSessionCount()).isEqualTo(3);
        assertThat(facts.mentors()).hasSize(4);
        assertThat(facts.mentors().get(3).periods())
                .containsExactly(EnrolmentPeriod.of(days(30), Optional.of(days(61))));
        assertThat(facts.sessions())
                .extracting(SessionFact::present, SessionFact::absent)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, 0),
                        org.assertj.core.groups.Tuple.tuple(2, 1),
                        org.assertj.core.groups.Tuple.tuple(3, 0));
        assertThat(facts.assignments().get(0).submittedBy()).containsExactly(mentorId(1), mentorId(2));
        assertThat(facts.checkpointDates()).containsExactly(LocalDate.of(2026, 9, 15));
        assertThat(facts.goals()).hasSize(2);
        assertThat(facts.programActionItems()).isEqualTo(2);
        assertThat(facts.programActionItemsDone()).isEqualTo(1);
        assertThat(facts.baselineSurveyOn()).hasValue(LocalDate.of(2026, 2, 5));
        assertThat(facts.plannedMentors()).isEmpty();
        assertThat(facts.anonymityThreshold()).isEqualTo(EvaluationFacts.DEFAULT_ANONYMITY_THRESHOLD);
    }

    @Test
    void aMentorWhoWithdrewAndReEnrolledHasTwoPeriodsAndCountsAsRetained() {
        MentoringProgram training = EvaluationFixtures.aSmallProgram();
        // mentor 4 re-enrols? Only in recruitment or training: the facts are built by hand instead.
        MentorFact back = MentorFact.of(
                mentorId(4),
                List.of(
                        EnrolmentPeriod.of(days(30), Optional.of(days(61))),
                        EnrolmentPeriod.of(days(62), Optional.empty())));
        EvaluationFacts facts =
                EvaluationFacts.fromProgram(training, EVALUATION_DATE).build();
        EvaluationFacts withReturn = ((ImmutableEvaluationFacts) facts)
                .withMentors(
                        facts.mentors().get(0),
                        facts.mentors().get(1),
                        facts.mentors().get(2),
                        back);
        assertThat(withReturn.metrics().value(Metric.MENTOR_RETENTION_RATE).value())
                .hasValue(BigDecimal.ONE);
    }

    @Test
    void invalidFactsAreRefusedWithEveryViolation() {
        assertThat(codesAndPaths(() -> EvaluationFacts.builder()
                        .organizationId(EvaluationFixtures.AGENCY)
                        .programId(EvaluationFixtures.PROGRAM)
                        .evaluationDate(EVALUATION_DATE)
                        .addPlans(EvaluationFixtures.plan1(), EvaluationFixtures.plan2(), EvaluationFixtures.plan3())
                        .addPlans(EvaluationFixtures.plan1())
                        .templateSessionCount(0)
                        .programActionItems(1)
                        .programActionItemsDone(2)
                        .benefits(new BigDecimal("1e20"))
                        .build()))
                .containsExactly(
                        "evaluation.facts.session-count-out-of-range@templateSessionCount",
                        "evaluation.facts.id-duplicate@plans[3].planId",
                        "evaluation.facts.done-exceeds-total@programActionItemsDone",
                        "evaluation.number.too-large@benefits");
        assertThat(codesAndPaths(() -> EvaluationFixtures.factsBuilder()
                        .addScores(
                                DimensionScore.suppressed(SurveyPurpose.BASELINE, "x", Suppression.COMPLEMENTARY),
                                DimensionScore.suppressed(SurveyPurpose.BASELINE, "x", Suppression.BELOW_THRESHOLD))
                        .build()))
                .containsExactly("evaluation.score.duplicate@scores[1]");
    }

    @Test
    void invalidPartsAreRefused() {
        assertThat(codesAndPaths(() -> PlanFacts.builder()
                        .planId(EvaluationFixtures.PLAN_1)
                        .addOwnerIds(mentorId(1), mentorId(1))
                        .status(PlanStatus.APPROVED)
                        .actionItems(1)
                        .actionItemsDone(2)
                        .actionItemsIncomplete(-1)
                        .build()))
                .containsExactly(
                        "evaluation.facts.person-duplicate@ownerIds[1]",
                        "evaluation.facts.count-negative@actionItemsIncomplete",
                        "evaluation.facts.done-exceeds-total@actionItemsDone");
        assertThat(codesAndPaths(() -> PlanFacts.builder()
                        .planId(EvaluationFixtures.PLAN_1)
                        .status(PlanStatus.DRAFT)
                        .build()))
                .containsExactly("common.value.required@ownerIds");
        assertThat(codesAndPaths(() -> GasRating.of(3, BigDecimal.ZERO)))
                .containsExactly(
                        "evaluation.gas.level-out-of-range@level", "evaluation.gas.weight-out-of-range@weight");
        assertThat(codesAndPaths(() -> DimensionScore.of(
                        SurveyPurpose.BASELINE, "Team learning", new BigDecimal("3"), new BigDecimal("-1"), 0)))
                .containsExactly(
                        "evaluation.dimension.malformed@dimension",
                        "evaluation.score.deviation-negative@standardDeviation",
                        "evaluation.score.respondents-too-few@respondents");
        assertThat(codesAndPaths(() -> ImmutableDimensionScore.builder()
                        .purpose(SurveyPurpose.BASELINE)
                        .dimension("x")
                        .mean(BigDecimal.ONE)
                        .build()))
                .containsExactly("evaluation.score.incomplete@");
        assertThat(codesAndPaths(() -> EnrolmentPeriod.of(days(2), Optional.of(days(1)))))
                .containsExactly("evaluation.facts.period-end-before-start@until");
        assertThat(codesAndPaths(() -> MentorFact.of(mentorId(1), List.of())))
                .containsExactly("common.value.required@periods");
        assertThat(codesAndPaths(() -> SessionFact.of(0, EVALUATION_DATE, true, -1, 0)))
                .containsExactly("evaluation.facts.count-negative@ordinal", "evaluation.facts.count-negative@present");
        assertThat(codesAndPaths(() -> AssignmentFact.of(
                        AssignmentId.of(EvaluationFixtures.uuid(1)),
                        EVALUATION_DATE,
                        List.of(mentorId(1), mentorId(1)))))
                .containsExactly("evaluation.facts.person-duplicate@submittedBy[1]");
        assertThat(codesAndPaths(() -> Reason.of("Not A Code")))
                .containsExactly("evaluation.reason.code-malformed@code");
        assertThat(codesAndPaths(() -> Reason.of("a.b", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)))
                .containsExactly("evaluation.reason.too-many-arguments@arguments");
        assertThat(codesAndPaths(() -> ImmutableMetricValue.builder().build()))
                .containsExactly("common.value.required@value");
        assertThat(codesAndPaths(() -> ImmutableMetricValue.builder()
                        .value(BigDecimal.ONE)
                        .reason(Reason.of(FindingReason.DATA_MISSING, "x"))
                        .build()))
                .containsExactly("evaluation.finding.value-when-not-evaluable@value");
        assertThat(codesAndPaths(() -> Finding.builder()
                        .rule(EvaluationFixtures.aThresholdRule())
                        .outcome(FindingOutcome.NOT_EVALUABLE)
                        .reason(Reason.of(FindingReason.DATA_MISSING, "x"))
                        .measured(BigDecimal.ONE)
                        .build()))
                .containsExactly("evaluation.finding.value-when-not-evaluable@measured");
    }

    @Test
    void structureChecksFailWhenTheirPartsAreMissingOrLate() {
        StructureRule checkpoints = structure(StructureCheck.CHECKPOINTS_HELD);
        EvaluationFacts beforeTheCheckpoint = EvaluationFacts.fromProgram(
                        EvaluationFixtures.aSmallProgram(), LocalDate.of(2026, 9, 1))
                .build();
        assertThat(checkpoints.evaluate(beforeTheCheckpoint).outcome()).isEqualTo(FindingOutcome.FAILED);
        assertThat(checkpoints.evaluate(EvaluationFixtures.completeFacts()).outcome())
                .isEqualTo(FindingOutcome.PASSED);
        StructureRule planned = structure(StructureCheck.EVALUATION_PLANNED);
        EvaluationFacts noBaseline = ((ImmutableEvaluationFacts) EvaluationFixtures.completeFacts())
                .withBaselineSurveyOn(Optional.empty())
                .withScores(List.of());
        Finding finding = planned.evaluate(noBaseline);
        assertThat(finding.outcome()).isEqualTo(FindingOutcome.FAILED);
        assertThat(finding.measured()).hasValue(BigDecimal.ONE);
        assertThat(structure(StructureCheck.ACTION_PLAN_HAS_OWNERS_AND_DATES)
                        .evaluate(EvaluationFixtures.emptyFacts())
                        .reason())
                .isEqualTo(Reason.of(FindingReason.STRUCTURE_NOT_MET, 0, 0));
    }

    @Test
    void theProgrammeGasScoreAndTheMeanOfPlansCanBeJudgedSeparately() {
        GasRule mean = GasRule.builder()
                .id("gas-mean")
                .level(KirkpatrickLevel.BEHAVIOUR)
                .severity(Severity.WARNING)
                .title(EvaluationFixtures.text("GAS"))
                .scope(GasScope.MEAN_OF_PLANS)
                .minimumTScore(BigDecimal.valueOf(50))
                .build();
        Finding finding = mean.evaluate(EvaluationFixtures.completeFacts());
        assertThat(finding.outcome()).isEqualTo(FindingOutcome.FAILED);
        // plan T-scores 56.20 and 40.00 (two decimals, as GoalAttainment gives them)
        assertThat(finding.measured()).hasValue(new BigDecimal("48.1"));
    }

    @Test
    void nullArgumentsAreNamed() {
        assertThatThrownBy(() -> EvaluationFacts.fromProgram(null, EVALUATION_DATE))
                .hasMessage("program");
        assertThatThrownBy(() -> EvaluationFacts.fromProgram(EvaluationFixtures.anEmptyProgram(), null))
                .hasMessage("evaluationDate");
        assertThatThrownBy(() -> Metric.ROI_PERCENT.compute(null)).hasMessage("facts");
        assertThatThrownBy(() -> EvaluationFixtures.completeFacts().metrics().value(null))
                .hasMessage("metric");
        assertThatThrownBy(() -> Finding.of(null, FindingOutcome.PASSED, Reason.of("a.b")))
                .hasMessage("rule");
        assertThat(HR.id()).isNotNull();
        assertThat(Instant.EPOCH).isNotNull();
    }

    private static StructureRule structure(StructureCheck check) {
        return StructureRule.builder()
                .id("s")
                .level(KirkpatrickLevel.RESULTS)
                .severity(Severity.INFO)
                .title(EvaluationFixtures.text("Structure"))
                .check(check)
                .build();
    }
}
