package org.learningmentor.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IdSetTest {

    /** An id whose hash collides often, to exercise probing past occupied slots. */
    private record Colliding(int value) {
        @Override
        public int hashCode() {
            return value % 7;
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.learningmentor.core.Seeds#seeds")
    void anIdSetAddsAndFindsExactlyAsAHashSetDoes(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int expected = random.nextInt(0, 300);
        IdSet ids = new IdSet(expected);
        Set<Object> reference = new HashSet<>();
        boolean colliding = random.nextBoolean();
        for (int i = 0; i < expected; i++) {
            int value = random.nextInt(0, Math.max(1, expected));
            Object id = colliding ? new Colliding(value) : Integer.valueOf(value);
            assertThat(ids.add(id)).as("seed %d, add %s", seed, id).isEqualTo(reference.add(id));
        }
        for (int value = -5; value < expected + 5; value++) {
            Object id = colliding ? new Colliding(value) : Integer.valueOf(value);
            assertThat(ids.contains(id)).as("seed %d, contains %s", seed, id).isEqualTo(reference.contains(id));
        }
    }
}
