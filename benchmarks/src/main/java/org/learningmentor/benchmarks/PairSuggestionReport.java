package org.learningmentor.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import org.learningmentor.core.pair.PairSuggester;
import org.learningmentor.core.pair.PairSuggestions;
import org.learningmentor.core.pair.SuggestionCriteria;
import org.learningmentor.core.pair.SuggestionScores;

/**
 * Prints, once per size, what the JMH benchmark does not: the total score of the optimal
 * assignment and of the greedy baseline, the gain, one wall-clock time each and the bytes each
 * allocated (HotSpot's per-thread allocation counter; an upper bound of the memory each needs). Wall
 * and CPU time are both shown: on a shared machine the CPU time is the steadier figure.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar org.learningmentor.benchmarks.PairSuggestionReport 1000 5000}</pre>
 */
public final class PairSuggestionReport {

    private PairSuggestionReport() {}

    /**
     * Runs the report.
     *
     * @param args the sizes, such as {@code 1000 5000}; 1 000 when none
     */
    public static void main(String[] args) {
        String[] sizes = args.length == 0 ? new String[] {"1000"} : args;
        PairSuggester suggester = PairSuggester.of(SuggestionCriteria.defaults());
        System.out.println(
                "| size | optimal total (pairs) | greedy total | gain | optimal s wall (CPU) | greedy s wall (CPU)"
                        + " | optimal MB allocated | greedy MB allocated |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (String arg : sizes) {
            int size = Integer.parseInt(arg);
            PairSuggestionData data = PairSuggestionData.generate(PairSuggestionBenchmark.SEED, size);
            long bytes0 = allocated();
            long c0 = cpu();
            long t0 = System.nanoTime();
            PairSuggestions optimal = suggester.suggestMentorMentee(data.mentors(), data.mentees(), List.of());
            long t1 = System.nanoTime();
            long c1 = cpu();
            long bytes1 = allocated();
            SuggestionScores scores = suggester.scoresMentorMentee(data.mentors(), data.mentees(), List.of());
            double greedy = Baselines.greedyMentorMentee(scores);
            long t2 = System.nanoTime();
            long c2 = cpu();
            long bytes2 = allocated();
            System.out.printf(
                    Locale.ROOT,
                    "| %d × %d | %.2f (%d) | %.2f | %+.2f%% | %.2f (%.2f) | %.2f (%.2f) | %.1f | %.1f |%n",
                    size,
                    size,
                    optimal.totalScore(),
                    optimal.suggestions().size(),
                    greedy,
                    100 * (optimal.totalScore() - greedy) / greedy,
                    (t1 - t0) / 1e9,
                    (c1 - c0) / 1e9,
                    (t2 - t1) / 1e9,
                    (c2 - c1) / 1e9,
                    (bytes1 - bytes0) / 1e6,
                    (bytes2 - bytes1) / 1e6);
        }
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
