package org.learningmentor.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The sides of {@link CultureProfileBenchmark} timed in one process by the thread's CPU time, which
 * a shared machine disturbs less than wall time, and by the wall clock: after every side has run for
 * at least {@value RuleSetEvaluationReport#WARM_UP_SECONDS} seconds, each round runs every side once,
 * in turn, and the second half of the rounds is reported. Run in turn, the sides meet the same
 * machine: on a shared one its speed drifts over minutes, which separate benchmark runs cannot tell
 * from the code. Arguments: responses (default 1 000 000) and rounds (default 20).
 *
 * <pre>{@code
 * java -Xmx8g -cp benchmarks/target/benchmarks.jar org.learningmentor.benchmarks.CultureProfileReport 1000000 20
 * }</pre>
 */
public final class CultureProfileReport {

    private CultureProfileReport() {}

    /**
     * Runs the report.
     *
     * @param args responses and rounds, both optional
     */
    public static void main(String[] args) {
        int responses = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        CultureProfileBenchmark benchmark = new CultureProfileBenchmark();
        benchmark.responses = responses;
        benchmark.units = 2_000;
        benchmark.setUp();
        String[] names = {"baselineMeans", "sdkBatchProfile", "sdkProfile", "sdkBatchFromResponses"};
        Supplier<?>[] sides = {
            benchmark::baselineMeans,
            benchmark::sdkBatchProfile,
            benchmark::sdkProfile,
            benchmark::sdkBatchFromResponses
        };
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] min = new double[sides.length];
        double[] total = new double[sides.length];
        double[] wall = new double[sides.length];
        double[][] wallRatios = new double[sides.length][rounds - rounds / 2];
        java.util.Arrays.fill(min, Double.MAX_VALUE);
        int measured = 0;
        Object sink = null;
        long warmUpEnd = System.nanoTime() + RuleSetEvaluationReport.WARM_UP_SECONDS * 1_000_000_000L;
        while (System.nanoTime() < warmUpEnd) {
            for (Supplier<?> side : sides) {
                sink = side.get();
            }
        }
        double[] roundWall = new double[sides.length];
        for (int round = 0; round < rounds; round++) {
            boolean measure = round >= rounds / 2;
            measured += measure ? 1 : 0;
            for (int s = 0; s < sides.length; s++) {
                long wallStart = System.nanoTime();
                long start = threads.getCurrentThreadCpuTime();
                sink = sides[s].get();
                double ms = (threads.getCurrentThreadCpuTime() - start) / 1e6;
                double wallMs = (System.nanoTime() - wallStart) / 1e6;
                if (measure) {
                    wall[s] += wallMs;
                    roundWall[s] = wallMs;
                    min[s] = Math.min(min[s], ms);
                    total[s] += ms;
                }
            }
            if (measure) {
                for (int s = 0; s < sides.length; s++) {
                    wallRatios[s][measured - 1] = roundWall[s] / roundWall[0];
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d responses, %d measured rounds (%s)%n", responses, measured, sink != null);
        for (int s = 0; s < sides.length; s++) {
            System.out.printf(
                    Locale.ROOT,
                    "%-22s CPU ms: mean %7.1f  min %7.1f  mean/baseline %.2f;  wall ms: mean %7.1f  mean/baseline %.2f"
                            + "  median of round ratios %.2f%n",
                    names[s],
                    total[s] / measured,
                    min[s],
                    total[s] / total[0],
                    wall[s] / measured,
                    wall[s] / wall[0],
                    Medians.of(wallRatios[s]));
        }
    }
}
