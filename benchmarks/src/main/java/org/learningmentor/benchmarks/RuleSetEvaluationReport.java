package org.learningmentor.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.learningmentor.core.common.PersonId;

/**
 * The two sides of {@link RuleSetEvaluationBenchmark} timed in one process by the thread's CPU
 * time and by the wall clock, for each size given (default 10 000, 100 000 and 1 000 000 people):
 * each round runs the loop and the SDK once, and the second half of the rounds is reported, after
 * warming up for at least {@value #WARM_UP_SECONDS} seconds (the smallest size is otherwise
 * measured before the compiler has caught up). The wall time includes what the thread's CPU time
 * leaves out: collections by the garbage collector's own threads and time spent waiting for a core.
 *
 * <pre>{@code
 * java -Xmx8g -cp benchmarks/target/benchmarks.jar org.learningmentor.benchmarks.RuleSetEvaluationReport 40 10000 100000 1000000
 * }</pre>
 */
public final class RuleSetEvaluationReport {

    /** The least time both sides run before any round, for each size. */
    static final int WARM_UP_SECONDS = 10;

    private RuleSetEvaluationReport() {}

    /**
     * Runs the report.
     *
     * @param args the rounds, then the sizes; all optional
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int[] sizes = args.length > 1
                ? java.util.Arrays.stream(args, 1, args.length)
                        .mapToInt(Integer::parseInt)
                        .toArray()
                : new int[] {10_000, 100_000, 1_000_000};
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int people : sizes) {
            long start = System.nanoTime();
            EvaluationData data = EvaluationData.generate(2026, people);
            double setUp = (System.nanoTime() - start) / 1e9;
            PersonId evaluator = data.program.coordinatorId().orElseThrow();
            int threshold = data.organization.settings().anonymityThreshold();
            double loop = 0;
            double sdk = 0;
            double loopWall = 0;
            double sdkWall = 0;
            double loopMin = Double.MAX_VALUE;
            double sdkMin = Double.MAX_VALUE;
            int measured = 0;
            double[] wallRatios = new double[rounds - rounds / 2];
            long warmUpEnd = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
            while (System.nanoTime() < warmUpEnd) {
                EvaluationLoop.metrics(data, threshold);
                RuleSetEvaluationBenchmark.evaluate(data, evaluator);
            }
            for (int round = 0; round < rounds; round++) {
                long w0 = System.nanoTime();
                long t0 = threads.getCurrentThreadCpuTime();
                EvaluationLoop.metrics(data, threshold);
                long t1 = threads.getCurrentThreadCpuTime();
                long w1 = System.nanoTime();
                RuleSetEvaluationBenchmark.evaluate(data, evaluator);
                long t2 = threads.getCurrentThreadCpuTime();
                long w2 = System.nanoTime();
                if (round >= rounds / 2) {
                    wallRatios[measured++] = (double) (w2 - w1) / (w1 - w0);
                    loopWall += (w1 - w0) / 1e3;
                    sdkWall += (w2 - w1) / 1e3;
                    loop += (t1 - t0) / 1e3;
                    sdk += (t2 - t1) / 1e3;
                    loopMin = Math.min(loopMin, (t1 - t0) / 1e3);
                    sdkMin = Math.min(sdkMin, (t2 - t1) / 1e3);
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "%8d people (%d plans, set-up %.0f s): loop CPU µs mean %.0f min %.0f; SDK mean %.0f min %.0f;"
                            + " ratio of means %.2f; wall µs mean loop %.0f, SDK %.0f, ratio %.2f, median of round ratios %.2f%n",
                    people,
                    data.plans.size(),
                    setUp,
                    loop / measured,
                    loopMin,
                    sdk / measured,
                    sdkMin,
                    sdk / loop,
                    loopWall / measured,
                    sdkWall / measured,
                    sdkWall / loopWall,
                    Medians.of(wallRatios));
        }
    }
}
