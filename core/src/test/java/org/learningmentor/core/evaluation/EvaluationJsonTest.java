package org.learningmentor.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningmentor.core.JsonTesting;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.survey.Suppression;
import org.learningmentor.core.survey.SurveyPurpose;

/** The wire format of evaluation: round trips and golden files under Jackson 2 and 3. */
class EvaluationJsonTest {

    private static RuleSet defaults() {
        return RuleSets.defaults();
    }

    private static EvaluationRule rule(String id) {
        return defaults().rule(id).orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void theDefaultRuleSetMatchesItsGoldenFile(JsonTesting json) {
        json.assertGolden("evaluation-rule-set-defaults", defaults(), RuleSet.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void eachBuiltInRuleTypeIsWrittenWithItsTypeName(JsonTesting json) {
        json.assertGolden("evaluation-threshold-rule", rule("attendance"), EvaluationRule.class);
        json.assertGolden("evaluation-gas-rule", rule("gas"), EvaluationRule.class);
        json.assertGolden("evaluation-survey-change-rule", rule("culture-change"), EvaluationRule.class);
        json.assertGolden("evaluation-structure-rule", rule("checkpoints"), EvaluationRule.class);
        json.assertGolden("evaluation-roi-rule", rule("roi"), EvaluationRule.class);
        json.assertGolden("evaluation-bcr-rule", rule("bcr"), EvaluationRule.class);
        assertThat(json.write(rule("attendance"), EvaluationRule.class)).contains("\"type\":\"threshold\"");
        assertThat(json.write(rule("culture-change"), EvaluationRule.class)).contains("\"type\":\"survey-change\"");
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void aSurveyChangeRuleForOneDimensionRoundTrips(JsonTesting json) {
        SurveyChangeRule rule = SurveyChangeRule.builder()
                .id("team")
                .level(KirkpatrickLevel.RESULTS)
                .severity(Severity.WARNING)
                .title(EvaluationFixtures.text("Team learning improves"))
                .dimension("team-learning")
                .minimumChange(new BigDecimal("0.25"))
                .from(SurveyPurpose.BASELINE)
                .to(SurveyPurpose.OUTCOME)
                .build();
        json.assertRoundTrip(rule, EvaluationRule.class);
        json.assertRoundTrip(rule, SurveyChangeRule.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void theFactsMatchTheirGoldenFile(JsonTesting json) {
        json.assertGolden("evaluation-facts", EvaluationFixtures.completeFacts(), EvaluationFacts.class);
        json.assertRoundTrip(EvaluationFixtures.emptyFacts(), EvaluationFacts.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void anEvaluationMatchesItsGoldenFileAndIsReproducibleAfterReading(JsonTesting json) throws Exception {
        Evaluation evaluation = EvaluatorTest.aCompleteEvaluation();
        json.assertGolden("evaluation-evaluation", evaluation, Evaluation.class);
        Evaluation read = json.read(json.write(evaluation, Evaluation.class), Evaluation.class);
        assertThat(read.reproduce()).isEqualTo(evaluation.findings());
        assertThat(json.write(evaluation, Evaluation.class)).contains("\"levels\"");
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void findingsMatchTheirGoldenFiles(JsonTesting json) {
        List<Finding> findings = EvaluatorTest.aCompleteEvaluation().findings();
        json.assertGolden("evaluation-finding", findings.get(2), Finding.class);
        json.assertGolden("evaluation-finding-not-evaluable", findings.get(8), Finding.class);
        json.assertGolden("evaluation-finding-structure", findings.get(10), Finding.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void theEventIsWrittenWithItsTypeName(JsonTesting json) {
        DomainEvent event = Evaluator.evaluate(
                        EvaluationFixtures.EVALUATION,
                        defaults(),
                        EvaluationFixtures.completeFacts(),
                        EvaluationFixtures.HR.id(),
                        EvaluationFixtures.days(300))
                .events()
                .get(0);
        json.assertGolden("evaluation-completed", event, DomainEvent.class);
        assertThat(json.write(event, DomainEvent.class)).contains("\"type\":\"evaluation.completed\"");
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void theValuesRoundTrip(JsonTesting json) {
        json.assertGolden("evaluation-plan-facts", EvaluationFixtures.plan2(), PlanFacts.class);
        json.assertGolden(
                "evaluation-dimension-score", EvaluationFixtures.scores().get(0), DimensionScore.class);
        json.assertGolden(
                "evaluation-dimension-score-suppressed",
                EvaluationFixtures.scores().get(3),
                DimensionScore.class);
        json.assertGolden(
                "evaluation-goal-progress",
                EvaluationFixtures.completeFacts().metrics().goals().get(0),
                GoalProgress.class);
        json.assertGolden(
                "evaluation-metric-value-not-available",
                EvaluationFixtures.emptyFacts().metrics().value(Metric.ROI_PERCENT),
                MetricValue.class);
        json.assertRoundTrip(MetricValue.of(new BigDecimal("0.75")), MetricValue.class);
        json.assertRoundTrip(LevelSummary.of(KirkpatrickLevel.LEARNING, 1, 2, 3), LevelSummary.class);
        json.assertRoundTrip(GasRating.of(-2, new BigDecimal("2.5")), GasRating.class);
        json.assertRoundTrip(Reason.of(FindingReason.DATA_MISSING, "costs"), Reason.class);
        json.assertRoundTrip(EvaluationFixtures.completeFacts().mentors().get(3), MentorFact.class);
        json.assertRoundTrip(EvaluationFixtures.completeFacts().sessions().get(1), SessionFact.class);
        json.assertRoundTrip(EvaluationFixtures.completeFacts().assignments().get(0), AssignmentFact.class);
        json.assertRoundTrip(
                PlanFacts.builder()
                        .planId(EvaluationFixtures.PLAN_1)
                        .addOwnerIds(PersonId.of(EvaluationFixtures.uuid(1)))
                        .status(org.learningmentor.core.plan.PlanStatus.DRAFT)
                        .build(),
                PlanFacts.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void enumsAreWrittenByName(JsonTesting json) throws Exception {
        for (Metric metric : Metric.values()) {
            assertThat(json.write(metric, Metric.class)).isEqualTo("\"" + metric.name() + "\"");
            assertThat((Metric) json.read("\"" + metric.name() + "\"", Metric.class))
                    .isEqualTo(metric);
        }
        for (Severity severity : Severity.values()) {
            json.assertRoundTrip(severity, Severity.class);
        }
        for (KirkpatrickLevel level : KirkpatrickLevel.values()) {
            json.assertRoundTrip(level, KirkpatrickLevel.class);
        }
        for (FindingOutcome outcome : FindingOutcome.values()) {
            json.assertRoundTrip(outcome, FindingOutcome.class);
        }
        for (Comparison comparison : Comparison.values()) {
            json.assertRoundTrip(comparison, Comparison.class);
        }
        for (StructureCheck check : StructureCheck.values()) {
            json.assertRoundTrip(check, StructureCheck.class);
        }
        for (GasScope scope : GasScope.values()) {
            json.assertRoundTrip(scope, GasScope.class);
        }
        for (Suppression suppression : Suppression.values()) {
            json.assertRoundTrip(suppression, Suppression.class);
        }
    }
}
