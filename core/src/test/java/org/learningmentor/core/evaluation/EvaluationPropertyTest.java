package org.learningmentor.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningmentor.core.JsonTesting;
import org.learningmentor.core.common.AssignmentId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.PlanId;
import org.learningmentor.core.plan.PlanStatus;
import org.learningmentor.core.survey.Suppression;
import org.learningmentor.core.survey.SurveyPurpose;

/**
 * Random facts: the default rule set always judges every rule, rates stay in 0…1, and an evaluation
 * read back from JSON reproduces its findings.
 */
class EvaluationPropertyTest {

    private static final List<Metric> RATES = List.of(
            Metric.ATTENDANCE_RATE,
            Metric.ASSIGNMENT_COMPLETION_RATE,
            Metric.APPROVED_PLAN_RATE,
            Metric.ACTION_ITEM_COMPLETION_RATE,
            Metric.MENTOR_RETENTION_RATE);

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.learningmentor.core.Seeds#seeds")
    void randomFactsAreJudgedByEveryRuleAndReproduced(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        EvaluationFacts facts = randomFacts(random);
        Evaluation evaluation = Evaluator.evaluate(
                        EvaluationFixtures.EVALUATION,
                        RuleSets.defaults(),
                        facts,
                        EvaluationFixtures.HR.id(),
                        EvaluationFixtures.days(300))
                .state();
        assertThat(evaluation.findings()).hasSize(RuleSets.defaults().rules().size());
        for (Finding finding : evaluation.findings()) {
            assertThat(finding.outcome() == FindingOutcome.NOT_EVALUABLE)
                    .isEqualTo(FindingReason.valueOf(finding.reason()
                                    .code()
                                    .substring("evaluation.finding.".length())
                                    .toUpperCase(java.util.Locale.ROOT)
                                    .replace('-', '_'))
                            .isNotEvaluable());
        }
        for (Metric rate : RATES) {
            facts.metrics()
                    .value(rate)
                    .value()
                    .ifPresent(v -> assertThat(v).as("%s", rate).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
        }
        facts.metrics()
                .value(Metric.PROGRAM_T_SCORE)
                .value()
                .ifPresent(t -> assertThat(t).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
        assertThat(evaluation.levels().stream()
                        .mapToInt(l -> l.passed() + l.failed() + l.notEvaluable())
                        .sum())
                .isEqualTo(evaluation.findings().size());
        JsonTesting json = random.nextBoolean() ? JsonTesting.JACKSON_2 : JsonTesting.JACKSON_3;
        Evaluation read = json.read(json.write(evaluation, Evaluation.class), Evaluation.class);
        assertThat(read).isEqualTo(evaluation);
        assertThat(read.reproduce()).isEqualTo(evaluation.findings());
    }

    private static EvaluationFacts randomFacts(SplittableRandom random) {
        LocalDate evaluationDate = LocalDate.of(2026, 12, 1);
        EvaluationFacts.Builder builder = EvaluationFacts.fromProgram(
                        random.nextBoolean() ? EvaluationFixtures.aSmallProgram() : EvaluationFixtures.anEmptyProgram(),
                        evaluationDate)
                .anonymityThreshold(3 + random.nextInt(5));
        if (random.nextBoolean()) {
            builder.plannedMentors(random.nextInt(6));
        }
        List<PersonId> mentors = new ArrayList<>();
        for (int m = 1; m <= 4; m++) {
            mentors.add(EvaluationFixtures.mentorId(m));
        }
        int plans = random.nextInt(5);
        for (int p = 0; p < plans; p++) {
            int items = random.nextInt(6);
            PlanFacts.Builder plan = PlanFacts.builder()
                    .planId(PlanId.of(EvaluationFixtures.uuid(0x9000 + p)))
                    .addOwnerIds(mentors.get(random.nextInt(mentors.size())))
                    .status(PlanStatus.values()[random.nextInt(PlanStatus.values().length)])
                    .actionItems(items)
                    .actionItemsDone(random.nextInt(items + 1))
                    .actionItemsIncomplete(random.nextInt(items + 1));
            int ratings = random.nextInt(4);
            for (int r = 0; r < ratings; r++) {
                plan.addGasRatings(GasRating.of(random.nextInt(5) - 2, BigDecimal.valueOf(1 + random.nextInt(9))));
            }
            builder.addPlans(plan.build());
        }
        for (String dimension : List.of("team-learning", "inquiry")) {
            for (SurveyPurpose purpose : List.of(SurveyPurpose.BASELINE, SurveyPurpose.FOLLOW_UP)) {
                switch (random.nextInt(3)) {
                    case 0 ->
                        builder.addScores(DimensionScore.of(
                                purpose,
                                dimension,
                                BigDecimal.valueOf(10 + random.nextInt(50), 1),
                                BigDecimal.valueOf(random.nextInt(20), 1),
                                1 + random.nextInt(20)));
                    case 1 ->
                        builder.addScores(DimensionScore.suppressed(purpose, dimension, Suppression.COMPLEMENTARY));
                    default -> {}
                }
            }
        }
        if (random.nextBoolean()) {
            builder.costs(BigDecimal.valueOf(random.nextInt(3) * 10_000L));
        }
        if (random.nextBoolean()) {
            builder.benefits(BigDecimal.valueOf(random.nextInt(100_000), 2));
        }
        if (random.nextBoolean()) {
            builder.addAssignments(AssignmentFact.of(
                    AssignmentId.of(EvaluationFixtures.uuid(0x3999)),
                    evaluationDate.minusDays(random.nextInt(400)),
                    random.nextBoolean() ? List.of(mentors.get(0)) : List.of()));
        }
        Optional.of(random.nextInt(3)).filter(n -> n == 0).ifPresent(n -> builder.addCheckpointDates(evaluationDate));
        return builder.build();
    }
}
