package org.learningmentor.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void theOrderIsThatOfTheCanonicalTextNotOfUuidCompareTo() {
        UUID low = UUID.fromString("7fffffff-ffff-4fff-bfff-ffffffffffff");
        UUID high = UUID.fromString("80000000-0000-4000-8000-000000000000");

        assertThat(Ids.ORDER.compare(low, high)).isNegative();
        assertThat(low.compareTo(high)).isPositive();
    }

    @Test
    void theOrderAgreesWithTheTextOrderOnRandomIds() {
        SplittableRandom random = new SplittableRandom(20261127L);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            ids.add(new UUID(random.nextLong(), random.nextLong()));
        }

        List<UUID> byOrder = ids.stream().sorted(Ids.ORDER).toList();
        List<UUID> byText =
                ids.stream().sorted(Comparator.comparing(UUID::toString)).toList();

        assertThat(byOrder).isEqualTo(byText);
    }

    @Test
    void aCursorGivesBackItsPosition() {
        UUID id = UUID.fromString("3f2a0c1e-0000-4000-8000-000000000001");

        String cursor = Ids.cursorAfter(id);

        assertThat(cursor).hasSize(22).doesNotContain("3f2a0c1e");
        assertThat(Ids.positionOf(cursor)).isEqualTo(id);
    }

    @Test
    void aCursorThatThisStoreDidNotMakeIsRefused() {
        String good = Ids.cursorAfter(UUID.randomUUID());

        assertThatThrownBy(() -> Ids.positionOf("this is not a cursor"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("malformed");
        assertThatThrownBy(() -> Ids.positionOf(good.substring(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ids.positionOf(good + "AA")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ids.positionOf(good + "=")).isInstanceOf(IllegalArgumentException.class);
    }
}
