package org.learningmentor.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningmentor.core.evaluation.EvaluationFixtures.completeFacts;
import static org.learningmentor.core.evaluation.EvaluationFixtures.emptyFacts;
import static org.learningmentor.core.evaluation.EvaluationFixtures.factsBuilder;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.survey.SurveyPurpose;

/** Every metric of the catalogue on the small programme, computed by hand, and every way a metric has no value. */
class MetricsTest {

    private static final Metrics METRICS = completeFacts().metrics();

    private static BigDecimal value(Metric metric) {
        return METRICS.value(metric).value().orElseThrow(() -> new AssertionError(metric + " has no value"));
    }

    private static void assertValue(Metric metric, String expected) {
        assertThat(value(metric)).as("%s", metric).isEqualByComparingTo(expected);
    }

    private static void assertNotAvailable(MetricValue value, FindingReason reason, String... arguments) {
        assertThat(value.value()).isEmpty();
        assertThat(value.reason()).hasValueSatisfying(r -> {
            assertThat(r.code()).isEqualTo(reason.code());
            assertThat(r.arguments()).containsExactly(arguments);
        });
    }

    @Test
    void participationIsEnrolledMentorsOverPlanned() {
        // four mentors ever enrolled, five planned
        assertValue(Metric.PARTICIPATION_RATE, "0.8");
    }

    @Test
    void attendanceIsPresentOverRecordedInHeldSessions() {
        // 8 present of 9 recorded
        assertThat(value(Metric.ATTENDANCE_RATE)).isEqualTo(new BigDecimal("0.8888888889"));
    }

    @Test
    void assignmentCompletionIsSubmissionsOverExpected() {
        // assignment 1: mentors 1 and 2 of 1–3; assignment 2: mentor 1 of 1–3 (mentor 4 had withdrawn)
        assertValue(Metric.ASSIGNMENT_COMPLETION_RATE, "0.5");
    }

    @Test
    void approvedPlanRateIsActiveMentorsCoveredByAnApprovedPlan() {
        // mentors 1–3 active; only plan 1 (mentor 1) approved; plan 3 of withdrawn mentor 4 is cancelled
        assertThat(value(Metric.APPROVED_PLAN_RATE)).isEqualTo(new BigDecimal("0.3333333333"));
    }

    @Test
    void actionItemCompletionCountsTheProgrammesAndThePlansItemsButNotCancelledPlans() {
        // programme 1 of 2, plan 1: 3 of 4, plan 2: 0 of 2 → 4 of 8
        assertValue(Metric.ACTION_ITEM_COMPLETION_RATE, "0.5");
    }

    @Test
    void retentionIsMentorsStillEnrolledAtTheEndOfTraining() {
        // four enrolled before 9 June, mentor 4 withdrew on 3 April
        assertValue(Metric.MENTOR_RETENTION_RATE, "0.75");
    }

    @Test
    void meanPlanTScoreAveragesThePlansOwnScores() {
        // plan 1: 50 + 10·1/√(0.7·2 + 0.3·4) = 56.2017… → 56.20; plan 2: 50 + 10·(−1)/1 = 40.00
        assertValue(Metric.MEAN_PLAN_T_SCORE, "48.1");
    }

    @Test
    void programTScorePoolsEveryPlansRatings() {
        // +1, 0, −1 with weight 1: Σwx = 0
        assertValue(Metric.PROGRAM_T_SCORE, "50");
    }

    @Test
    void indicatorAttainmentIsTheMeanOfTheMeasuredGoals() {
        assertValue(Metric.INDICATOR_ATTAINMENT, "0.75");
        assertThat(METRICS.goals()).hasSize(2);
        GoalProgress goal1 = METRICS.goals().get(0);
        assertThat(goal1.attainment()).hasValue(new BigDecimal("0.75"));
        assertThat(goal1.indicators())
                .extracting(i -> i.progress().orElseThrow())
                .containsExactly(new BigDecimal("0.5"), new BigDecimal("1.2"));
        assertThat(goal1.indicators().get(0).actual())
                .as("the measurement after the evaluation date is left out")
                .hasValue(BigDecimal.valueOf(35));
        GoalProgress goal2 = METRICS.goals().get(1);
        assertThat(goal2.attainment()).isEmpty();
        assertThat(goal2.reason())
                .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("evaluation.finding.data-missing"));
    }

    @Test
    void roiAndBcrFollowThePhillipsExample() {
        // benefits 60 000, costs 20 000
        assertThat(value(Metric.ROI_PERCENT)).isEqualTo(new BigDecimal("200"));
        assertThat(value(Metric.BENEFIT_COST_RATIO)).isEqualTo(new BigDecimal("3"));
    }

    @Test
    void dimensionScoresAndTheirChange() {
        assertThat(METRICS.dimensionScore(SurveyPurpose.BASELINE, "team-learning")
                        .value())
                .hasValue(new BigDecimal("3.5"));
        assertThat(METRICS.dimensionChange("team-learning", SurveyPurpose.BASELINE, SurveyPurpose.FOLLOW_UP)
                        .value())
                .hasValue(new BigDecimal("0.6"));
        assertThat(METRICS.dimensions(SurveyPurpose.BASELINE))
                .containsExactly("team-learning", "inquiry", "empowerment");
    }

    @Test
    void metricComputeIsTheSameAsTheFactsMetrics() {
        for (Metric metric : Metric.values()) {
            assertThat(metric.compute(completeFacts())).isEqualTo(METRICS.value(metric));
        }
        assertThat(METRICS.asMap()).hasSize(Metric.values().length);
    }

    // ---------------------------------------------------------------- not available

    @Test
    void everyMetricOfAnEmptyProgrammeSaysWhyItHasNoValue() {
        Metrics empty = emptyFacts().metrics();
        assertNotAvailable(empty.value(Metric.PARTICIPATION_RATE), FindingReason.DATA_MISSING, "plannedMentors");
        assertNotAvailable(empty.value(Metric.ATTENDANCE_RATE), FindingReason.DATA_MISSING, "attendance");
        assertNotAvailable(empty.value(Metric.ASSIGNMENT_COMPLETION_RATE), FindingReason.DATA_MISSING, "assignments");
        assertNotAvailable(empty.value(Metric.APPROVED_PLAN_RATE), FindingReason.DATA_MISSING, "plans");
        assertNotAvailable(empty.value(Metric.ACTION_ITEM_COMPLETION_RATE), FindingReason.DATA_MISSING, "action items");
        assertNotAvailable(
                empty.value(Metric.MENTOR_RETENTION_RATE), FindingReason.DATA_MISSING, "training sessions held");
        assertNotAvailable(empty.value(Metric.MEAN_PLAN_T_SCORE), FindingReason.DATA_MISSING, "gasRatings");
        assertNotAvailable(empty.value(Metric.PROGRAM_T_SCORE), FindingReason.DATA_MISSING, "gasRatings");
        assertNotAvailable(empty.value(Metric.INDICATOR_ATTAINMENT), FindingReason.DATA_MISSING, "indicator actuals");
        assertNotAvailable(empty.value(Metric.ROI_PERCENT), FindingReason.DATA_MISSING, "costs");
        assertNotAvailable(empty.value(Metric.BENEFIT_COST_RATIO), FindingReason.DATA_MISSING, "costs");
    }

    @Test
    void participationWhenNoMentorIsPlannedIsADivisionByZero() {
        MetricValue value = factsBuilder().plannedMentors(0).build().metrics().value(Metric.PARTICIPATION_RATE);
        assertNotAvailable(value, FindingReason.DIVISION_BY_ZERO, "plannedMentors");
    }

    @Test
    void roiAndBcrWhenCostsAreZeroAreADivisionByZero() {
        Metrics metrics = factsBuilder()
                .costs(BigDecimal.ZERO)
                .benefits(new BigDecimal("60000"))
                .build()
                .metrics();
        assertNotAvailable(metrics.value(Metric.ROI_PERCENT), FindingReason.DIVISION_BY_ZERO, "costs");
        assertNotAvailable(metrics.value(Metric.BENEFIT_COST_RATIO), FindingReason.DIVISION_BY_ZERO, "costs");
    }

    @Test
    void roiWhenBenefitsAreMissingSaysSo() {
        Metrics metrics = factsBuilder().costs(new BigDecimal("20000")).build().metrics();
        assertNotAvailable(metrics.value(Metric.ROI_PERCENT), FindingReason.DATA_MISSING, "benefits");
    }

    @Test
    void roiOfALossIsNegative() {
        Metrics metrics = factsBuilder()
                .costs(new BigDecimal("20000"))
                .benefits(new BigDecimal("15000"))
                .build()
                .metrics();
        assertThat(metrics.value(Metric.ROI_PERCENT).value()).hasValue(new BigDecimal("-25"));
        assertThat(metrics.value(Metric.BENEFIT_COST_RATIO).value()).hasValue(new BigDecimal("0.75"));
    }

    @Test
    void aSuppressedGroupIsNotEvaluableAndSaysWhich() {
        assertNotAvailable(
                METRICS.dimensionScore(SurveyPurpose.FOLLOW_UP, "inquiry"),
                FindingReason.SUPPRESSED,
                "inquiry",
                "FOLLOW_UP");
        assertNotAvailable(
                METRICS.dimensionChange("inquiry", SurveyPurpose.BASELINE, SurveyPurpose.FOLLOW_UP),
                FindingReason.SUPPRESSED,
                "inquiry",
                "FOLLOW_UP");
    }

    @Test
    void aGroupBelowTheThresholdIsSuppressedEvenWhenItsFiguresWereGiven() {
        assertNotAvailable(
                METRICS.dimensionScore(SurveyPurpose.BASELINE, "empowerment"),
                FindingReason.SUPPRESSED,
                "empowerment",
                "BASELINE");
        Metrics lowerThreshold = factsBuilder()
                .addAllScores(EvaluationFixtures.scores())
                .anonymityThreshold(3)
                .build()
                .metrics();
        assertThat(lowerThreshold
                        .dimensionScore(SurveyPurpose.BASELINE, "empowerment")
                        .value())
                .hasValue(new BigDecimal("3"));
    }

    @Test
    void aMissingScoreIsDataMissing() {
        assertNotAvailable(
                METRICS.dimensionScore(SurveyPurpose.OUTCOME, "team-learning"),
                FindingReason.DATA_MISSING,
                "scores OUTCOME team-learning");
    }

    @Test
    void approvedPlansWithoutActiveMentorsIsADivisionByZero() {
        EvaluationFacts facts = EvaluationFacts.fromProgram(
                        EvaluationFixtures.anEmptyProgram(), EvaluationFixtures.EVALUATION_DATE)
                .addPlans(EvaluationFixtures.plan1())
                .build();
        assertNotAvailable(
                facts.metrics().value(Metric.APPROVED_PLAN_RATE), FindingReason.DIVISION_BY_ZERO, "active mentors");
    }

    @Test
    void reasonsHaveMessagesInEveryLanguage() {
        Reason reason = Reason.of(FindingReason.SUPPRESSED, "inquiry", "FOLLOW_UP");
        assertThat(reason.message(Locale.ENGLISH)).contains("inquiry").contains("anonymity threshold");
        assertThat(reason.message(Locale.forLanguageTag("fi"))).contains("anonymiteettirajan");
        assertThat(reason.message(Locale.forLanguageTag("sv"))).contains("anonymitetsgränsen");
        assertThat(Reason.of("acme.budget.exceeded", 12).message(Locale.ENGLISH))
                .isEqualTo("acme.budget.exceeded [12]");
    }
}
