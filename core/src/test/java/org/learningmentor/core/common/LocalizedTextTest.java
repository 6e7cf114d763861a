package org.learningmentor.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningmentor.core.JsonTesting;

class LocalizedTextTest {

    private static final LocalizedText FINANCE = LocalizedText.of("Talousyksikkö", "Ekonomienheten", "Finance unit");

    @Test
    void inReturnsTheRequestedLanguage() {
        assertThat(FINANCE.in(Language.FI)).isEqualTo("Talousyksikkö");
        assertThat(FINANCE.in(Language.SV)).isEqualTo("Ekonomienheten");
        assertThat(FINANCE.in(Language.EN)).isEqualTo("Finance unit");
    }

    @Test
    void inWhenTranslationIsMissingThenFallsBackToEnglishThenFinnishThenSwedish() {
        LocalizedText finnishAndSwedish = LocalizedText.of(Map.of(Language.FI, "Hallinto", Language.SV, "Förvaltning"));
        assertThat(finnishAndSwedish.in(Language.EN)).isEqualTo("Hallinto");
        LocalizedText swedishOnly = LocalizedText.of(Language.SV, "Förvaltning");
        assertThat(swedishOnly.in(Language.FI)).isEqualTo("Förvaltning");
        LocalizedText englishAndSwedish = LocalizedText.of(Map.of(Language.EN, "Admin", Language.SV, "Förvaltning"));
        assertThat(englishAndSwedish.in(Language.FI)).isEqualTo("Admin");
        assertThat(englishAndSwedish.exactly(Language.FI)).isEmpty();
    }

    @Test
    void ofWhenEveryTranslationIsBlankThenListsEachOne() {
        assertThatThrownBy(() -> LocalizedText.of(" ", "", "\t"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.codes())
                            .containsExactly("common.text.blank", "common.text.blank", "common.text.blank");
                    assertThat(e.violations()).extracting(Violation::path).containsExactly("fi", "sv", "en");
                });
    }

    @Test
    void ofWhenNoTranslationThenRejects() {
        assertThatThrownBy(() -> LocalizedText.of(new EnumMap<>(Language.class)))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.codes()).containsExactly("common.text.empty"));
    }

    @Test
    void ofWhenTranslationIsLongerThanTheLimitThenRejects() {
        String tooLong = "a".repeat(LocalizedText.MAX_LENGTH + 1);
        assertThatThrownBy(() -> LocalizedText.of(Language.EN, tooLong))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.codes()).containsExactly("common.text.too-long"));
        assertThat(LocalizedText.of(Language.EN, "a".repeat(LocalizedText.MAX_LENGTH))
                        .in(Language.EN))
                .hasSize(LocalizedText.MAX_LENGTH);
    }

    @Test
    void withAddsOrReplacesATranslationAndLeavesTheOriginalUnchanged() {
        LocalizedText english = LocalizedText.of(Language.EN, "Finance");
        LocalizedText both = english.with(Language.FI, "Talous");
        assertThat(both.asMap()).containsOnlyKeys(Language.FI, Language.EN);
        assertThat(english.asMap()).containsOnlyKeys(Language.EN);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void jsonIsAnObjectKeyedByLanguageCode(JsonTesting json) {
        json.assertGolden("localized-text", FINANCE, LocalizedText.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingJsonWithAnUnknownLanguageOrBlankTextThenFailsWithEveryViolation(JsonTesting json) {
        assertThatThrownBy(() -> json.read("{\"de\":\"Finanzen\",\"fi\":\" \"}", LocalizedText.class))
                .hasRootCauseInstanceOf(ValidationException.class)
                .rootCause()
                .satisfies(e -> assertThat(((ValidationException) e).codes())
                        .containsExactlyInAnyOrder("common.language.unsupported", "common.text.blank"));
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingJsonOfTheWrongShapeThenFails(JsonTesting json) {
        assertThatThrownBy(() -> json.read("[\"fi\"]", LocalizedText.class)).isNotNull();
        assertThatThrownBy(() -> json.read("{\"fi\":{\"nested\":\"x\"}}", LocalizedText.class))
                .isNotNull();
    }
}
