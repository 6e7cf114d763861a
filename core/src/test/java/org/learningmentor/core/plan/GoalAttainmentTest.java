package org.learningmentor.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningmentor.core.plan.PlanFixtures.*;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningmentor.core.common.ValidationException;

/** The Kiresuk–Sherman T-score against published vectors, and the scales and ratings it is computed from. */
class GoalAttainmentTest {

    private static List<BigDecimal> weights(int... values) {
        return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }

    @Test
    void tScoreOfThePublishedWeightedVectorIs55() {
        assertThat(GoalAttainment.tScore(List.of(-2, 0, -1, 2, 0, 1), weights(3, 5, 1, 4, 2, 6)))
                .isEqualByComparingTo("55.00")
                .hasScaleOf(2);
    }

    @Test
    void tScoreOfThreeUnweightedGoalsAtPlusOneIs63Point69() {
        assertThat(GoalAttainment.tScore(List.of(1, 1, 1))).isEqualByComparingTo("63.69");
    }

    @Test
    void tScoreWhenEveryGoalIsReachedAsExpectedIs50() {
        assertThat(GoalAttainment.tScore(List.of(0, 0, 0, 0))).isEqualByComparingTo("50.00");
        assertThat(GoalAttainment.tScore(List.of(0), weights(7))).isEqualByComparingTo("50.00");
    }

    @Test
    void tScoreOfOneGoalIsFiftyPlusTenTimesItsLevel() {
        for (int level = -2; level <= 2; level++) {
            assertThat(GoalAttainment.tScore(List.of(level))).isEqualByComparingTo(BigDecimal.valueOf(50 + 10 * level));
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.learningmentor.core.Seeds#seeds")
    void tScoreAgreesWithTheFormulaInDoublesAndIsSymmetricAroundFifty(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = random.nextInt(1, 12);
        List<Integer> levels = new java.util.ArrayList<>();
        List<BigDecimal> weights = new java.util.ArrayList<>();
        double wx = 0;
        double w2 = 0;
        double w = 0;
        for (int i = 0; i < n; i++) {
            int level = random.nextInt(-2, 3);
            int weight = random.nextInt(1, 10);
            levels.add(level);
            weights.add(BigDecimal.valueOf(weight));
            wx += weight * level;
            w2 += weight * weight;
            w += weight;
        }
        double expected = 50 + 10 * wx / Math.sqrt(0.7 * w2 + 0.3 * w * w);
        BigDecimal t = GoalAttainment.tScore(levels, weights);
        assertThat(t.doubleValue()).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.005));
        List<Integer> negated = levels.stream().map(l -> -l).toList();
        assertThat(GoalAttainment.tScore(negated, weights).add(t)).isEqualByComparingTo("100.00");
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.learningmentor.core.Seeds#seeds")
    void tScoreInDoublesRoundsExactlyAsTheThirtyFourDigitComputation(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(1, 40);
            List<Integer> levels = new java.util.ArrayList<>();
            List<BigDecimal> weights = new java.util.ArrayList<>();
            BigDecimal weightedSum = BigDecimal.ZERO;
            BigDecimal squares = BigDecimal.ZERO;
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                int level = random.nextInt(-2, 3);
                // Up to four decimals the sums are whole numbers; beyond, exact decimals.
                BigDecimal weight = BigDecimal.valueOf(random.nextInt(1, 100_000), random.nextInt(0, 7));
                levels.add(level);
                weights.add(weight);
                weightedSum = weightedSum.add(weight.multiply(BigDecimal.valueOf(level)));
                squares = squares.add(weight.multiply(weight));
                sum = sum.add(weight);
            }
            BigDecimal variance =
                    new BigDecimal("0.7").multiply(squares).add(new BigDecimal("0.3").multiply(sum.multiply(sum)));
            assertThat(GoalAttainment.tScore(levels, weights))
                    .as("levels %s, weights %s", levels, weights)
                    .isEqualTo(GoalAttainment.exact(weightedSum, variance));
        }
    }

    @Test
    void tScoreOfSumsTooLargeForWholeNumbersIsStillExact() {
        // 100 000 goals weighing 999.9999: the sum of the squared weights in ten-thousandths
        // (about 1e19) does not fit a long, so the score is computed from decimal sums.
        int n = 100_000;
        List<Integer> levels = new java.util.ArrayList<>();
        List<BigDecimal> weights = new java.util.ArrayList<>();
        BigDecimal weight = new BigDecimal("999.9999");
        for (int i = 0; i < n; i++) {
            levels.add(Math.min(2, i % 5 - 2 + (i % 7 == 0 ? 1 : 0)));
            weights.add(weight);
        }
        BigDecimal weightedSum = BigDecimal.ZERO;
        for (int level : levels) {
            weightedSum = weightedSum.add(weight.multiply(BigDecimal.valueOf(level)));
        }
        BigDecimal total = weight.multiply(BigDecimal.valueOf(n));
        BigDecimal variance = new BigDecimal("0.7")
                .multiply(weight.multiply(weight).multiply(BigDecimal.valueOf(n)))
                .add(new BigDecimal("0.3").multiply(total.multiply(total)));
        assertThat(GoalAttainment.tScore(levels, weights)).isEqualTo(GoalAttainment.exact(weightedSum, variance));
    }

    @Test
    void tScoreRefusesEmptyMismatchedOrOutOfRangeInput() {
        assertThatThrownBy(() -> GoalAttainment.tScore(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GoalAttainment.tScore(List.of(1, 2), weights(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GoalAttainment.tScore(List.of(3))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GoalAttainment.tScore(List.of(1), weights(0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GoalAttainment.tScore(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aScaleDescribesFiveLevelsFromMinusTwoToPlusTwo() {
        GoalAttainmentScale scale = aScale();
        assertThat(scale.description(-2).in(org.learningmentor.core.common.Language.EN))
                .isEqualTo("No team shares feedback");
        assertThat(scale.description(0)).isEqualTo(text("Two teams share feedback monthly"));
        assertThat(scale.description(2)).isEqualTo(text("Every team shares feedback monthly"));
        assertThatThrownBy(() -> scale.description(3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScaleWithoutFiveLevelsOrWithTooLongDescriptionsFailsValidation() {
        assertThatThrownBy(() -> GoalAttainmentScale.builder()
                        .addLevels(text("a"), text("b"), text("c"), text("d"))
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.code() + "@" + v.path())
                                .containsExactly("plan.scale.level-count@levels"));
        assertThatThrownBy(() ->
                        GoalAttainmentScale.of(text("a"), text("b"), text("x".repeat(1001)), text("d"), text("e")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.code() + "@" + v.path())
                                .containsExactly("common.text.too-long@levels[2].en"));
        assertThatThrownBy(() -> GoalAttainmentScale.builder()
                        .addAllLevels(Collections.nCopies(6, text("a")))
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.codes()).containsExactly("plan.scale.level-count"));
    }

    @Test
    void aRatingOutsideMinusTwoToPlusTwoFailsValidation() {
        assertThatThrownBy(() -> GoalRating.of(GOAL_1, 3))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.code() + "@" + v.path())
                                .containsExactly("plan.rating.level-out-of-range@level"));
        assertThatThrownBy(() -> GoalRating.of(GOAL_1, -3)).isInstanceOf(ValidationException.class);
    }

    @Test
    void aLinkedGoalWeighsOneUnlessSetAndRefusesWeightsOutOfRange() {
        assertThat(LinkedGoal.of(GOAL_1).weight()).isEqualByComparingTo("1");
        assertThatThrownBy(() -> LinkedGoal.builder()
                        .goalId(GOAL_1)
                        .weight(new BigDecimal("-0.5"))
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.codes()).containsExactly("plan.weight.out-of-range"));
    }

    @Test
    void thePlansTScoreUsesTheLatestRatingOfEachRatedGoalAndItsWeight() {
        var program = aProgram();
        var aino = MENTOR_1.id();
        MentorPlan plan = anApprovableDraft()
                .linkGoal(GOAL_2, program, aino, days(1))
                .andThen(p -> p.setScale(GOAL_2, aScale(), aino, days(1)))
                .andThen(p -> p.setGoalWeight(GOAL_1, BigDecimal.valueOf(3), aino, days(1)))
                .andThen(p -> p.submit(program, aino, days(2)))
                .andThen(p -> p.approve(HR, program, java.util.Optional.empty(), days(3)))
                .andThen(p -> p.recordProgress(anEntry(1, List.of(), List.of(GoalRating.of(GOAL_2, 2))), aino, days(4)))
                .state();
        assertThat(plan.tScore()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("70.00"));
        assertThat(plan.latestRating(GOAL_2)).hasValue(2);
        assertThat(plan.latestRating(GOAL_1)).isEmpty();
        plan = plan.recordProgress(
                        anEntry(2, List.of(), List.of(GoalRating.of(GOAL_1, -1), GoalRating.of(GOAL_2, 1))),
                        aino,
                        days(5))
                .state();
        assertThat(plan.latestRatings())
                .containsExactly(
                        org.assertj.core.api.Assertions.entry(GOAL_1, -1),
                        org.assertj.core.api.Assertions.entry(GOAL_2, 1));
        assertThat(plan.latestRating(GOAL_2)).as("the later entry's rating").hasValue(1);
        assertThat(plan.tScore()).contains(GoalAttainment.tScore(List.of(-1, 1), weights(3, 1)));
        var facts = org.learningmentor.core.evaluation.PlanFacts.of(plan);
        assertThat(facts.gasRatings())
                .extracting(r -> r.level(), r -> r.weight().stripTrailingZeros())
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(-1, BigDecimal.valueOf(3)),
                        org.assertj.core.api.Assertions.tuple(1, BigDecimal.ONE));
        assertThat(facts.tScore()).isEqualTo(plan.tScore());
    }
}
