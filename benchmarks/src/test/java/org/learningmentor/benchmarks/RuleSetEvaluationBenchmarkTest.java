package org.learningmentor.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.core.evaluation.EvaluationFacts;
import org.learningmentor.core.evaluation.Metric;
import org.learningmentor.core.evaluation.MetricValue;
import org.learningmentor.core.evaluation.Metrics;
import org.learningmentor.core.evaluation.RuleSets;
import org.learningmentor.core.survey.SurveyPurpose;

/** The benchmark compares like with like: both sides give the same value of every metric. */
class RuleSetEvaluationBenchmarkTest {

    @Test
    void sdkAndBaselineComputeTheSameMetrics() {
        RuleSetEvaluationBenchmark benchmark = new RuleSetEvaluationBenchmark();
        benchmark.people = 5_000;
        benchmark.setUp();
        assertSameMetrics(benchmark.data());
    }

    @Test
    void aProgrammeTooLargeToTellIsReplicatedFromAToldOneAndComparesLikeWithLike() {
        EvaluationData told = EvaluationData.generate(2026, 5_000);
        EvaluationData replicated = EvaluationData.generate(2026, 5_000, 30);

        assertThat(replicated.program.mentors())
                .hasSameSizeAs(told.program.mentors())
                .hasSizeGreaterThan(90);
        assertThat(replicated.program.credos()).hasSizeGreaterThan(60);
        assertThat(replicated.program.sessions().get(0).attendance()).hasSizeGreaterThan(80);
        assertThat(replicated.plans).hasSameSizeAs(told.plans);
        assertSameMetrics(replicated);
    }

    private static void assertSameMetrics(EvaluationData data) {
        Evaluation evaluation = RuleSetEvaluationBenchmark.evaluate(
                data, data.program.coordinatorId().orElseThrow());
        double[] loop =
                EvaluationLoop.metrics(data, data.organization.settings().anonymityThreshold());
        Metrics metrics = evaluation.facts().metrics();

        assertThat(evaluation.findings()).hasSize(RuleSets.defaults().rules().size());
        assertThat(data.plans).hasSizeGreaterThan(50);
        int available = 0;
        for (Metric metric : Metric.values()) {
            available += assertSame(metric.name(), metrics.value(metric), loop[metric.ordinal()]);
        }
        List<String> dimensions = metrics.dimensions(SurveyPurpose.BASELINE);
        assertThat(loop).hasSize(Metric.values().length + dimensions.size());
        for (int d = 0; d < dimensions.size(); d++) {
            available += assertSame(
                    dimensions.get(d),
                    metrics.dimensionChange(dimensions.get(d), SurveyPurpose.BASELINE, SurveyPurpose.FOLLOW_UP),
                    loop[Metric.values().length + d]);
        }
        assertThat(available).as("metrics with a value on both sides").isGreaterThanOrEqualTo(15);
    }

    @Test
    void theFactsAreBuiltFromTheAggregates() {
        RuleSetEvaluationBenchmark benchmark = new RuleSetEvaluationBenchmark();
        benchmark.people = 2_000;
        benchmark.setUp();
        EvaluationFacts facts = RuleSetEvaluationBenchmark.facts(benchmark.data());
        assertThat(facts.plans()).hasSameSizeAs(benchmark.data().plans);
        assertThat(facts.mentors()).hasSameSizeAs(benchmark.data().program.mentors());
        assertThat(facts.scores()).hasSize(14);
    }

    private static int assertSame(String what, MetricValue sdk, double loop) {
        if (!sdk.isAvailable()) {
            assertThat(loop).as(what + " " + sdk.reason()).isNaN();
            return 0;
        }
        assertThat(loop).as(what).isCloseTo(sdk.value().orElseThrow().doubleValue(), within(1e-9));
        return 1;
    }
}
