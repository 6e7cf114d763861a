package org.learningmentor.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.learningmentor.core.pair.PairSuggester;
import org.learningmentor.core.pair.PairSuggestions;
import org.learningmentor.core.pair.SuggestionCriteria;
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
 * Mentor–mentee pair suggestions for {@code size} mentors × {@code size} mentees from {@link
 * PairSuggestionData}: the SDK's optimal assignment ({@link PairSuggester}, Hungarian method)
 * against the greedy baseline ({@link Baselines#greedyMentorMentee}). Goal (issue 4): 1 000 × 1 000
 * under one second, memory linear in the number of candidates. {@link PairSuggestionReport} prints
 * the score gain.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class PairSuggestionBenchmark {

    /** The seed of the candidates. */
    public static final long SEED = 2026;

    /** How many mentors, and how many mentees. */
    @Param({"1000", "5000"})
    public int size;

    private PairSuggester suggester;
    private PairSuggestionData data;

    /** Generates the candidates once. */
    @Setup(Level.Trial)
    public void setUp() {
        suggester = PairSuggester.of(SuggestionCriteria.defaults());
        data = PairSuggestionData.generate(SEED, size);
    }

    /** The optimal assignment. */
    @Benchmark
    public PairSuggestions optimal() {
        return suggester.suggestMentorMentee(data.mentors(), data.mentees(), List.of());
    }

    /** The greedy baseline's total. */
    @Benchmark
    public double greedy() {
        return Baselines.greedyMentorMentee(suggester.scoresMentorMentee(data.mentors(), data.mentees(), List.of()));
    }
}
