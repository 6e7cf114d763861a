package org.learningmentor.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.learningmentor.core.goal.GoalFixtures.GOAL_ID;
import static org.learningmentor.core.goal.GoalFixtures.NEWCOMER_ID;
import static org.learningmentor.core.goal.GoalFixtures.OTHER_ID;
import static org.learningmentor.core.goal.GoalFixtures.PEER_LEARNING_ID;
import static org.learningmentor.core.goal.GoalFixtures.TITLE;
import static org.learningmentor.core.goal.GoalFixtures.UNIT_ID;
import static org.learningmentor.core.goal.GoalFixtures.aMeasurement;
import static org.learningmentor.core.goal.GoalFixtures.aNewcomerIndicator;
import static org.learningmentor.core.goal.GoalFixtures.aPeerLearningIndicator;
import static org.learningmentor.core.goal.GoalFixtures.aProgramGoal;
import static org.learningmentor.core.goal.GoalFixtures.aWorkCommunityGoal;
import static org.learningmentor.core.goal.GoalFixtures.anIndicator;
import static org.learningmentor.core.goal.GoalFixtures.codesAndPaths;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.ValidationException;

class ProgramGoalTest {

    // --- structure --------------------------------------------------------------------------------

    @Test
    void aRealisticGoalKeepsItsAttributesAndFindsItsIndicators() {
        ProgramGoal goal = aProgramGoal();
        assertThat(goal.title().in(Language.SV)).isEqualTo("Lärande är en del av vardagen");
        assertThat(goal.level()).isEqualTo(GoalLevel.ORGANIZATION);
        assertThat(goal.unitId()).isEmpty();
        assertThat(goal.indicators()).extracting(Indicator::id).containsExactly(PEER_LEARNING_ID, NEWCOMER_ID);
        assertThat(goal.indicator(NEWCOMER_ID)).contains(aNewcomerIndicator());
        assertThat(goal.indicator(OTHER_ID)).isEmpty();
    }

    @Test
    void aWorkCommunityGoalNamesItsUnit() {
        assertThat(aWorkCommunityGoal().unitId()).contains(UNIT_ID);
        assertThat(aWorkCommunityGoal().indicators()).isEmpty();
    }

    @Test
    void buildWhenAWorkCommunityGoalNamesNoUnitThenRejects() {
        assertThatThrownBy(() -> ProgramGoal.builder()
                        .id(GOAL_ID)
                        .title(TITLE)
                        .level(GoalLevel.WORK_COMMUNITY)
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(codesAndPaths(e)).containsExactly("goal.unit.required@unitId"));
    }

    @ParameterizedTest
    @EnumSource(
            value = GoalLevel.class,
            names = {"ORGANIZATION", "INDIVIDUAL"})
    void buildWhenAGoalAtAnotherLevelNamesAUnitThenRejects(GoalLevel level) {
        assertThatThrownBy(() -> ProgramGoal.builder()
                        .id(GOAL_ID)
                        .title(TITLE)
                        .level(level)
                        .unitId(UNIT_ID)
                        .build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(codesAndPaths(e)).containsExactly("goal.unit.not-allowed@unitId");
                    assertThat(e.violations().get(0).arguments()).containsExactly(level.name());
                });
    }

    @Test
    void buildWhenTwoIndicatorsShareAnIdThenRejectsAtTheSecond() {
        assertThatThrownBy(() -> ProgramGoal.builder()
                        .id(GOAL_ID)
                        .title(TITLE)
                        .level(GoalLevel.ORGANIZATION)
                        .addIndicators(aPeerLearningIndicator(), aNewcomerIndicator(), aPeerLearningIndicator())
                        .build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(codesAndPaths(e)).containsExactly("goal.indicator.id-duplicate@indicators[2].id");
                    assertThat(e.violations().get(0).arguments()).containsExactly(PEER_LEARNING_ID.toString());
                });
    }

    @Test
    void buildWhenATitleTranslationIsLongerThanTheLimitThenRejects() {
        String tooLong = "x".repeat(LocalizedText.NAME_MAX_LENGTH + 1);
        assertThatThrownBy(() -> ProgramGoal.builder()
                        .id(GOAL_ID)
                        .title(TITLE.with(Language.EN, tooLong))
                        .level(GoalLevel.INDIVIDUAL)
                        .build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(codesAndPaths(e)).containsExactly("common.text.too-long@title.en");
                    assertThat(e.violations().get(0).arguments()).containsExactly("254", "255");
                });
        assertThat(ProgramGoal.builder()
                        .id(GOAL_ID)
                        .title(TITLE.with(Language.EN, "x".repeat(LocalizedText.NAME_MAX_LENGTH)))
                        .level(GoalLevel.INDIVIDUAL)
                        .build()
                        .title()
                        .in(Language.EN))
                .hasSize(LocalizedText.NAME_MAX_LENGTH);
    }

    @Test
    void buildWhenEverythingIsWrongThenReportsEveryViolationAtOnce() {
        assertThatThrownBy(() -> ProgramGoal.builder()
                        .id(GOAL_ID)
                        .title(LocalizedText.of(Language.FI, "t".repeat(300)))
                        .level(GoalLevel.WORK_COMMUNITY)
                        .addIndicators(aNewcomerIndicator(), aNewcomerIndicator())
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(codesAndPaths(e))
                                .containsExactly(
                                        "common.text.too-long@title.fi",
                                        "goal.unit.required@unitId",
                                        "goal.indicator.id-duplicate@indicators[1].id"));
    }

    @Test
    void buildWhenRequiredAttributesAreMissingThenNamesEachOne() {
        assertThatThrownBy(() -> ProgramGoal.builder().build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(codesAndPaths(e))
                                .containsExactlyInAnyOrder(
                                        "common.value.required@id",
                                        "common.value.required@title",
                                        "common.value.required@level"));
    }

    @Test
    void unitMessagesAreInEnglishFinnishAndSwedish() {
        ValidationException e = catchThrowableOfType(
                ValidationException.class,
                () -> ProgramGoal.builder()
                        .id(GOAL_ID)
                        .title(TITLE)
                        .level(GoalLevel.WORK_COMMUNITY)
                        .build());
        assertThat(e.violations().get(0).message(Locale.ENGLISH)).isEqualTo("a work-community goal must name its unit");
        assertThat(e.violations().get(0).message(Locale.forLanguageTag("fi")))
                .isEqualTo("työyhteisötason tavoitteelle on nimettävä työyhteisö");
        assertThat(e.violations().get(0).message(Locale.forLanguageTag("sv")))
                .isEqualTo("ett mål på arbetsgemenskapsnivå måste ange sin enhet");
    }

    // --- copies -----------------------------------------------------------------------------------

    @Test
    void withIndicatorWhenTheIdIsNewThenAppendsIt() {
        ProgramGoal original = aWorkCommunityGoal();
        ProgramGoal goal = original.withIndicator(aPeerLearningIndicator()).withIndicator(aNewcomerIndicator());
        assertThat(goal.indicators()).containsExactly(aPeerLearningIndicator(), aNewcomerIndicator());
        assertThat(original).isEqualTo(aWorkCommunityGoal());
    }

    @Test
    void withIndicatorWhenTheIdIsKnownThenReplacesItInPlace() {
        Indicator revised = Indicator.builder()
                .id(PEER_LEARNING_ID)
                .name(GoalFixtures.PEER_LEARNING_NAME)
                .unit(MeasureUnit.PERCENT)
                .baseline(GoalFixtures.dec("20"))
                .target(GoalFixtures.dec("60"))
                .direction(Direction.HIGHER_IS_BETTER)
                .build();
        ProgramGoal goal = aProgramGoal().withIndicator(revised);
        assertThat(goal.indicators()).containsExactly(revised, aNewcomerIndicator());
        assertThat(aProgramGoal().indicator(PEER_LEARNING_ID)).contains(aPeerLearningIndicator());
    }

    @Test
    void withoutIndicatorRemovesItOrReturnsTheSameGoalWhenAbsent() {
        ProgramGoal goal = aProgramGoal();
        assertThat(goal.withoutIndicator(PEER_LEARNING_ID).indicators()).containsExactly(aNewcomerIndicator());
        assertThat(goal.withoutIndicator(OTHER_ID)).isSameAs(goal);
        assertThat(goal).isEqualTo(aProgramGoal());
    }

    @Test
    void recordAddsTheMeasurementToThatIndicatorOnly() {
        ProgramGoal goal = aProgramGoal().record(NEWCOMER_ID, aMeasurement("2026-03-31", "39"));
        assertThat(goal.indicator(NEWCOMER_ID).orElseThrow().latest()).contains(aMeasurement("2026-03-31", "39"));
        assertThat(goal.indicator(NEWCOMER_ID).orElseThrow().isTargetMet()).isTrue();
        assertThat(goal.indicator(PEER_LEARNING_ID)).contains(aPeerLearningIndicator());
    }

    @Test
    void recordWhenTheIndicatorRefusesThenReportsThePathUnderTheGoal() {
        ProgramGoal goal = aProgramGoal();
        assertThatThrownBy(() -> goal.record(NEWCOMER_ID, aMeasurement("2025-12-31", "45")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(codesAndPaths(e))
                                .containsExactly(
                                        "goal.indicator.actual-not-after-previous@indicators[1].actuals[2].on"));
        assertThatThrownBy(() -> goal.record(PEER_LEARNING_ID, aMeasurement("2026-03-31", "101")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(codesAndPaths(e))
                                .containsExactly("goal.value.percent-out-of-range@indicators[0].actuals[2].value"));
        assertThat(goal).isEqualTo(aProgramGoal());
    }

    @Test
    void recordWhenTheGoalHasNoSuchIndicatorThenRefusesNamingBoth() {
        ProgramGoal goal = aProgramGoal();
        assertThatThrownBy(() -> goal.record(OTHER_ID, aMeasurement("2026-03-31", "1")))
                .isInstanceOfSatisfying(UnknownIndicatorException.class, e -> {
                    assertThat(e.codes()).containsExactly("goal.indicator.unknown");
                    assertThat(e.violations().get(0).path()).isEqualTo("indicators");
                    assertThat(e.getMessage())
                            .isEqualTo("Goal " + GOAL_ID + " cannot record a measurement: the goal has no indicator "
                                    + OTHER_ID);
                    assertThat(e.goalId()).isEqualTo(GOAL_ID);
                    assertThat(e.indicatorId()).isEqualTo(OTHER_ID);
                    assertThat(e.violations().get(0).message(Locale.forLanguageTag("fi")))
                            .isEqualTo("tavoitteella ei ole mittaria " + OTHER_ID);
                });
        assertThat(goal).isEqualTo(aProgramGoal());
    }

    @Test
    void unknownIndicatorExceptionSurvivesJavaSerialization() throws Exception {
        UnknownIndicatorException thrown = catchThrowableOfType(
                UnknownIndicatorException.class,
                () -> aProgramGoal().record(OTHER_ID, aMeasurement("2026-03-31", "1")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(thrown);
        }
        Object read;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            read = in.readObject();
        }
        assertThat(read).isInstanceOfSatisfying(UnknownIndicatorException.class, back -> {
            assertThat(back).hasMessage(thrown.getMessage());
            assertThat(back.goalId()).isEqualTo(GOAL_ID);
            assertThat(back.indicatorId()).isEqualTo(OTHER_ID);
            assertThat(back.violations()).isEqualTo(thrown.violations());
            assertThat(back.codes()).containsExactly("goal.indicator.unknown");
        });
    }

    @Test
    void unknownIndicatorExceptionIsThrownByTheGoalOnlyNeverBuiltByHosts() {
        assertThat(UnknownIndicatorException.class.getConstructors()).isEmpty();
    }

    @Test
    void copiesWhenAnArgumentIsNullThenThrowNullPointerNamingIt() {
        ProgramGoal goal = aProgramGoal();
        assertThatThrownBy(() -> goal.indicator(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("id");
        assertThatThrownBy(() -> goal.withIndicator(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("indicator");
        assertThatThrownBy(() -> goal.withoutIndicator(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("id");
        assertThatThrownBy(() -> goal.record(null, aMeasurement("2026-03-31", "1")))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("indicatorId");
        assertThatThrownBy(() -> goal.record(NEWCOMER_ID, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("measurement");
    }

    @Test
    void goalsWithNumericallyEqualIndicatorsAreEqual() {
        ProgramGoal a = aWorkCommunityGoal()
                .withIndicator(anIndicator(MeasureUnit.HOURS, "2.50", "4", Direction.HIGHER_IS_BETTER));
        ProgramGoal b = aWorkCommunityGoal()
                .withIndicator(anIndicator(MeasureUnit.HOURS, "2.5", "4.000", Direction.HIGHER_IS_BETTER));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    @Test
    void toStringShowsNoMeasurementNote() {
        assertThat(aProgramGoal().toString()).contains("Oppiminen on osa arkea").doesNotContain("vastaajaa");
    }
}
