package org.learningmentor.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IdGeneratorTest {

    @Test
    void seededGeneratorsWithTheSameSeedGiveTheSameSequence() {
        IdGenerator a = IdGenerator.seeded(42);
        IdGenerator b = IdGenerator.seeded(42);
        List<UUID> first = Stream.generate(a::nextUuid).limit(100).toList();
        List<UUID> second = Stream.generate(b::nextUuid).limit(100).toList();
        assertThat(first).isEqualTo(second).doesNotHaveDuplicates();
    }

    @Test
    void seededGeneratorsWithDifferentSeedsDiffer() {
        assertThat(IdGenerator.seeded(1).nextUuid())
                .isNotEqualTo(IdGenerator.seeded(2).nextUuid());
    }

    @Test
    void seededIdsAreVersionFourIetfUuids() {
        IdGenerator ids = IdGenerator.seeded(7);
        for (int i = 0; i < 1_000; i++) {
            UUID uuid = ids.nextUuid();
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(UUID.fromString(uuid.toString())).isEqualTo(uuid);
        }
    }

    @Test
    void seededGeneratorIsSafeUnderConcurrentUse() {
        IdGenerator ids = IdGenerator.seeded(3);
        Set<UUID> seen = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 20_000).parallel().forEach(i -> seen.add(ids.nextUuid()));
        assertThat(seen).hasSize(20_000);
    }

    @Test
    void randomGeneratorGivesDistinctIdsAndTypedIdsWrapThem() {
        IdGenerator ids = IdGenerator.random();
        Set<PersonId> people = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            people.add(PersonId.next(ids));
        }
        assertThat(people).hasSize(1_000);
    }
}
