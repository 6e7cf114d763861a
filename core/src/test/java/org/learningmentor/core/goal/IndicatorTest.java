package org.learningmentor.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningmentor.core.goal.Direction.HIGHER_IS_BETTER;
import static org.learningmentor.core.goal.Direction.LOWER_IS_BETTER;
import static org.learningmentor.core.goal.GoalFixtures.aMeasurement;
import static org.learningmentor.core.goal.GoalFixtures.aNewcomerIndicator;
import static org.learningmentor.core.goal.GoalFixtures.aPeerLearningIndicator;
import static org.learningmentor.core.goal.GoalFixtures.anIndicator;
import static org.learningmentor.core.goal.GoalFixtures.anIndicatorBuilder;
import static org.learningmentor.core.goal.GoalFixtures.codesAndPaths;
import static org.learningmentor.core.goal.GoalFixtures.dec;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningmentor.core.common.IndicatorId;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.ValidationException;

class IndicatorTest {

    // --- validation: every code with its path -------------------------------------------------

    @ParameterizedTest
    @CsvSource({"SCORE, 1.0, 1.00", "PERCENT, 20, 20.0", "RATIO, 0.5, 0.50000", "DAYS, 60, 6E+1"})
    void buildWhenTargetEqualsBaselineNumericallyThenRejects(MeasureUnit unit, String baseline, String target) {
        assertThatThrownBy(() -> anIndicator(unit, baseline, target, HIGHER_IS_BETTER))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(codesAndPaths(e))
                                .containsExactly("goal.indicator.target-equals-baseline@target"));
    }

    @Test
    void buildWhenHigherIsBetterAndTargetIsBelowBaselineThenRejects() {
        assertThatThrownBy(() -> anIndicator(MeasureUnit.PERCENT, "50", "20", HIGHER_IS_BETTER))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(codesAndPaths(e)).containsExactly("goal.indicator.target-below-baseline@target");
                    assertThat(e.violations().get(0).arguments()).containsExactly("20", "50");
                    assertThat(e.violations().get(0).message(Locale.ENGLISH))
                            .isEqualTo("when higher is better, the target 20 must be above the baseline 50");
                    assertThat(e.violations().get(0).message(Locale.forLanguageTag("fi")))
                            .isEqualTo(
                                    "kun suurempi arvo on parempi, tavoitetason 20 on oltava lähtötasoa 50 suurempi");
                    assertThat(e.violations().get(0).message(Locale.forLanguageTag("sv")))
                            .isEqualTo(
                                    "när ett högre värde är bättre måste målvärdet 20 vara högre än utgångsvärdet 50");
                });
    }

    @Test
    void buildWhenLowerIsBetterAndTargetIsAboveBaselineThenRejects() {
        assertThatThrownBy(() -> anIndicator(MeasureUnit.DAYS, "40", "60", LOWER_IS_BETTER))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(codesAndPaths(e))
                                .containsExactly("goal.indicator.target-above-baseline@target"));
    }

    @ParameterizedTest
    @CsvSource({"-1, 50, baseline", "-0.01, 50, baseline", "20, 100.5, target", "20, 150, target"})
    void buildWhenAPercentageIsOutsideZeroToHundredThenRejects(String baseline, String target, String path) {
        assertThatThrownBy(() -> anIndicator(MeasureUnit.PERCENT, baseline, target, HIGHER_IS_BETTER))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(codesAndPaths(e)).containsExactly("goal.value.percent-out-of-range@" + path));
    }

    @Test
    void buildWhenAnActualPercentageIsOutOfRangeThenRejectsAtItsValue() {
        assertThatThrownBy(() -> anIndicator(
                        MeasureUnit.PERCENT,
                        "20",
                        "50",
                        HIGHER_IS_BETTER,
                        aMeasurement("2025-01-31", "25"),
                        aMeasurement("2025-02-28", "105")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(codesAndPaths(e)).containsExactly("goal.value.percent-out-of-range@actuals[1].value");
                    assertThat(e.violations().get(0).arguments()).containsExactly("105");
                });
    }

    @ParameterizedTest
    @CsvSource({"-0.1, 0.5, baseline", "0.2, 1.2, target"})
    void buildWhenARatioIsOutsideZeroToOneThenRejects(String baseline, String target, String path) {
        assertThatThrownBy(() -> anIndicator(MeasureUnit.RATIO, baseline, target, HIGHER_IS_BETTER))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(codesAndPaths(e)).containsExactly("goal.value.ratio-out-of-range@" + path));
    }

    @ParameterizedTest
    @EnumSource(
            value = MeasureUnit.class,
            names = {"COUNT", "HOURS", "DAYS", "EUR"})
    void buildWhenAValueOfAUnitThatCannotBeNegativeIsNegativeThenRejects(MeasureUnit unit) {
        assertThatThrownBy(() -> anIndicator(unit, "5", "-2", LOWER_IS_BETTER, aMeasurement("2025-01-31", "-1")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(codesAndPaths(e))
                            .containsExactly("goal.value.negative@target", "goal.value.negative@actuals[0].value");
                    assertThat(e.violations().get(0).arguments()).containsExactly("-2", unit.name());
                });
    }

    @Test
    void buildWhenAScoreIsNegativeThenAccepts() {
        Indicator nps =
                anIndicator(MeasureUnit.SCORE, "-35", "10", HIGHER_IS_BETTER, aMeasurement("2025-01-31", "-12"));
        assertThat(nps.baseline()).isEqualTo(dec("-35"));
    }

    @ParameterizedTest
    @CsvSource({
        "PERCENT, 0, 100",
        "PERCENT, 100, 0",
        "RATIO, 0, 1",
        "RATIO, 1, 0",
        "COUNT, 0, 1000000",
        "EUR, 0, 999999999999999"
    })
    void buildWhenValuesAreAtTheBoundsOfTheUnitThenAccepts(MeasureUnit unit, String low, String high) {
        Direction direction = dec(high).compareTo(dec(low)) > 0 ? HIGHER_IS_BETTER : LOWER_IS_BETTER;
        Indicator indicator = anIndicator(unit, low, high, direction, aMeasurement("2025-01-31", low));
        assertThat(indicator.target()).isEqualByComparingTo(high);
    }

    @Test
    void buildWhenBaselineOrTargetHasTooManyDigitsThenRejects() {
        assertThatThrownBy(() -> anIndicator(MeasureUnit.SCORE, "0.12345678901", "1234567890123456", HIGHER_IS_BETTER))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(codesAndPaths(e))
                                .containsExactly("goal.value.too-precise@baseline", "goal.value.too-large@target"));
    }

    @Test
    void buildWhenTwoActualsShareADateThenRejectsAtTheLaterOnesDate() {
        assertThatThrownBy(() -> anIndicator(
                        MeasureUnit.PERCENT,
                        "20",
                        "50",
                        HIGHER_IS_BETTER,
                        aMeasurement("2025-01-31", "21"),
                        aMeasurement("2025-02-28", "22"),
                        aMeasurement("2025-02-28", "23")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(codesAndPaths(e))
                            .containsExactly("goal.indicator.actual-not-after-previous@actuals[2].on");
                    assertThat(e.violations().get(0).arguments()).containsExactly("2025-02-28", "2025-02-28");
                });
    }

    @Test
    void buildWhenActualsAreOutOfDateOrderThenReportsEachStepBack() {
        assertThatThrownBy(() -> anIndicator(
                        MeasureUnit.COUNT,
                        "2",
                        "8",
                        HIGHER_IS_BETTER,
                        aMeasurement("2025-03-31", "3"),
                        aMeasurement("2025-01-31", "4"),
                        aMeasurement("2025-02-28", "5"),
                        aMeasurement("2025-02-01", "6")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(codesAndPaths(e))
                                .containsExactly(
                                        "goal.indicator.actual-not-after-previous@actuals[1].on",
                                        "goal.indicator.actual-not-after-previous@actuals[3].on"));
    }

    @Test
    void buildWhenANameTranslationIsLongerThanTheLimitThenRejects() {
        String tooLong = "x".repeat(LocalizedText.NAME_MAX_LENGTH + 1);
        assertThatThrownBy(() -> aCountIndicatorNamed(LocalizedText.of("Mittari", tooLong, "Indicator")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(codesAndPaths(e)).containsExactly("common.text.too-long@name.sv");
                    assertThat(e.violations().get(0).arguments()).containsExactly("254", "255");
                });
        String longest = "x".repeat(LocalizedText.NAME_MAX_LENGTH);
        assertThat(aCountIndicatorNamed(LocalizedText.of("Mittari", longest, "Indicator"))
                        .name()
                        .exactly(Language.SV))
                .contains(longest);
    }

    private static Indicator aCountIndicatorNamed(LocalizedText name) {
        return Indicator.builder()
                .id(GoalFixtures.OTHER_ID)
                .name(name)
                .unit(MeasureUnit.COUNT)
                .baseline(dec("1"))
                .target(dec("2"))
                .direction(HIGHER_IS_BETTER)
                .build();
    }

    @Test
    void buildWhenEverythingIsWrongThenReportsEveryViolationAtOnce() {
        assertThatThrownBy(() -> anIndicator(
                        MeasureUnit.PERCENT,
                        "120",
                        "110",
                        HIGHER_IS_BETTER,
                        aMeasurement("2025-01-31", "-5"),
                        aMeasurement("2025-01-31", "50")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(codesAndPaths(e))
                                .containsExactly(
                                        "goal.value.percent-out-of-range@baseline",
                                        "goal.value.percent-out-of-range@target",
                                        "goal.indicator.target-below-baseline@target",
                                        "goal.value.percent-out-of-range@actuals[0].value",
                                        "goal.indicator.actual-not-after-previous@actuals[1].on"));
    }

    @Test
    void buildWhenRequiredAttributesAreMissingThenNamesEachOne() {
        assertThatThrownBy(() -> Indicator.builder().build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(codesAndPaths(e))
                                .containsExactlyInAnyOrder(
                                        "common.value.required@id",
                                        "common.value.required@name",
                                        "common.value.required@unit",
                                        "common.value.required@baseline",
                                        "common.value.required@target",
                                        "common.value.required@direction"));
    }

    @Test
    void buildWhenANonCanonicalIndicatorBreaksARuleThenReportsItOnceInCanonicalForm() {
        assertThatThrownBy(() -> anIndicator(
                        MeasureUnit.PERCENT,
                        "50.00",
                        "2E+1",
                        HIGHER_IS_BETTER,
                        aMeasurement("2025-01-31", "30"),
                        aMeasurement("2025-01-31", "31")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(codesAndPaths(e))
                            .containsExactly(
                                    "goal.indicator.target-below-baseline@target",
                                    "goal.indicator.actual-not-after-previous@actuals[1].on");
                    assertThat(e.violations().get(0).arguments()).containsExactly("20", "50");
                });
    }

    @Test
    void baselineAndTargetAreCanonicalSoNumericallyEqualIndicatorsAreEqual() {
        Indicator written = anIndicator(MeasureUnit.PERCENT, "20.0", "50.00", HIGHER_IS_BETTER);
        Indicator plain = anIndicator(MeasureUnit.PERCENT, "20", "5E+1", HIGHER_IS_BETTER);
        assertThat(written).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(written.baseline().toString()).isEqualTo("20");
        assertThat(written.target().toString()).isEqualTo("50");
    }

    // --- latest, progress, isTargetMet ----------------------------------------------------------

    @Test
    void latestIsTheLastActualOrEmpty() {
        assertThat(aPeerLearningIndicator().latest()).map(Measurement::value).contains(dec("34.5"));
        assertThat(anIndicator(MeasureUnit.PERCENT, "20", "50", HIGHER_IS_BETTER)
                        .latest())
                .isEmpty();
    }

    @ParameterizedTest(name = "higher is better 20 -> 50, latest {0}: progress {1}, met {2}")
    @CsvSource({
        "20, 0, false",
        "35, 0.5, false",
        "28, 0.2666666666666667, false",
        "49.99, 0.9996666666666667, false",
        "50, 1, true",
        "50.000, 1, true",
        "65, 1.5, true",
        "10, -0.3333333333333333, false",
        "0, -0.6666666666666667, false"
    })
    void progressAndTargetMetWhenHigherIsBetter(String latest, String progress, boolean met) {
        Indicator indicator = anIndicator(
                MeasureUnit.PERCENT,
                "20",
                "50",
                HIGHER_IS_BETTER,
                aMeasurement("2025-01-31", "99"),
                aMeasurement("2025-06-30", latest));
        assertThat(indicator.progress()).contains(dec(progress));
        assertThat(indicator.isTargetMet()).isEqualTo(met);
    }

    @ParameterizedTest(name = "lower is better 60 -> 40, latest {0}: progress {1}, met {2}")
    @CsvSource({
        "60, 0, false",
        "50, 0.5, false",
        "47, 0.65, false",
        "40.01, 0.9995, false",
        "40, 1, true",
        "30, 1.5, true",
        "0, 3, true",
        "70, -0.5, false"
    })
    void progressAndTargetMetWhenLowerIsBetter(String latest, String progress, boolean met) {
        Indicator indicator =
                anIndicator(MeasureUnit.DAYS, "60", "40", LOWER_IS_BETTER, aMeasurement("2025-06-30", latest));
        assertThat(indicator.progress()).contains(dec(progress));
        assertThat(indicator.isTargetMet()).isEqualTo(met);
    }

    @Test
    void progressWhenNothingIsMeasuredIsEmptyAndTheTargetIsNotMet() {
        Indicator indicator = anIndicator(MeasureUnit.PERCENT, "20", "50", HIGHER_IS_BETTER);
        assertThat(indicator.progress()).isEmpty();
        assertThat(indicator.isTargetMet()).isFalse();
    }

    @Test
    void progressAndTargetMetFollowTheLatestActualNotTheBest() {
        Indicator indicator = anIndicator(
                MeasureUnit.DAYS,
                "60",
                "40",
                LOWER_IS_BETTER,
                aMeasurement("2025-03-31", "38"),
                aMeasurement("2025-09-30", "44"));
        assertThat(indicator.isTargetMet()).isFalse();
        assertThat(indicator.progress()).contains(dec("0.8"));
    }

    @Test
    void progressOfTheFixturesMatchesTheFormula() {
        // (34.5 − 20) / (50 − 20) and (47 − 60) / (40 − 60)
        assertThat(aPeerLearningIndicator().progress()).contains(dec("0.4833333333333333"));
        assertThat(aNewcomerIndicator().progress()).contains(dec("0.65"));
    }

    // --- record ---------------------------------------------------------------------------------

    @Test
    void recordAppendsTheMeasurementAndLeavesTheOriginalUnchanged() {
        Indicator original = aNewcomerIndicator();
        Indicator recorded = original.record(aMeasurement("2026-03-31", "39"));
        assertThat(recorded.actuals()).hasSize(3).last().isEqualTo(aMeasurement("2026-03-31", "39"));
        assertThat(recorded.isTargetMet()).isTrue();
        assertThat(original).isEqualTo(aNewcomerIndicator());
        assertThat(original.actuals()).hasSize(2);
    }

    @Test
    void recordOnAnIndicatorWithoutActualsAcceptsAnyDate() {
        Indicator recorded = anIndicator(MeasureUnit.RATIO, "0.2", "0.8", HIGHER_IS_BETTER)
                .record(aMeasurement("1999-12-31", "0.25"));
        assertThat(recorded.latest()).contains(aMeasurement("1999-12-31", "0.25"));
    }

    @ParameterizedTest
    @CsvSource({"2025-12-31", "2025-12-30", "2020-01-01"})
    void recordWhenDateIsNotAfterTheLatestThenRejectsAtItsDate(String on) {
        Indicator original = aNewcomerIndicator();
        assertThatThrownBy(() -> original.record(aMeasurement(on, "45")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(codesAndPaths(e))
                            .containsExactly("goal.indicator.actual-not-after-previous@actuals[2].on");
                    assertThat(e.violations().get(0).arguments()).containsExactly(on, "2025-12-31");
                });
        assertThat(original).isEqualTo(aNewcomerIndicator());
    }

    @Test
    void recordWhenValueIsOutOfTheUnitsRangeThenRejectsAtItsValue() {
        assertThatThrownBy(() -> aPeerLearningIndicator().record(aMeasurement("2026-03-31", "100.1")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(codesAndPaths(e))
                                .containsExactly("goal.value.percent-out-of-range@actuals[2].value"));
    }

    @Test
    void recordWhenBothDateAndValueAreWrongThenReportsBoth() {
        assertThatThrownBy(() -> aNewcomerIndicator().record(aMeasurement("2025-12-31", "-1")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(codesAndPaths(e))
                                .containsExactlyInAnyOrder(
                                        "goal.value.negative@actuals[2].value",
                                        "goal.indicator.actual-not-after-previous@actuals[2].on"));
    }

    @Test
    void recordWhenMeasurementIsNullThenThrowsNullPointerNamingIt() {
        assertThatThrownBy(() -> aNewcomerIndicator().record(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("measurement");
    }

    // --- MeasureUnit ----------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"PERCENT, 0, 100", "RATIO, 0, 1", "COUNT, 0, ", "SCORE, , ", "HOURS, 0, ", "DAYS, 0, ", "EUR, 0, "})
    void everyUnitStatesItsRange(MeasureUnit unit, String minimum, String maximum) {
        assertThat(unit.minimum()).isEqualTo(Optional.ofNullable(minimum).map(BigDecimal::new));
        assertThat(unit.maximum()).isEqualTo(Optional.ofNullable(maximum).map(BigDecimal::new));
        assertThat(unit.accepts(dec("0"))).isTrue();
        assertThat(unit.accepts(dec("-0.0001"))).isEqualTo(minimum == null);
        assertThat(unit.accepts(dec("100.0001"))).isEqualTo(maximum == null);
    }

    @Test
    void indicatorsWithTheSameNumbersButDifferentIdsDiffer() {
        Indicator one = anIndicator(MeasureUnit.COUNT, "1", "2", HIGHER_IS_BETTER);
        Indicator same = anIndicatorBuilder(MeasureUnit.COUNT, "1.0", "2", HIGHER_IS_BETTER)
                .build();
        Indicator other = Indicator.builder()
                .id(IndicatorId.parse("8a1f0c2e-0000-4000-8000-0000000000ff"))
                .name(one.name())
                .unit(MeasureUnit.COUNT)
                .baseline(dec("1"))
                .target(dec("2"))
                .direction(HIGHER_IS_BETTER)
                .build();
        assertThat(one).isEqualTo(same).isNotEqualTo(other);
    }
}
