package org.learningmentor.testkit.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock for tests that stands still until told to move: {@link #advance(Duration)} and {@link
 * #setInstant(Instant)}. Pass it wherever the SDK takes a {@link Clock} to make time-dependent
 * behaviour deterministic.
 *
 * <pre>{@code
 * TestClock clock = TestClock.at(Instant.parse("2026-02-02T09:00:00Z"));
 * clock.advance(Duration.ofDays(14));
 * }</pre>
 *
 * <p>Thread-safe: the instant is held atomically. Clocks derived with {@link #withZone(ZoneId)}
 * share the instant.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> instant;
    private final ZoneId zone;

    private TestClock(AtomicReference<Instant> instant, ZoneId zone) {
        this.instant = instant;
        this.zone = zone;
    }

    /**
     * Returns a clock standing at the instant, in UTC.
     *
     * @param instant the starting instant, not null
     * @return a new clock, never null
     */
    public static TestClock at(Instant instant) {
        return new TestClock(new AtomicReference<>(Objects.requireNonNull(instant, "instant")), ZoneOffset.UTC);
    }

    /**
     * Moves the clock forward.
     *
     * @param duration how far, not null and not negative
     * @return the new instant, never null
     * @throws IllegalArgumentException when the duration is negative: time in the SDK never runs
     *     backwards by accident; use {@link #setInstant(Instant)} to do that deliberately
     */
    public Instant advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative: " + duration);
        }
        return instant.updateAndGet(now -> now.plus(duration));
    }

    /**
     * Sets the clock to an instant, earlier or later.
     *
     * @param newInstant the instant, not null
     */
    public void setInstant(Instant newInstant) {
        instant.set(Objects.requireNonNull(newInstant, "newInstant"));
    }

    @Override
    public Instant instant() {
        return instant.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public TestClock withZone(ZoneId newZone) {
        return new TestClock(instant, Objects.requireNonNull(newZone, "newZone"));
    }

    @Override
    public String toString() {
        return "TestClock[" + instant.get() + ", " + zone + "]";
    }
}
