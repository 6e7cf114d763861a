package org.learningmentor.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Kiresuk–Sherman T-score of ratings against published and hand-computed vectors. The formula
 * itself is {@link org.learningmentor.core.plan.GoalAttainment}'s; these tests prove the evaluation
 * uses it (two decimals) for its ratings.
 */
class GasTest {

    @Test
    void weightedVectorGivesFiftyFive() {
        // Σwx = 7, Σw² = 91, Σw = 21: √(0.7·91 + 0.3·441) = √196 = 14; T = 50 + 70/14
        int[] x = {-2, 0, -1, 2, 0, 1};
        int[] w = {3, 5, 1, 4, 2, 6};
        List<GasRating> ratings = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            ratings.add(GasRating.of(x[i], BigDecimal.valueOf(w[i])));
        }
        assertThat(GasRating.tScore(ratings)).hasValue(new BigDecimal("55.00"));
    }

    @Test
    void threeUnweightedGoalsAtPlusOneGiveSixtyThreePointSixNine() {
        // Σwx = 3: T = 50 + 30/√(0.7·3 + 0.3·9) = 50 + 30/√4.8 = 63.693…
        assertThat(GasRating.tScore(List.of(GasRating.of(1), GasRating.of(1), GasRating.of(1))))
                .hasValue(new BigDecimal("63.69"));
    }

    @Test
    void expectedOutcomesEverywhereGiveFifty() {
        assertThat(GasRating.tScore(List.of(GasRating.of(0), GasRating.of(0)))).hasValue(new BigDecimal("50.00"));
    }

    @Test
    void oneGoalAtMinusTwoGivesThirty() {
        assertThat(GasRating.tScore(List.of(GasRating.of(-2)))).hasValue(new BigDecimal("30.00"));
    }

    @Test
    void noRatingsGiveNoScore() {
        assertThat(GasRating.tScore(List.of())).isEmpty();
    }

    @Test
    void aPlansScoreComesFromItsRatings() {
        assertThat(EvaluationFixtures.plan2().tScore()).hasValue(new BigDecimal("40.00"));
    }
}
