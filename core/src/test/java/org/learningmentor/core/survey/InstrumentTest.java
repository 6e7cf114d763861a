package org.learningmentor.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.learningmentor.core.survey.SurveyFixtures.aScale;
import static org.learningmentor.core.survey.SurveyFixtures.aSmallInstrument;
import static org.learningmentor.core.survey.SurveyFixtures.codesAndPaths;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.ValidationException;

class InstrumentTest {

    private static LocalizedText en(String text) {
        return LocalizedText.of(Language.EN, text);
    }

    @Test
    void defaultInstrumentHasSevenDimensionsOfThreeItemsOnASixPointScale() {
        Instrument instrument = Instruments.defaultInstrument();
        assertThat(instrument.code()).isEqualTo(Instruments.DEFAULT_CODE);
        assertThat(instrument.dimensions())
                .extracting(Dimension::code)
                .containsExactly(
                        "CONTINUOUS_LEARNING",
                        "INQUIRY_AND_DIALOGUE",
                        "TEAM_LEARNING",
                        "EMBEDDED_SYSTEMS",
                        "EMPOWERMENT",
                        "CONNECTION_TO_ENVIRONMENT",
                        "STRATEGIC_LEADERSHIP");
        assertThat(instrument.items()).hasSize(21);
        instrument
                .dimensions()
                .forEach(d -> assertThat(instrument.itemsOf(d.code())).hasSize(3));
        assertThat(instrument.itemCodes())
                .startsWith("CL1", "CL2", "CL3", "ID1")
                .endsWith("SL1", "SL2", "SL3");
        assertThat(instrument.scale().points()).isEqualTo(6);
        assertThat(instrument.scale().label(1).in(Language.FI)).isEqualTo("Täysin eri mieltä");
        assertThat(instrument.scale().label(6).in(Language.SV)).isEqualTo("Helt av samma åsikt");
        assertThat(instrument.items().stream().filter(Item::reverseKeyed))
                .extracting(Item::code)
                .containsExactly("CL3", "ID3", "TL3", "ES3", "CE3", "SL3");
        assertThat(Instruments.defaultInstrument()).isSameAs(instrument);
    }

    @Test
    void defaultInstrumentSpeaksFinnishSwedishAndEnglishEverywhereWithDistinctTexts() {
        Instrument instrument = Instruments.defaultInstrument();
        List<LocalizedText> texts = new java.util.ArrayList<>();
        texts.add(instrument.name());
        instrument.dimensions().forEach(d -> texts.add(d.name()));
        instrument.items().forEach(i -> texts.add(i.text()));
        texts.addAll(instrument.scale().labels());
        for (LocalizedText text : texts) {
            assertThat(text.asMap()).containsOnlyKeys(Language.FI, Language.SV, Language.EN);
        }
        for (Language language : Language.values()) {
            Set<String> itemTexts = new HashSet<>();
            instrument.items().forEach(i -> itemTexts.add(i.text().in(language)));
            assertThat(itemTexts).as("item texts in %s", language).hasSize(21);
        }
    }

    @Test
    void itemLookupFindsByCodeAndPosition() {
        Instrument instrument = aSmallInstrument();
        assertThat(instrument.itemIndex("B1")).isEqualTo(2);
        assertThat(instrument.itemIndex("C1")).isEqualTo(-1);
        assertThat(instrument.item("A2"))
                .hasValueSatisfying(i -> assertThat(i.reverseKeyed()).isTrue());
        assertThat(instrument.item("nope")).isEmpty();
        assertThat(instrument.dimension("B")).isPresent();
        assertThat(instrument.dimension("C")).isEmpty();
        assertThat(instrument.itemsOf("C")).isEmpty();
    }

    @Test
    void buildWhenCodesRepeatItemsAreOrphansAndDimensionsEmptyThenReportsEveryViolation() {
        ValidationException e = catchThrowableOfType(
                ValidationException.class,
                () -> Instrument.builder()
                        .code("bad code")
                        .name(en("x"))
                        .addDimensions(
                                Dimension.of("A", en("A")),
                                Dimension.of("A", en("A again")),
                                Dimension.of("C", en("C")))
                        .addItems(
                                Item.of("A1", "A", en("one"), false),
                                Item.of("A1", "A", en("two"), false),
                                Item.of("X1", "X", en("three"), false))
                        .scale(aScale(4))
                        .build());
        assertThat(codesAndPaths(e))
                .containsExactly(
                        "survey.code.malformed@code",
                        "survey.dimension.code-duplicate@dimensions[1].code",
                        "survey.item.code-duplicate@items[1].code",
                        "survey.item.dimension-unknown@items[2].dimension",
                        "survey.dimension.no-items@dimensions[2]");
    }

    @Test
    void buildWithoutDimensionsThenRefuses() {
        ValidationException e = catchThrowableOfType(
                ValidationException.class,
                () -> Instrument.builder()
                        .code("EMPTY")
                        .name(en("x"))
                        .scale(aScale(4))
                        .build());
        assertThat(codesAndPaths(e)).containsExactly("survey.instrument.dimensions-empty@dimensions");
    }

    @Test
    void buildWithTooManyItemsThenRefuses() {
        Instrument.Builder builder =
                Instrument.builder().code("BIG").name(en("x")).addDimensions(Dimension.of("A", en("A")));
        for (int i = 0; i <= Instrument.MAX_ITEMS; i++) {
            builder.addItems(Item.of("I" + i, "A", en("item"), false));
        }
        ValidationException e = catchThrowableOfType(
                ValidationException.class, () -> builder.scale(aScale(4)).build());
        assertThat(codesAndPaths(e)).containsExactly("survey.instrument.items-too-many@items");
    }

    @Test
    void missingRequiredAttributesAreNamed() {
        ValidationException e = catchThrowableOfType(
                ValidationException.class, () -> Instrument.builder().build());
        assertThat(codesAndPaths(e))
                .containsExactlyInAnyOrder(
                        "common.value.required@code", "common.value.required@name", "common.value.required@scale");
    }

    @Test
    void scaleWhenPointsOutOfRangeThenRefuses() {
        assertThat(codesAndPaths(catchThrowableOfType(ValidationException.class, () -> aScale(1))))
                .containsExactly("survey.scale.points-out-of-range@points");
        assertThat(codesAndPaths(catchThrowableOfType(ValidationException.class, () -> aScale(12))))
                .containsExactly("survey.scale.points-out-of-range@points");
        assertThat(aScale(2).points()).isEqualTo(2);
        assertThat(aScale(11).points()).isEqualTo(11);
    }

    @Test
    void scaleWhenLabelsAreMissingOrExtraThenNamesEachPoint() {
        ValidationException missing = catchThrowableOfType(
                ValidationException.class,
                () -> AnswerScale.builder()
                        .points(4)
                        .addLabels(en("one"), en("two"))
                        .build());
        assertThat(codesAndPaths(missing))
                .containsExactly("survey.scale.label-missing@labels[2]", "survey.scale.label-missing@labels[3]");
        assertThat(missing.violations().get(0).arguments()).containsExactly("3");
        ValidationException extra = catchThrowableOfType(
                ValidationException.class,
                () -> AnswerScale.builder()
                        .points(2)
                        .addLabels(en("one"), en("two"), en("three"))
                        .build());
        assertThat(codesAndPaths(extra)).containsExactly("survey.scale.labels-extra@labels");
    }

    @Test
    void scaleLabelsAndContainment() {
        AnswerScale scale = aScale(5);
        assertThat(scale.contains(0)).isFalse();
        assertThat(scale.contains(1)).isTrue();
        assertThat(scale.contains(5)).isTrue();
        assertThat(scale.contains(6)).isFalse();
        assertThat(scale.label(3).in(Language.EN)).isEqualTo("point 3");
        assertThat(catchThrowableOfType(IndexOutOfBoundsException.class, () -> scale.label(6)))
                .isNotNull();
    }

    @Test
    void dimensionAndItemCheckTheirOwnFields() {
        assertThat(codesAndPaths(catchThrowableOfType(ValidationException.class, () -> Dimension.of("-A", en("x")))))
                .containsExactly("survey.code.malformed@code");
        assertThat(codesAndPaths(catchThrowableOfType(
                        ValidationException.class, () -> Dimension.of("A", en("x".repeat(255))))))
                .containsExactly("common.text.too-long@name.en");
        assertThat(codesAndPaths(catchThrowableOfType(
                        ValidationException.class,
                        () -> Item.of("A".repeat(33), "a b", en("x".repeat(Item.TEXT_MAX_LENGTH + 1)), false))))
                .containsExactly(
                        "survey.code.malformed@code",
                        "survey.code.malformed@dimension",
                        "common.text.too-long@text.en");
        assertThat(Item.builder()
                        .code("A1")
                        .dimension("A")
                        .text(en("x"))
                        .build()
                        .reverseKeyed())
                .isFalse();
    }
}
