package org.learningmentor.benchmarks;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Runs {@link JdbcPersistenceBenchmark}'s SDK and baseline operations alternately in one JVM, each
 * round in the other order, and prints each round's times and the medians: on a shared machine whose
 * load drifts, both sides of a pair then meet about the same load, where JMH runs the four
 * benchmarks minutes apart. Two rounds warm up first.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar org.learningmentor.benchmarks.JdbcPersistencePairs plan 6}</pre>
 */
public final class JdbcPersistencePairs {

    private JdbcPersistencePairs() {}

    /** A timed operation. */
    @FunctionalInterface
    private interface Operation {
        int run() throws SQLException;
    }

    /**
     * Runs the pairs.
     *
     * @param args the subject ({@code plan} or {@code program}, default {@code plan}) and the
     *     measured rounds (default 6)
     */
    public static void main(String[] args) throws IOException, SQLException {
        JdbcPersistenceBenchmark benchmark = new JdbcPersistenceBenchmark();
        benchmark.subject = args.length > 0 ? args[0] : "plan";
        benchmark.count = 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        benchmark.setUp();
        double[][] times = new double[4][rounds]; // sdkSave, baselineSave, sdkFind, baselineFind
        try {
            for (int round = -2; round < rounds; round++) {
                boolean sdkFirst = (round & 1) == 0;
                double[] these = new double[4];
                for (int side = 0; side < 2; side++) {
                    boolean sdk = sdkFirst == (side == 0);
                    benchmark.emptyTables();
                    these[sdk ? 0 : 1] = time(sdk ? benchmark::sdkSave : benchmark::baselineSave);
                }
                benchmark.emptyTables(); // both tables full again for the finds
                benchmark.sdkSave();
                benchmark.baselineSave();
                for (int side = 0; side < 2; side++) {
                    boolean sdk = sdkFirst == (side == 0);
                    these[sdk ? 2 : 3] = time(sdk ? benchmark::sdkFind : benchmark::baselineFind);
                }
                System.out.printf(
                        Locale.ROOT,
                        "round %d: save sdk %.0f ms, baseline %.0f ms (%.2f); find sdk %.0f ms, baseline %.0f ms (%.2f)%n",
                        round,
                        these[0],
                        these[1],
                        these[0] / these[1],
                        these[2],
                        these[3],
                        these[2] / these[3]);
                if (round >= 0) {
                    for (int i = 0; i < 4; i++) {
                        times[i][round] = these[i];
                    }
                }
            }
        } finally {
            benchmark.tearDown();
        }
        double[] saveRatios = new double[rounds];
        double[] findRatios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            saveRatios[r] = times[0][r] / times[1][r];
            findRatios[r] = times[2][r] / times[3][r];
        }
        System.out.printf(
                Locale.ROOT,
                "medians of %d rounds: save sdk %.0f ms, baseline %.0f ms; find sdk %.0f ms, baseline %.0f ms;"
                        + " median ratio save %.2f, find %.2f%n",
                rounds,
                Medians.of(times[0]),
                Medians.of(times[1]),
                Medians.of(times[2]),
                Medians.of(times[3]),
                Medians.of(saveRatios),
                Medians.of(findRatios));
    }

    private static double time(Operation operation) throws SQLException {
        long started = System.nanoTime();
        operation.run();
        return (System.nanoTime() - started) / 1e6;
    }
}
