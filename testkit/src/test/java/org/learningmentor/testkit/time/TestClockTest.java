package org.learningmentor.testkit.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TestClockTest {

    private static final Instant START = Instant.parse("2026-02-02T09:00:00Z");

    @Test
    void clockStandsStillUntilAdvanced() {
        TestClock clock = TestClock.at(START);
        assertThat(clock.instant()).isEqualTo(START);
        assertThat(clock.instant()).isEqualTo(START);
        assertThat(clock.advance(Duration.ofDays(14))).isEqualTo(START.plus(Duration.ofDays(14)));
        assertThat(Instant.now(clock)).isEqualTo(START.plus(Duration.ofDays(14)));
    }

    @Test
    void advanceWhenDurationIsNegativeThenRefuses() {
        TestClock clock = TestClock.at(START);
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(clock.instant()).isEqualTo(START);
    }

    @Test
    void zonedCopiesShareTheInstant() {
        TestClock clock = TestClock.at(Instant.parse("2026-02-01T23:30:00Z"));
        TestClock helsinki = clock.withZone(ZoneId.of("Europe/Helsinki"));
        assertThat(LocalDate.now(helsinki)).isEqualTo(LocalDate.parse("2026-02-02"));
        clock.setInstant(START);
        assertThat(helsinki.instant()).isEqualTo(START);
    }
}
