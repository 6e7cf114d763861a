package org.learningmentor.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningmentor.core.goal.GoalFixtures.codesAndPaths;
import static org.learningmentor.core.goal.GoalFixtures.day;
import static org.learningmentor.core.goal.GoalFixtures.dec;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.learningmentor.core.common.ValidationException;

class MeasurementTest {

    @Test
    void ofKeepsTheDateTheValueAndTheNote() {
        Measurement measurement = Measurement.of(day("2025-03-31"), dec("28"), "Henkilöstökysely");
        assertThat(measurement.on()).isEqualTo(day("2025-03-31"));
        assertThat(measurement.value()).isEqualTo(dec("28"));
        assertThat(measurement.note()).contains("Henkilöstökysely");
        assertThat(Measurement.of(day("2025-03-31"), dec("28")).note()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"28.0, 28", "28.50, 28.5", "2E+1, 20", "0.000, 0", "-3.10, -3.1", "1.2E-3, 0.0012"})
    void valuesAreKeptInCanonicalFormSoNumericallyEqualValuesAreEqual(String given, String canonical) {
        Measurement measurement = Measurement.of(day("2025-03-31"), dec(given));
        assertThat(measurement.value().toString()).isEqualTo(canonical);
        assertThat(measurement)
                .isEqualTo(Measurement.of(day("2025-03-31"), dec(canonical)))
                .hasSameHashCodeAs(Measurement.of(day("2025-03-31"), dec(canonical)));
    }

    @Test
    void ofWhenValueHasTooManyDigitsBeforeThePointThenRejects() {
        assertThatThrownBy(() -> Measurement.of(day("2025-03-31"), dec("1234567890123456")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(codesAndPaths(e)).containsExactly("goal.value.too-large@value");
                    assertThat(e.violations().get(0).arguments()).containsExactly("15", "16");
                });
        assertThat(Measurement.of(day("2025-03-31"), dec("123456789012345")).value())
                .isEqualTo(dec("123456789012345"));
    }

    @Test
    void ofWhenValueHasTooManyDecimalsThenRejects() {
        assertThatThrownBy(() -> Measurement.of(day("2025-03-31"), dec("0.12345678901")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(codesAndPaths(e)).containsExactly("goal.value.too-precise@value");
                    assertThat(e.violations().get(0).arguments()).containsExactly("10", "11");
                });
        assertThat(Measurement.of(day("2025-03-31"), dec("0.1234567890")).value())
                .isEqualTo(dec("0.123456789"));
    }

    @Test
    void ofWhenExponentIsHugeThenRejectsWithoutExpandingTheNumber() {
        assertThatThrownBy(() -> Measurement.of(day("2025-03-31"), dec("1E+999999999")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(codesAndPaths(e)).containsExactly("goal.value.too-large@value");
                    assertThat(e.getMessage()).hasSizeLessThan(300);
                });
        assertThatThrownBy(() -> Measurement.of(day("2025-03-31"), dec("1E-999999999")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(codesAndPaths(e)).containsExactly("goal.value.too-precise@value"));
    }

    @Test
    void ofWhenNoteIsBlankThenRejects() {
        assertThatThrownBy(() -> Measurement.of(day("2025-03-31"), dec("28"), " \t"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(codesAndPaths(e)).containsExactly("goal.measurement.note-blank@note"));
    }

    @Test
    void ofWhenNoteIsLongerThanTheLimitThenRejects() {
        String tooLong = "x".repeat(Measurement.MAX_NOTE_LENGTH + 1);
        assertThatThrownBy(() -> Measurement.of(day("2025-03-31"), dec("28"), tooLong))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(codesAndPaths(e)).containsExactly("common.text.too-long@note");
                    assertThat(e.violations().get(0).arguments()).containsExactly("2000", "2001");
                });
        assertThat(Measurement.of(day("2025-03-31"), dec("28"), "x".repeat(Measurement.MAX_NOTE_LENGTH))
                        .note())
                .hasValueSatisfying(note -> assertThat(note).hasSize(Measurement.MAX_NOTE_LENGTH));
    }

    @Test
    void buildWhenEverythingIsWrongThenReportsEveryViolationAtOnce() {
        assertThatThrownBy(() -> Measurement.builder()
                        .on(day("2025-03-31"))
                        .value(dec("12345678901234567.123456789012"))
                        .note("")
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(codesAndPaths(e))
                                .containsExactly(
                                        "goal.value.too-large@value",
                                        "goal.value.too-precise@value",
                                        "goal.measurement.note-blank@note"));
    }

    @Test
    void buildWhenANonCanonicalValueComesWithABrokenRuleThenReportsItOnce() {
        assertThatThrownBy(() -> Measurement.builder()
                        .on(day("2025-03-31"))
                        .value(dec("28.000"))
                        .note("x".repeat(Measurement.MAX_NOTE_LENGTH + 1))
                        .build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(codesAndPaths(e)).containsExactly("common.text.too-long@note");
                    assertThat(e.getSuppressed()).isEmpty();
                });
        assertThat(Measurement.builder()
                        .on(day("2025-03-31"))
                        .value(dec("28.000"))
                        .note("Henkilöstökysely")
                        .build())
                .isEqualTo(Measurement.of(day("2025-03-31"), dec("28"), "Henkilöstökysely"));
    }

    @Test
    void buildWhenRequiredAttributesAreMissingThenNamesEachOne() {
        assertThatThrownBy(() -> Measurement.builder().note("n").build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(codesAndPaths(e))
                                .containsExactlyInAnyOrder("common.value.required@on", "common.value.required@value"));
    }

    @Test
    void ofWhenAnArgumentIsNullThenThrowsNullPointerNamingIt() {
        assertThatThrownBy(() -> Measurement.of(null, BigDecimal.ONE))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("on");
        assertThatThrownBy(() -> Measurement.of(day("2025-03-31"), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("value");
        assertThatThrownBy(() -> Measurement.of(day("2025-03-31"), BigDecimal.ONE, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("note");
    }

    @Test
    void toStringNeverShowsTheNoteWhichMayMentionPeople() {
        Measurement measurement =
                Measurement.of(day("2025-03-31"), dec("3"), "Matti Virtanen ja Liisa Korhonen aloittivat");
        assertThat(measurement.toString())
                .contains("2025-03-31", "3")
                .doesNotContain("Matti", "Virtanen", "Liisa", "Korhonen");
    }

    @Test
    void messagesAreInEnglishFinnishAndSwedish() {
        ValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                ValidationException.class, () -> Measurement.of(day("2025-03-31"), dec("0.12345678901")));
        assertThat(e.violations().get(0).message(Locale.ENGLISH)).isEqualTo("must have at most 10 decimals, not 11");
        assertThat(e.violations().get(0).message(Locale.forLanguageTag("fi")))
                .isEqualTo("desimaaleja saa olla enintään 10, ei 11");
        assertThat(e.violations().get(0).message(Locale.forLanguageTag("sv")))
                .isEqualTo("får ha högst 10 decimaler, inte 11");
    }
}
