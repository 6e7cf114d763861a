package org.learningmentor.core;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * Seeds for property tests: JUnit parameterized tests over seeded random inputs. Name the
 * parameterized test {@code "seed={0}"} so a failure prints its seed; replay one with {@code
 * -Dlearningmentor.seed=N}, and run more with {@code -Dlearningmentor.seeds=COUNT}.
 *
 * <p>The test kit publishes the same helper for hosts ({@code
 * org.learningmentor.testkit.property.Seeds}); core keeps this copy because the test kit depends on
 * core, so core's tests cannot depend on the test kit.
 *
 * <pre>{@code
 * @ParameterizedTest(name = "seed={0}")
 * @MethodSource("org.learningmentor.core.Seeds#seeds")
 * void randomCommandSequencesKeepTheTreeValid(long seed) { var random = new SplittableRandom(seed); ... }
 * }</pre>
 */
public final class Seeds {

    private Seeds() {}

    /** Returns the seeds to run: the one given by {@code learningmentor.seed}, or a fixed list. */
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
