package org.learningmentor.core.goal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.IndicatorId;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violations;

/**
 * An indicator (Finnish <i>mittari, indikaattori</i>) of a {@link ProgramGoal}: a measurable sign
 * of the goal with a baseline, a target, the {@link Direction} in which it improves and the actual
 * values measured so far, for example "share of staff in peer-learning sessions", {@link
 * MeasureUnit#PERCENT}, 20 → 50, higher is better.
 *
 * <p>Every indicator is possible to reach; building one checks, and reports together:
 *
 * <ul>
 *   <li>the target differs from the baseline, compared numerically ({@code 1.0} equals {@code
 *       1.00}), and lies on the better side of it for the direction;
 *   <li>the baseline, the target and every actual value lie in the {@linkplain MeasureUnit unit's}
 *       range (a percentage in 0–100, a ratio in 0–1, counts, hours, days and euros not negative)
 *       and within the digit limits of {@link Measurement};
 *   <li>the actuals are in strictly increasing date order (at most one a day);
 *   <li>each translation of the name is at most {@value LocalizedText#NAME_MAX_LENGTH} characters.
 * </ul>
 *
 * <p>Baseline and target are kept in canonical form (no trailing zeros, as {@link
 * Measurement#value()}), so equal numbers give equal indicators and the same JSON numbers.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class Indicator {

    /** Only the generated implementation extends this class. */
    Indicator() {}

    /**
     * Returns the indicator's identity, unique within its goal.
     *
     * @return the id, never null
     */
    @JsonProperty("id")
    public abstract IndicatorId id();

    /**
     * Returns what is measured, such as "Share of staff in peer-learning sessions".
     *
     * @return the name, never null
     */
    @JsonProperty("name")
    public abstract LocalizedText name();

    /**
     * Returns the unit of the baseline, the target and the actual values.
     *
     * @return the unit, never null
     */
    @JsonProperty("unit")
    public abstract MeasureUnit unit();

    /**
     * Returns the value when the programme started, in canonical form.
     *
     * @return the baseline, never null
     */
    @JsonProperty("baseline")
    public abstract BigDecimal baseline();

    /**
     * Returns the value the programme aims at, in canonical form; never equal to the baseline.
     *
     * @return the target, never null
     */
    @JsonProperty("target")
    public abstract BigDecimal target();

    /**
     * Returns which way the indicator improves: for {@link Direction#HIGHER_IS_BETTER} the target
     * is above the baseline, for {@link Direction#LOWER_IS_BETTER} below it.
     *
     * @return the direction, never null
     */
    @JsonProperty("direction")
    public abstract Direction direction();

    /**
     * Returns the actual values measured so far, in strictly increasing date order.
     *
     * @return an unmodifiable list, empty before the first measurement, never null
     */
    @JsonProperty("actuals")
    public abstract List<Measurement> actuals();

    /**
     * Returns a new builder; every attribute except {@code actuals} is required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an indicator; {@code build()} throws {@link ValidationException} listing every violation. */
    public static final class Builder extends ImmutableIndicator.Builder {}

    @JsonCreator
    private static Indicator fromJson(ImmutableIndicator value) {
        return value;
    }

    /**
     * Returns the most recent actual value.
     *
     * @return the last measurement, or empty when nothing has been measured
     */
    public Optional<Measurement> latest() {
        List<Measurement> actuals = actuals();
        return actuals.isEmpty() ? Optional.empty() : Optional.of(actuals.get(actuals.size() - 1));
    }

    /**
     * Returns the share of the way from the baseline to the target that the latest actual value has
     * come:
     *
     * <pre>progress = (latest − baseline) / (target − baseline)</pre>
     *
     * <p>0 means no change from the baseline, 1 means the target is reached exactly, 0.5 half way.
     * The formula holds for both directions (for lower-is-better both differences are negative). The
     * result is below 0 when the value has moved away from the target and above 1 when it has gone
     * beyond it. It is rounded to 16 significant digits ({@link java.math.MathContext#DECIMAL64}) and
     * has no trailing zeros: baseline 20, target 50, latest 28 give {@code 0.2666666666666667}.
     *
     * @return the progress, or empty when nothing has been measured
     */
    public Optional<BigDecimal> progress() {
        return latest().map(latest -> Decimals.canonical(
                latest.value().subtract(baseline()).divide(target().subtract(baseline()), Decimals.QUOTIENT)));
    }

    /**
     * Returns whether the latest actual value has reached the target: at or above it when higher is
     * better, at or below it when lower is better.
     *
     * @return true when the target is met; false when it is not or nothing has been measured
     */
    @JsonIgnore
    public boolean isTargetMet() {
        return latest().map(latest -> {
                    int comparison = latest.value().compareTo(target());
                    return direction() == Direction.HIGHER_IS_BETTER ? comparison >= 0 : comparison <= 0;
                })
                .orElse(false);
    }

    /**
     * Returns a copy with a new actual value recorded after the others. The original is unchanged.
     *
     * @param measurement the measurement, not null; dated after {@link #latest()} and with a value in
     *     the unit's range
     * @return the indicator with the measurement appended, never null
     * @throws ValidationException when the measurement is not dated after the latest one ({@code
     *     goal.indicator.actual-not-after-previous} at {@code actuals[n].on}) or its value is out of
     *     the unit's range (at {@code actuals[n].value}), where {@code n} is its index
     */
    public Indicator record(Measurement measurement) {
        Objects.requireNonNull(measurement, "measurement");
        List<Measurement> actuals = new ArrayList<>(actuals());
        actuals.add(measurement);
        return copy(baseline(), target(), actuals);
    }

    /** Builds (and so validates) a copy with the given numbers and actuals. */
    private Indicator copy(BigDecimal baseline, BigDecimal target, List<Measurement> actuals) {
        return builder()
                .id(id())
                .name(name())
                .unit(unit())
                .baseline(baseline)
                .target(target)
                .direction(direction())
                .addAllActuals(actuals)
                .build();
    }

    /**
     * Returns this indicator with its baseline and target in canonical form after checking the
     * rules listed in the class description; called by the generated builder for every instance it
     * creates.
     *
     * <p>Each indicator is checked exactly once. One whose baseline or target is not yet in
     * canonical form is rebuilt in canonical form, and that copy's own build does the checks; the
     * rules are not in a {@code void} check method of their own because the generated code would run
     * it again on the copy.
     *
     * @return this, or a canonical copy
     * @throws ValidationException when a rule is broken
     */
    @Value.Check
    protected Indicator normalize() {
        if (!Decimals.isCanonical(baseline()) || !Decimals.isCanonical(target())) {
            return copy(Decimals.canonical(baseline()), Decimals.canonical(target()), actuals());
        }
        check();
        return this;
    }

    /** Throws one exception with every broken rule of the class description. */
    private void check() {
        Violations violations = new Violations();
        violations.checkMaxLength(name(), LocalizedText.NAME_MAX_LENGTH, "name");
        BigDecimal baseline = baseline();
        BigDecimal target = target();
        Decimals.checkDigits(baseline, "baseline", violations);
        Decimals.checkRange(baseline, unit(), "baseline", violations);
        Decimals.checkDigits(target, "target", violations);
        Decimals.checkRange(target, unit(), "target", violations);
        int comparison = target.compareTo(baseline);
        if (comparison == 0) {
            violations.add(
                    GoalViolation.TARGET_EQUALS_BASELINE,
                    "target",
                    Decimals.describe(target),
                    Decimals.describe(baseline));
        } else if (direction() == Direction.HIGHER_IS_BETTER && comparison < 0) {
            violations.add(
                    GoalViolation.TARGET_BELOW_BASELINE,
                    "target",
                    Decimals.describe(target),
                    Decimals.describe(baseline));
        } else if (direction() == Direction.LOWER_IS_BETTER && comparison > 0) {
            violations.add(
                    GoalViolation.TARGET_ABOVE_BASELINE,
                    "target",
                    Decimals.describe(target),
                    Decimals.describe(baseline));
        }
        List<Measurement> actuals = actuals();
        for (int i = 0; i < actuals.size(); i++) {
            Measurement actual = actuals.get(i);
            String path = "actuals[" + i + "]";
            Decimals.checkRange(actual.value(), unit(), path + ".value", violations);
            if (i > 0) {
                Measurement previous = actuals.get(i - 1);
                violations.check(
                        actual.on().isAfter(previous.on()),
                        GoalViolation.ACTUAL_NOT_AFTER_PREVIOUS,
                        path + ".on",
                        actual.on(),
                        previous.on());
            }
        }
        violations.throwIfAny();
    }
}
