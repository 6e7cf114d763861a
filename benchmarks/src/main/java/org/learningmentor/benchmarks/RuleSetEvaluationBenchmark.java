package org.learningmentor.benchmarks;

import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.learningmentor.core.common.EvaluationId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.core.evaluation.EvaluationFacts;
import org.learningmentor.core.evaluation.Evaluator;
import org.learningmentor.core.evaluation.RuleSets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The default rule set over a programme of an agency of {@code people} (seeded, {@link
 * EvaluationData}): what a host pays to evaluate from its aggregates, that is building the facts
 * ({@link EvaluationFacts#from}: programme, plans, two culture profiles, organization) and running
 * {@link Evaluator#evaluate} with {@link RuleSets#defaults()} (the metric catalogue, fifteen rules,
 * the evaluation and its event), against {@link EvaluationLoop}, a hand-written loop computing the
 * same metrics from the same aggregates. The goal is a ratio of at most 3, growing linearly with
 * the people.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
@State(Scope.Benchmark)
public class RuleSetEvaluationBenchmark {

    static final EvaluationId EVALUATION = EvaluationId.of(new UUID(2026, 9));

    /**
     * How many people the agency has; about 2% are mentors, each with a plan. Setting up 1 000 000
     * takes 35 s to two minutes (a 93 000-unit organization, 20 000 plans, 200 000 responses).
     */
    @Param({"10000", "30000", "100000", "1000000"})
    public int people;

    private EvaluationData data;
    private PersonId evaluator;

    /** Generates the agency, the programme, the plans and the surveys once. */
    @Setup(Level.Trial)
    public void setUp() {
        data = EvaluationData.generate(2026, people);
        evaluator = data.program.coordinatorId().orElseThrow();
    }

    /** The SDK: the facts from the aggregates, then the default rule set. */
    @Benchmark
    public Evaluation sdkEvaluate() {
        return evaluate(data, evaluator);
    }

    /** The baseline: the same metrics in one hand-written pass. */
    @Benchmark
    public double[] baselineLoop() {
        return EvaluationLoop.metrics(data, data.organization.settings().anonymityThreshold());
    }

    static EvaluationFacts facts(EvaluationData data) {
        return EvaluationFacts.from(
                        data.program,
                        data.organization,
                        data.plans,
                        data.surveys,
                        data.profiles,
                        EvaluationData.EVALUATION_DATE)
                .plannedMentors(data.plannedMentors)
                .costs(EvaluationData.COSTS)
                .benefits(EvaluationData.BENEFITS)
                .build();
    }

    static Evaluation evaluate(EvaluationData data, PersonId evaluator) {
        return Evaluator.evaluate(EVALUATION, RuleSets.defaults(), facts(data), evaluator, EvaluationData.at())
                .state();
    }

    EvaluationData data() {
        return data;
    }
}
