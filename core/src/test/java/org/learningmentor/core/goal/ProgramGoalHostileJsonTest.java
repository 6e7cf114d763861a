package org.learningmentor.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningmentor.core.JsonTesting;
import org.learningmentor.core.common.ValidationException;

/**
 * Hostile and broken documents for {@link ProgramGoal} under both Jackson lines: each must fail
 * with a clear exception (a Jackson exception, carrying our {@link ValidationException} where one
 * of our rules refused) and never yield a half-built goal.
 */
class ProgramGoalHostileJsonTest {

    private static final String GOAL_HEAD = "{\"id\":\"8a1f0c2e-0000-4000-8000-000000000004\","
            + "\"title\":{\"fi\":\"Oppiminen on osa arkea\"},\"level\":\"ORGANIZATION\",";

    /** A goal with one indicator whose fields are the given JSON members. */
    private static String goalWithIndicator(String baseline, String target, String actuals) {
        return GOAL_HEAD + "\"indicators\":[{\"id\":\"8a1f0c2e-0000-4000-8000-000000000005\","
                + "\"name\":{\"fi\":\"Osuus\"},\"unit\":\"PERCENT\",\"baseline\":" + baseline + ",\"target\":"
                + target + ",\"direction\":\"HIGHER_IS_BETTER\",\"actuals\":" + actuals + "}]}";
    }

    private static final String VALID = goalWithIndicator("20", "50", "[{\"on\":\"2025-03-31\",\"value\":28}]");

    // --- sanity: the template itself is valid ---------------------------------------------------

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void theValidDocumentReads(JsonTesting json) throws Exception {
        ProgramGoal goal = json.read(VALID, ProgramGoal.class);
        assertThat(goal.indicators())
                .singleElement()
                .satisfies(i -> assertThat(i.progress()).isPresent());
    }

    // --- wrong types ----------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingWhenAStringStandsWhereANumberIsExpectedThenFailsNamingTheField(JsonTesting json) {
        Throwable thrown = readFailure(json, goalWithIndicator("\"twenty\"", "50", "[]"));
        assertJacksonException(json, thrown);
        assertThat(thrown.getMessage()).contains("twenty").contains("baseline");
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingWhenAnObjectOrBooleanStandsWhereANumberIsExpectedThenFails(JsonTesting json) {
        assertJacksonException(json, readFailure(json, goalWithIndicator("{\"v\":20}", "50", "[]")));
        assertJacksonException(json, readFailure(json, goalWithIndicator("20", "[50]", "[]")));
        assertJacksonException(
                json, readFailure(json, goalWithIndicator("20", "50", "[{\"on\":\"2025-03-31\",\"value\":true}]")));
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingWhenOtherFieldsHaveTheWrongTypeThenFails(JsonTesting json) {
        String withNumberTitle = VALID.replace("{\"fi\":\"Oppiminen on osa arkea\"}", "42");
        assertJacksonException(json, readFailure(json, withNumberTitle));
        String withObjectIndicators = GOAL_HEAD + "\"indicators\":{\"x\":1}}";
        assertJacksonException(json, readFailure(json, withObjectIndicators));
        String withBadDate = VALID.replace("2025-03-31", "31.3.2025");
        assertJacksonException(json, readFailure(json, withBadDate));
        String withBadId = VALID.replace("\"8a1f0c2e-0000-4000-8000-000000000004\"", "12345");
        assertJacksonException(json, readFailure(json, withBadId));
        String withUnknownLevel = VALID.replace("\"ORGANIZATION\"", "\"DEPARTMENT\"");
        assertThat(readFailure(json, withUnknownLevel)).hasMessageContaining("DEPARTMENT");
        String withUnknownUnit = VALID.replace("\"PERCENT\"", "\"PERCENTAGE\"");
        assertThat(validationCause(readFailure(json, withUnknownUnit)))
                .hasValueSatisfying(e ->
                        assertThat(GoalFixtures.codesAndPaths(e)).containsExactly("goal.measure-unit.unknown@unit"));
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingWhenANumberStandsWhereALevelUnitOrDirectionIsExpectedThenRefusesTheOrdinal(JsonTesting json) {
        assertThat(validationCause(readFailure(json, VALID.replace("\"ORGANIZATION\"", "1"))))
                .hasValueSatisfying(
                        e -> assertThat(GoalFixtures.codesAndPaths(e)).containsExactly("goal.level.unknown@level"));
        assertThat(validationCause(readFailure(json, VALID.replace("\"PERCENT\"", "0"))))
                .hasValueSatisfying(e ->
                        assertThat(GoalFixtures.codesAndPaths(e)).containsExactly("goal.measure-unit.unknown@unit"));
        assertThat(validationCause(readFailure(json, VALID.replace("\"HIGHER_IS_BETTER\"", "1"))))
                .hasValueSatisfying(e ->
                        assertThat(GoalFixtures.codesAndPaths(e)).containsExactly("goal.direction.unknown@direction"));
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingANumberWrittenAsAStringIsLeftToTheMappersCoercionSettings(JsonTesting json) throws Exception {
        // Jackson's default coerces "20" to the number 20 (exactly); core carries annotations only,
        // so refusing it is the host's choice: MapperFeature.ALLOW_COERCION_OF_SCALARS, disabled below.
        String quoted = goalWithIndicator("\"20\"", "50", "[]");
        assertThat(((ProgramGoal) json.read(quoted, ProgramGoal.class))
                        .indicators()
                        .get(0)
                        .baseline())
                .isEqualTo(BigDecimal.valueOf(20));
        Throwable strict = catchThrowable(() -> {
            if (json == JsonTesting.JACKSON_2) {
                com.fasterxml.jackson.databind.json.JsonMapper.builder()
                        .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
                        .build()
                        .readValue(quoted, ProgramGoal.class);
            } else {
                tools.jackson.databind.json.JsonMapper.builder()
                        .disable(tools.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
                        .build()
                        .readValue(quoted, ProgramGoal.class);
            }
        });
        assertJacksonException(json, strict);
        assertThat(strict.getMessage()).contains("baseline");
    }

    // --- missing and null fields ---------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingWhenRequiredFieldsAreMissingThenNamesEachOne(JsonTesting json) {
        Throwable thrown = readFailure(json, "{}");
        assertJacksonException(json, thrown);
        assertThat(validationCause(thrown))
                .hasValueSatisfying(e -> assertThat(e.violations())
                        .extracting(v -> v.code() + "@" + v.path())
                        .containsExactlyInAnyOrder(
                                "common.value.required@id",
                                "common.value.required@title",
                                "common.value.required@level"));
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingWhenAnIndicatorLacksItsTargetThenNamesItAndWhere(JsonTesting json) {
        String withoutTarget = VALID.replace("\"target\":50,", "");
        Throwable thrown = readFailure(json, withoutTarget);
        assertJacksonException(json, thrown);
        assertThat(validationCause(thrown))
                .hasValueSatisfying(e -> assertThat(e.codes()).containsExactly("common.value.required"));
        assertThat(validationCause(thrown).orElseThrow().violations().get(0).path())
                .isEqualTo("target");
        assertThat(thrown.getMessage()).contains("indicators");
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingWhenARequiredFieldIsNullThenTreatsItAsMissing(JsonTesting json) {
        String withNullId = VALID.replace("\"8a1f0c2e-0000-4000-8000-000000000004\"", "null");
        assertThat(validationCause(readFailure(json, withNullId)))
                .hasValueSatisfying(e -> assertThat(e.codes()).containsExactly("common.value.required"));
        String withNullInList = GOAL_HEAD + "\"indicators\":[null]}";
        assertJacksonException(json, readFailure(json, withNullInList));
    }

    // --- our rules --------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingAnImpossibleIndicatorThenFailsWithEveryViolationAndItsLocation(JsonTesting json) {
        String impossible = goalWithIndicator(
                "120", "110", "[{\"on\":\"2025-03-31\",\"value\":28},{\"on\":\"2025-03-31\",\"value\":-1}]");
        Throwable thrown = readFailure(json, impossible);
        assertJacksonException(json, thrown);
        assertThat(thrown.getMessage()).contains("indicators");
        assertThat(validationCause(thrown))
                .hasValueSatisfying(e -> assertThat(GoalFixtures.codesAndPaths(e))
                        .containsExactly(
                                "goal.value.percent-out-of-range@baseline",
                                "goal.value.percent-out-of-range@target",
                                "goal.indicator.target-below-baseline@target",
                                "goal.value.percent-out-of-range@actuals[1].value",
                                "goal.indicator.actual-not-after-previous@actuals[1].on"));
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingAWorkCommunityGoalWithoutUnitThenFailsWithTheGoalsRule(JsonTesting json) {
        String noUnit = VALID.replace("\"ORGANIZATION\"", "\"WORK_COMMUNITY\"");
        assertThat(validationCause(readFailure(json, noUnit)))
                .hasValueSatisfying(
                        e -> assertThat(GoalFixtures.codesAndPaths(e)).containsExactly("goal.unit.required@unitId"));
    }

    // --- sizes and depth ------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingATenMegabyteTitleThenFailsWithoutStoringIt(JsonTesting json) {
        String huge = "a".repeat(10 * 1024 * 1024);
        Throwable thrown = readFailure(json, VALID.replace("Oppiminen on osa arkea", huge));
        assertJacksonException(json, thrown);
        assertThat(validationCause(thrown))
                .hasValueSatisfying(e -> assertThat(e.codes()).containsExactly("common.text.too-long"));
        assertThat(thrown.getMessage()).hasSizeLessThan(2_000);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingANumberWithTenThousandDigitsThenFailsInTheParser(JsonTesting json) {
        String digits = "1" + "0".repeat(9_999);
        Throwable thrown = readFailure(json, goalWithIndicator("20", digits, "[]"));
        assertJacksonException(json, thrown);
        assertThat(thrown.getMessage()).contains("Number value length").contains("10000");
        assertThat(validationCause(thrown)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingANumberTooLargeForAnIndicatorThenFailsWithOurRule(JsonTesting json) {
        String digits = "1" + "0".repeat(899);
        assertThat(validationCause(readFailure(json, goalWithIndicator("20", digits, "[]"))))
                .hasValueSatisfying(e -> assertThat(GoalFixtures.codesAndPaths(e))
                        .containsExactly("goal.value.too-large@target", "goal.value.percent-out-of-range@target"));
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingAHugeExponentThenFailsQuicklyWithOurRule(JsonTesting json) {
        Throwable thrown = assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> readFailure(
                        json, goalWithIndicator("20", "50", "[{\"on\":\"2025-03-31\",\"value\":1e999999999}]")));
        assertThat(validationCause(thrown))
                .hasValueSatisfying(
                        e -> assertThat(GoalFixtures.codesAndPaths(e)).containsExactly("goal.value.too-large@value"));
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingTenThousandNestedArraysWhereATitleBelongsThenFailsAtTheFirstWrongToken(JsonTesting json) {
        String nested = "[".repeat(10_000) + "]".repeat(10_000);
        Throwable thrown = readFailure(json, VALID.replace("{\"fi\":\"Oppiminen on osa arkea\"}", nested));
        assertJacksonException(json, thrown);
        assertThat(thrown.getMessage()).contains("title");
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingTenThousandNestedArraysInAnUnknownFieldThenFailsInTheParser(JsonTesting json) {
        String nested = "[".repeat(10_000) + "]".repeat(10_000);
        Throwable thrown = readFailure(json, GOAL_HEAD + "\"extra\":" + nested + "}");
        assertJacksonException(json, thrown);
        assertThat(thrown.getMessage()).containsIgnoringCase("nesting depth");
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingTenThousandNestedObjectsInAnUnknownFieldThenFailsInTheParser(JsonTesting json) {
        String nested = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        Throwable thrown = readFailure(json, GOAL_HEAD + "\"extra\":" + nested + "}");
        assertJacksonException(json, thrown);
        assertThat(thrown.getMessage()).containsIgnoringCase("nesting depth");
    }

    // --- helpers --------------------------------------------------------------------------------

    private static Throwable readFailure(JsonTesting json, String document) {
        Throwable thrown = catchThrowable(() -> json.read(document, ProgramGoal.class));
        assertThat(thrown).as("reading must fail, never yield a goal").isNotNull();
        return thrown;
    }

    private static void assertJacksonException(JsonTesting json, Throwable thrown) {
        assertThat(thrown).isInstanceOf(json.exceptionType());
    }

    private static Optional<ValidationException> validationCause(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ValidationException e) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
