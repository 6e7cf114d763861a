package org.learningmentor.testkit.property;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * Seeds for property tests: JUnit parameterized tests over seeded random inputs. Name the
 * parameterized test {@code "seed={0}"} so a failure prints its seed; replay one with {@code
 * -Dlearningmentor.seed=N}, and run more with {@code -Dlearningmentor.seeds=COUNT}.
 *
 * <pre>{@code
 * @ParameterizedTest(name = "seed={0}")
 * @MethodSource("org.learningmentor.testkit.property.Seeds#seeds")
 * void randomCommandSequencesKeepTheTreeValid(long seed) { var random = new SplittableRandom(seed); ... }
 * }</pre>
 */
public final class Seeds {

    private Seeds() {}

    /**
     * Returns the seeds to run: the one given by {@code learningmentor.seed}, or a fixed list of
     * {@code learningmentor.seeds} seeds (default 50).
     *
     * @return the seeds, never null
     */
    public static LongStream seeds() {
        String replay = System.getProperty("learningmentor.seed");
        if (replay != null && !replay.isBlank()) {
            return LongStream.of(Long.parseLong(replay.trim()));
        }
        int count = Integer.getInteger("learningmentor.seeds", 50);
        SplittableRandom base = new SplittableRandom(20261127L);
        return LongStream.generate(base::nextLong).limit(count);
    }
}
