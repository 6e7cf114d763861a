package org.learningmentor.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningmentor.core.goal.GoalFixtures.codesAndPaths;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningmentor.core.common.ValidationException;

class GoalEnumsTest {

    @ParameterizedTest
    @EnumSource(MeasureUnit.class)
    void measureUnitParseIsTheInverseOfName(MeasureUnit unit) {
        assertThat(MeasureUnit.parse(unit.name())).isSameAs(unit);
    }

    @ParameterizedTest
    @EnumSource(GoalLevel.class)
    void goalLevelParseIsTheInverseOfName(GoalLevel level) {
        assertThat(GoalLevel.parse(level.name())).isSameAs(level);
    }

    @ParameterizedTest
    @EnumSource(Direction.class)
    void directionParseIsTheInverseOfName(Direction direction) {
        assertThat(Direction.parse(direction.name())).isSameAs(direction);
    }

    @Test
    void parseWhenNameIsUnknownThenRejectsListingTheNames() {
        assertThatThrownBy(() -> MeasureUnit.parse("percent")).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(codesAndPaths(e)).containsExactly("goal.measure-unit.unknown@unit");
            assertThat(e.violations().get(0).arguments())
                    .containsExactly("percent", "[PERCENT, RATIO, COUNT, SCORE, HOURS, DAYS, EUR]");
            assertThat(e.violations().get(0).message(Locale.ENGLISH))
                    .isEqualTo("there is no unit \"percent\"; use one of "
                            + "[PERCENT, RATIO, COUNT, SCORE, HOURS, DAYS, EUR]");
            assertThat(e.violations().get(0).message(Locale.forLanguageTag("fi")))
                    .startsWith("yksikköä \"percent\" ei ole");
            assertThat(e.violations().get(0).message(Locale.forLanguageTag("sv")))
                    .startsWith("enheten \"percent\" finns inte");
        });
        assertThatThrownBy(() -> GoalLevel.parse("2")).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(codesAndPaths(e)).containsExactly("goal.level.unknown@level");
            assertThat(e.violations().get(0).message(Locale.ENGLISH))
                    .isEqualTo("there is no goal level \"2\"; use one of [ORGANIZATION, WORK_COMMUNITY, INDIVIDUAL]");
            assertThat(e.violations().get(0).message(Locale.forLanguageTag("fi")))
                    .isEqualTo("tavoitetasoa \"2\" ei ole; käytä jotakin näistä: "
                            + "[ORGANIZATION, WORK_COMMUNITY, INDIVIDUAL]");
            assertThat(e.violations().get(0).message(Locale.forLanguageTag("sv")))
                    .isEqualTo("målnivån \"2\" finns inte; använd någon av [ORGANIZATION, WORK_COMMUNITY, INDIVIDUAL]");
        });
        assertThatThrownBy(() -> Direction.parse("higher_is_better"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(codesAndPaths(e)).containsExactly("goal.direction.unknown@direction");
                    assertThat(e.violations().get(0).arguments())
                            .containsExactly("higher_is_better", "[HIGHER_IS_BETTER, LOWER_IS_BETTER]");
                    assertThat(e.violations().get(0).message(Locale.forLanguageTag("sv")))
                            .isEqualTo("riktningen \"higher_is_better\" finns inte; använd någon av "
                                    + "[HIGHER_IS_BETTER, LOWER_IS_BETTER]");
                });
        assertThatThrownBy(() -> Direction.parse(""))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(codesAndPaths(e)).containsExactly("goal.direction.unknown@direction"));
    }

    @Test
    void parseWhenNameIsHugeThenTheMessageQuotesOnlyItsStart() {
        assertThatThrownBy(() -> Direction.parse("x".repeat(1_000_000)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.getMessage()).hasSizeLessThan(300);
                    assertThat(e.violations().get(0).arguments().get(0)).isEqualTo("x".repeat(64) + "…");
                });
    }

    @Test
    void parseWhenNameIsNullThenThrowsNullPointerNamingIt() {
        assertThatThrownBy(() -> GoalLevel.parse(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("name");
        assertThatThrownBy(() -> Direction.parse(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("name");
        assertThatThrownBy(() -> MeasureUnit.parse(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("name");
    }
}
