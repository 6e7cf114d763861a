package org.learningmentor.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.ValidationException;

/**
 * Properties over seeded random indicators: building succeeds exactly when the rules hold, with
 * every violation reported, and recording measurements keeps the actuals in date order. The
 * expected violations are computed here from the rules as written in the javadoc, independently
 * of the production code.
 */
class IndicatorPropertyTest {

    private static final String[] BOUNDARIES = {
        "0", "0.0", "1", "1.000", "100", "100.00", "-0.001", "100.001", "1.0001", "-1", "50", "0.5"
    };

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.learningmentor.core.Seeds#seeds")
    void randomIndicatorsBuildExactlyWhenTheRulesHold(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int built = 0;
        int refused = 0;
        for (int round = 0; round < 300; round++) {
            MeasureUnit unit = MeasureUnit.values()[random.nextInt(MeasureUnit.values().length)];
            Direction direction = Direction.values()[random.nextInt(2)];
            BigDecimal baseline = anyValue(random, true);
            BigDecimal target =
                    random.nextInt(8) == 0 ? baseline.setScale(baseline.scale() + 1) : anyValue(random, true);
            List<Measurement> actuals = anyActuals(random);
            List<String> expected = expectedViolations(unit, direction, baseline, target, actuals);
            String description = unit + " " + direction + " " + baseline + " -> " + target + " " + actuals;

            ValidationException refusal = catchThrowableOfType(
                    ValidationException.class, () -> build(unit, direction, baseline, target, actuals));
            if (expected.isEmpty()) {
                assertThat(refusal)
                        .as("refused although valid: %s", description)
                        .isNull();
                Indicator indicator = build(unit, direction, baseline, target, actuals);
                assertThat(indicator.baseline()).isEqualByComparingTo(baseline);
                assertThat(indicator.baseline().scale())
                        .isEqualTo(Math.max(0, baseline.stripTrailingZeros().scale()));
                assertThat(indicator.target()).isEqualByComparingTo(target);
                assertThat(indicator.actuals()).isEqualTo(actuals);
                assertProgressAndTargetMet(indicator, direction, baseline, target, actuals);
                built++;
            } else {
                assertThat(refusal)
                        .as("built although invalid: %s, expected %s", description, expected)
                        .isNotNull();
                assertThat(GoalFixtures.codesAndPaths(refusal))
                        .as("violations of %s", description)
                        .containsExactlyInAnyOrderElementsOf(expected);
                refused++;
            }
        }
        assertThat(built).as("valid indicators generated").isPositive();
        assertThat(refused).as("invalid indicators generated").isPositive();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.learningmentor.core.Seeds#seeds")
    void recordedSequencesKeepActualsOrderedAndInRange(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Indicator start = anyValidIndicator(random);
        int index = random.nextInt(2);
        ProgramGoal goal = index == 0
                ? GoalFixtures.aWorkCommunityGoal()
                        .withIndicator(start)
                        .withIndicator(GoalFixtures.aNewcomerIndicator())
                : GoalFixtures.aWorkCommunityGoal()
                        .withIndicator(GoalFixtures.aNewcomerIndicator())
                        .withIndicator(start);
        Indicator indicator = start;
        for (int step = 0; step < 60; step++) {
            LocalDate last = indicator.latest().map(Measurement::on).orElse(LocalDate.of(2025, 1, 1));
            LocalDate on = last.plusDays(random.nextInt(-5, 40));
            Measurement measurement = Measurement.of(on, anyValue(random, false));
            boolean throughGoal = random.nextBoolean();
            String prefix = throughGoal ? "indicators[" + index + "]." : "";
            String at = prefix + "actuals[" + indicator.actuals().size() + "]";
            List<String> expected = new ArrayList<>();
            rangeViolation(indicator.unit(), measurement.value(), at + ".value").ifPresent(expected::add);
            if (!indicator.actuals().isEmpty() && !on.isAfter(last)) {
                expected.add("goal.indicator.actual-not-after-previous@" + at + ".on");
            }

            Indicator before = indicator;
            ProgramGoal goalBefore = goal;
            ValidationException refusal;
            Indicator after = null;
            ProgramGoal goalAfter = null;
            if (throughGoal) {
                ProgramGoal[] result = new ProgramGoal[1];
                refusal = catchThrowableOfType(
                        ValidationException.class, () -> result[0] = goalBefore.record(before.id(), measurement));
                goalAfter = result[0];
                after = goalAfter == null
                        ? null
                        : goalAfter.indicator(before.id()).orElseThrow();
            } else {
                Indicator[] result = new Indicator[1];
                refusal = catchThrowableOfType(ValidationException.class, () -> result[0] = before.record(measurement));
                after = result[0];
            }

            if (expected.isEmpty()) {
                assertThat(refusal).as("refused %s on %s", measurement, before).isNull();
                assertThat(after.actuals()).hasSize(before.actuals().size() + 1);
                assertThat(after.actuals().subList(0, before.actuals().size())).isEqualTo(before.actuals());
                assertThat(after.latest()).contains(measurement);
                if (throughGoal) {
                    assertThat(goalAfter.indicators().get(1 - index))
                            .as("the goal's other indicator")
                            .isEqualTo(goalBefore.indicators().get(1 - index));
                }
                indicator = after;
                goal = throughGoal ? goalAfter : goal.withIndicator(after);
            } else {
                assertThat(refusal).as("accepted %s on %s", measurement, before).isNotNull();
                assertThat(GoalFixtures.codesAndPaths(refusal)).containsExactlyInAnyOrderElementsOf(expected);
                // A refused record returns nothing: no new goal or indicator escapes the refusal.
                Object returned = throughGoal ? goalAfter : after;
                assertThat(returned).as("returned by a refused record").isNull();
            }
            assertThat(goal.indicator(indicator.id())).contains(indicator);
            assertThat(goal.indicators().get(index)).isEqualTo(indicator);
        }
        List<Measurement> actuals = indicator.actuals();
        for (int i = 1; i < actuals.size(); i++) {
            assertThat(actuals.get(i).on()).isAfter(actuals.get(i - 1).on());
        }
        MeasureUnit unit = indicator.unit();
        assertThat(actuals)
                .allSatisfy(m -> assertThat(rangeViolation(unit, m.value(), "")).isEmpty());
    }

    // --- the oracle: the rules, written out again -----------------------------------------------

    private static List<String> expectedViolations(
            MeasureUnit unit, Direction direction, BigDecimal baseline, BigDecimal target, List<Measurement> actuals) {
        List<String> expected = new ArrayList<>();
        for (String path : List.of("baseline", "target")) {
            BigDecimal value = path.equals("baseline") ? baseline : target;
            String[] parts = value.abs().stripTrailingZeros().toPlainString().split("\\.");
            int integerDigits = parts[0].equals("0") ? 0 : parts[0].length();
            int fractionDigits = parts.length > 1 ? parts[1].length() : 0;
            if (integerDigits > 15) {
                expected.add("goal.value.too-large@" + path);
            }
            if (fractionDigits > 10) {
                expected.add("goal.value.too-precise@" + path);
            }
            rangeViolation(unit, value, path).ifPresent(expected::add);
        }
        int comparison = target.compareTo(baseline);
        if (comparison == 0) {
            expected.add("goal.indicator.target-equals-baseline@target");
        } else if (direction == Direction.HIGHER_IS_BETTER && comparison < 0) {
            expected.add("goal.indicator.target-below-baseline@target");
        } else if (direction == Direction.LOWER_IS_BETTER && comparison > 0) {
            expected.add("goal.indicator.target-above-baseline@target");
        }
        for (int i = 0; i < actuals.size(); i++) {
            rangeViolation(unit, actuals.get(i).value(), "actuals[" + i + "].value")
                    .ifPresent(expected::add);
            if (i > 0 && !actuals.get(i).on().isAfter(actuals.get(i - 1).on())) {
                expected.add("goal.indicator.actual-not-after-previous@actuals[" + i + "].on");
            }
        }
        return expected;
    }

    private static java.util.Optional<String> rangeViolation(MeasureUnit unit, BigDecimal value, String path) {
        boolean negative = value.signum() < 0;
        return switch (unit) {
            case PERCENT ->
                negative || value.compareTo(new BigDecimal("100")) > 0
                        ? java.util.Optional.of("goal.value.percent-out-of-range@" + path)
                        : java.util.Optional.empty();
            case RATIO ->
                negative || value.compareTo(BigDecimal.ONE) > 0
                        ? java.util.Optional.of("goal.value.ratio-out-of-range@" + path)
                        : java.util.Optional.empty();
            case SCORE -> java.util.Optional.empty();
            case COUNT, HOURS, DAYS, EUR ->
                negative ? java.util.Optional.of("goal.value.negative@" + path) : java.util.Optional.empty();
        };
    }

    private static void assertProgressAndTargetMet(
            Indicator indicator,
            Direction direction,
            BigDecimal baseline,
            BigDecimal target,
            List<Measurement> actuals) {
        if (actuals.isEmpty()) {
            assertThat(indicator.progress()).isEmpty();
            assertThat(indicator.isTargetMet()).isFalse();
            return;
        }
        BigDecimal latest = actuals.get(actuals.size() - 1).value();
        BigDecimal progress = latest.subtract(baseline).divide(target.subtract(baseline), MathContext.DECIMAL64);
        assertThat(indicator.progress()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo(progress));
        boolean met =
                direction == Direction.HIGHER_IS_BETTER ? latest.compareTo(target) >= 0 : latest.compareTo(target) <= 0;
        assertThat(indicator.isTargetMet()).isEqualTo(met);
        // Reaching the target and a progress of at least 1 are the same thing.
        assertThat(progress.compareTo(BigDecimal.ONE) >= 0).isEqualTo(met);
    }

    // --- generators -----------------------------------------------------------------------------

    /** A value: boundaries, small decimals, whole numbers, and (when allowed) too many digits. */
    private static BigDecimal anyValue(SplittableRandom random, boolean mayBreakDigitLimits) {
        int kind = random.nextInt(mayBreakDigitLimits ? 12 : 10);
        BigDecimal value = switch (kind) {
            case 0, 1 -> new BigDecimal(BOUNDARIES[random.nextInt(BOUNDARIES.length)]);
            case 2, 3 -> BigDecimal.valueOf(random.nextInt(-150, 151), 2);
            case 4 -> BigDecimal.valueOf(random.nextLong(0, 1_000_000_000_000_000L), random.nextInt(0, 11));
            case 10 ->
                BigDecimal.valueOf(random.nextLong(1_000_000_000_000_000L, Long.MAX_VALUE))
                        .multiply(BigDecimal.valueOf(random.nextBoolean() ? 1 : -1));
            case 11 -> BigDecimal.valueOf(random.nextLong(1, 1_000_000_000_000L), random.nextInt(11, 14));
            default -> BigDecimal.valueOf(random.nextInt(-20, 151));
        };
        return random.nextInt(4) == 0 ? value.setScale(value.scale() + random.nextInt(1, 3)) : value;
    }

    /** Up to five measurements, mostly in date order, sometimes on the same day or earlier. */
    private static List<Measurement> anyActuals(SplittableRandom random) {
        List<Measurement> actuals = new ArrayList<>();
        LocalDate on = LocalDate.of(2025, 1, 1);
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            on = on.plusDays(random.nextInt(10) < 8 ? random.nextInt(1, 60) : -random.nextInt(0, 10));
            actuals.add(Measurement.of(on, anyValue(random, false)));
        }
        return actuals;
    }

    private static Indicator anyValidIndicator(SplittableRandom random) {
        while (true) {
            MeasureUnit unit = MeasureUnit.values()[random.nextInt(MeasureUnit.values().length)];
            Direction direction = Direction.values()[random.nextInt(2)];
            BigDecimal baseline = anyValue(random, false);
            BigDecimal target = anyValue(random, false);
            if (expectedViolations(unit, direction, baseline, target, List.of()).isEmpty()) {
                return build(unit, direction, baseline, target, List.of());
            }
        }
    }

    private static Indicator build(
            MeasureUnit unit, Direction direction, BigDecimal baseline, BigDecimal target, List<Measurement> actuals) {
        return Indicator.builder()
                .id(GoalFixtures.OTHER_ID)
                .name(LocalizedText.of("Mittari", "Indikator", "Indicator"))
                .unit(unit)
                .baseline(baseline)
                .target(target)
                .direction(direction)
                .addAllActuals(actuals)
                .build();
    }
}
