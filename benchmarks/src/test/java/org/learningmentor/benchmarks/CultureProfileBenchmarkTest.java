package org.learningmentor.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.survey.CultureProfile;
import org.learningmentor.core.survey.DimensionScore;
import org.learningmentor.core.survey.GroupProfile;

/** The benchmark compares like with like: both sides compute the same means for every shown group. */
class CultureProfileBenchmarkTest {

    @Test
    void sdkAndBaselineComputeTheSameMeans() {
        CultureProfileBenchmark benchmark = new CultureProfileBenchmark();
        benchmark.responses = 20_000;
        benchmark.units = 200;
        benchmark.setUp();
        CultureProfile profile = benchmark.sdkProfile();
        double[] means = benchmark.baselineMeans();
        SurveyData data = benchmark.data();
        int units = data.unitIds.size();
        int dimensions = data.baseline.dimensions();

        int compared = assertSame(profile.audience(), means, 2 * units, dimensions);
        for (int u = 0; u < units; u++) {
            OrgUnitId unit = data.unitIds.get(u);
            compared += assertSame(profile.unit(unit).orElseThrow(), means, u, dimensions);
            compared += assertSame(profile.subtree(unit).orElseThrow(), means, units + u, dimensions);
        }
        assertThat(compared).as("groups shown and compared").isGreaterThan(units);
        assertThat(benchmark.sdkBatchProfile()).as("the batch path").isEqualTo(profile);
        assertThat(benchmark.sdkBatchFromResponses().size()).isEqualTo(20_000);
    }

    private static int assertSame(GroupProfile group, double[] means, int g, int dimensions) {
        if (group.isSuppressed()) {
            return 0;
        }
        assertThat(group.scores()).hasSize(dimensions);
        for (int d = 0; d < dimensions; d++) {
            DimensionScore score = group.scores().get(d);
            assertThat(score.mean().doubleValue()).isCloseTo(means[g * dimensions + d], within(0.00005));
        }
        return 1;
    }
}
