package org.learningmentor.core.pair;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violations;

/**
 * How many active pairs a person may have in one programme, configurable per programme:
 *
 * <ul>
 *   <li>{@link #pairCapacity()}: active {@link PairKind#MENTOR_PAIR} pairs per person (default 1);
 *   <li>{@link #menteeCapacity()}: active {@link PairKind#MENTOR_MENTEE} pairs a mentor may lead
 *       (default 1). A mentee always has at most one mentor at a time.
 * </ul>
 *
 * <p>Both capacities are between {@value #MIN_CAPACITY} and {@value #MAX_CAPACITY} ({@code
 * pair.policy.capacity-out-of-range}). The two kinds are counted apart: a mentor in a mentor pair
 * may also mentor mentees.
 *
 * <pre>{@code
 * PairingPolicy policy = PairingPolicy.defaults().withMenteeCapacity(3);
 * }</pre>
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class PairingPolicy {

    /** The smallest capacity accepted. */
    public static final int MIN_CAPACITY = 1;

    /** The largest capacity accepted: more would not be mentoring any more. */
    public static final int MAX_CAPACITY = 20;

    PairingPolicy() {}

    /**
     * Returns how many active mentor pairs a person may be in per programme.
     *
     * @return the capacity, {@value #MIN_CAPACITY}–{@value #MAX_CAPACITY}; 1 unless set
     */
    @JsonProperty("pairCapacity")
    @Value.Default
    public int pairCapacity() {
        return 1;
    }

    /**
     * Returns how many active mentor–mentee pairs a mentor may lead per programme.
     *
     * @return the capacity, {@value #MIN_CAPACITY}–{@value #MAX_CAPACITY}; 1 unless set
     */
    @JsonProperty("menteeCapacity")
    @Value.Default
    public int menteeCapacity() {
        return 1;
    }

    /**
     * Returns the capacity of a person in a pair of the kind: {@link #pairCapacity()} for either
     * member of a mentor pair, {@link #menteeCapacity()} for the mentor of a mentor–mentee pair and
     * 1 for the mentee.
     *
     * @param kind the kind of pair, not null
     * @param asFirst whether the person is the pair's first member (the mentor of a mentor–mentee pair)
     * @return the capacity, at least 1
     */
    public int capacity(PairKind kind, boolean asFirst) {
        return switch (kind) {
            case MENTOR_PAIR -> pairCapacity();
            case MENTOR_MENTEE -> asFirst ? menteeCapacity() : 1;
        };
    }

    /**
     * Returns the default policy: one active pair of each kind per person and programme.
     *
     * @return the defaults, never null
     */
    public static PairingPolicy defaults() {
        return Defaults.INSTANCE;
    }

    /** Holds the defaults, built on first use. */
    private static final class Defaults {
        static final PairingPolicy INSTANCE = builder().build();
    }

    /**
     * Returns a copy with another mentor-pair capacity.
     *
     * @param pairCapacity the capacity, {@value #MIN_CAPACITY}–{@value #MAX_CAPACITY}
     * @return the copy, never null
     * @throws ValidationException when out of range ({@code pair.policy.capacity-out-of-range})
     */
    public abstract PairingPolicy withPairCapacity(int pairCapacity);

    /**
     * Returns a copy with another mentee capacity.
     *
     * @param menteeCapacity the capacity, {@value #MIN_CAPACITY}–{@value #MAX_CAPACITY}
     * @return the copy, never null
     * @throws ValidationException when out of range ({@code pair.policy.capacity-out-of-range})
     */
    public abstract PairingPolicy withMenteeCapacity(int menteeCapacity);

    /**
     * Returns a new builder; unset capacities take their defaults.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    @JsonCreator
    private static PairingPolicy fromJson(ImmutablePairingPolicy value) {
        return value;
    }

    /**
     * Checks the ranges.
     *
     * @throws ValidationException listing every capacity out of range
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        checkRange(pairCapacity(), "pairCapacity", violations);
        checkRange(menteeCapacity(), "menteeCapacity", violations);
        violations.throwIfAny();
    }

    private static void checkRange(int value, String path, Violations violations) {
        violations.check(
                value >= MIN_CAPACITY && value <= MAX_CAPACITY,
                PairViolation.POLICY_CAPACITY_OUT_OF_RANGE,
                path,
                MIN_CAPACITY,
                MAX_CAPACITY,
                value);
    }

    /** Builds a policy; throws a {@link ValidationException} listing every violation. */
    public static final class Builder extends ImmutablePairingPolicy.Builder {}
}
