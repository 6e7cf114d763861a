package org.learningmentor.core.common;

import java.util.UUID;

/**
 * The source of new ids. Production code uses {@link #random()}; tests and sample data use {@link
 * #seeded(long)} so that every run produces the same ids.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface IdGenerator {

    /**
     * Returns a new UUID.
     *
     * @return a UUID, never null
     */
    UUID nextUuid();

    /**
     * Returns a generator of random (version 4) UUIDs from a cryptographically strong source.
     *
     * @return the generator, never null
     */
    static IdGenerator random() {
        return UUID::randomUUID;
    }

    /**
     * Returns a generator whose sequence of version-4-shaped UUIDs is fixed by the seed: two
     * generators with the same seed give the same ids in the same order. Thread-safe; under
     * concurrent use the order between threads is not fixed.
     *
     * @param seed any value
     * @return a new generator, never null
     */
    static IdGenerator seeded(long seed) {
        return new SeededIdGenerator(seed);
    }
}
