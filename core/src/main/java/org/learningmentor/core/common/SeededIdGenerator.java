package org.learningmentor.core.common;

import java.util.SplittableRandom;
import java.util.UUID;

/** Holds the seeded state; synchronized because {@link SplittableRandom} is not thread-safe. */
final class SeededIdGenerator implements IdGenerator {
    private final SplittableRandom random;

    SeededIdGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public synchronized UUID nextUuid() {
        long high = random.nextLong();
        long low = random.nextLong();
        // Set the version (4) and IETF variant bits, as UUID.randomUUID does.
        high = (high & 0xffffffffffff0fffL) | 0x0000000000004000L;
        low = (low & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    @Override
    public String toString() {
        return "IdGenerator.seeded";
    }
}
