package org.learningmentor.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Kiresuk–Sherman T-score against published and hand-computed vectors. */
class GasTest {

    @Test
    void weightedVectorGivesFiftyFive() {
        // Σwx = 7, Σw² = 91, Σw = 21: √(0.7·91 + 0.3·441) = √196 = 14; T = 50 + 70/14
        double[] x = {-2, 0, -1, 2, 0, 1};
        double[] w = {3, 5, 1, 4, 2, 6};
        assertThat(Gas.tScore(x, w)).isCloseTo(55.0, within(1e-12));
        List<GasRating> ratings = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            ratings.add(GasRating.of((int) x[i], BigDecimal.valueOf(w[i])));
        }
        assertThat(Gas.tScore(ratings)).hasValueCloseTo(55.0, within(1e-12));
    }

    @Test
    void threeUnweightedGoalsAtPlusOneGiveSixtyThreePointSixNine() {
        // Σwx = 3: T = 50 + 30/√(0.7·3 + 0.3·9) = 50 + 30/√4.8
        assertThat(Gas.tScore(List.of(GasRating.of(1), GasRating.of(1), GasRating.of(1))))
                .hasValueCloseTo(63.69, within(0.005));
    }

    @Test
    void expectedOutcomesEverywhereGiveFifty() {
        assertThat(Gas.tScore(List.of(GasRating.of(0), GasRating.of(0)))).hasValueCloseTo(50.0, within(1e-12));
    }

    @Test
    void oneGoalAtMinusTwoGivesThirty() {
        assertThat(Gas.tScore(List.of(GasRating.of(-2)))).hasValueCloseTo(30.0, within(1e-12));
    }

    @Test
    void noRatingsGiveNoScore() {
        assertThat(Gas.tScore(List.of())).isEmpty();
    }

    @Test
    void aPlansScoreComesFromItsRatings() {
        assertThat(EvaluationFixtures.plan2().tScore()).hasValueCloseTo(40.0, within(1e-12));
    }
}
