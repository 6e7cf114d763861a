package org.learningmentor.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningmentor.core.goal.GoalFixtures.aMeasurement;
import static org.learningmentor.core.goal.GoalFixtures.aNewcomerIndicator;
import static org.learningmentor.core.goal.GoalFixtures.aPeerLearningIndicator;
import static org.learningmentor.core.goal.GoalFixtures.aProgramGoal;
import static org.learningmentor.core.goal.GoalFixtures.aWorkCommunityGoal;
import static org.learningmentor.core.goal.GoalFixtures.anIndicator;
import static org.learningmentor.core.goal.GoalFixtures.dec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningmentor.core.JsonTesting;

class GoalJsonTest {

    private static final ObjectMapper TREES = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void programGoalMatchesItsGoldenFile(JsonTesting json) {
        json.assertGolden("goal-program-goal", aProgramGoal(), ProgramGoal.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void workCommunityGoalWithoutIndicatorsMatchesItsGoldenFile(JsonTesting json) {
        json.assertGolden("goal-program-goal-work-community", aWorkCommunityGoal(), ProgramGoal.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void indicatorMatchesItsGoldenFile(JsonTesting json) {
        json.assertGolden("goal-indicator", aNewcomerIndicator(), Indicator.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void measurementMatchesItsGoldenFile(JsonTesting json) {
        json.assertGolden("goal-measurement", aPeerLearningIndicator().actuals().get(1), Measurement.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void measureUnitsAreWrittenByName(JsonTesting json) {
        json.assertGolden("goal-measure-unit", MeasureUnit.values(), MeasureUnit[].class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void levelsAndDirectionsAreWrittenByName(JsonTesting json) {
        json.assertGolden("goal-goal-level", GoalLevel.values(), GoalLevel[].class);
        json.assertGolden("goal-direction", Direction.values(), Direction[].class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void numbersAreWrittenAsJsonNumbers(JsonTesting json) throws Exception {
        JsonNode indicator = TREES.readTree(json.write(aPeerLearningIndicator(), Indicator.class));
        assertThat(indicator.get("baseline").isNumber()).isTrue();
        assertThat(indicator.get("target").isNumber()).isTrue();
        assertThat(indicator.get("actuals").get(1).get("value").isNumber()).isTrue();
        // key order is not part of the contract: a number may be followed by "," or "}"
        assertThat(json.write(aPeerLearningIndicator(), Indicator.class))
                .containsPattern("\"baseline\":20[,}]")
                .containsPattern("\"target\":50[,}]")
                .containsPattern("\"value\":34\\.5[,}]");
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void decimalsAtTheLimitsRoundTripExactly(JsonTesting json) throws Exception {
        Indicator indicator = anIndicator(
                MeasureUnit.SCORE,
                "-999999999999999.9999999999",
                "999999999999999.9999999999",
                Direction.HIGHER_IS_BETTER,
                aMeasurement("2025-01-31", "0.0000000001"),
                aMeasurement("2025-02-28", "0.1"),
                aMeasurement("2025-03-31", "123456789.123456789"));
        String written = json.assertRoundTrip(indicator, Indicator.class);
        Indicator back = json.read(written, Indicator.class);
        assertThat(back.baseline()).isEqualTo(dec("-999999999999999.9999999999"));
        assertThat(back.baseline().scale()).isEqualTo(10);
        assertThat(back.actuals())
                .extracting(Measurement::value)
                .containsExactly(dec("1E-10"), dec("0.1"), dec("123456789.123456789"));
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingNumericallyEqualNumbersGivesEqualValuesAndCanonicalJson(JsonTesting json) throws Exception {
        String spelled = "{\"on\":\"2025-09-30\",\"value\":34.50}";
        String exponent = "{\"on\":\"2025-09-30\",\"value\":3.45E+1}";
        Measurement fromSpelled = json.read(spelled, Measurement.class);
        Measurement fromExponent = json.read(exponent, Measurement.class);
        assertThat(fromSpelled).isEqualTo(fromExponent).isEqualTo(aMeasurement("2025-09-30", "34.5"));
        assertThat(TREES.readTree(json.write(fromExponent, Measurement.class)))
                .isEqualTo(TREES.readTree("{\"on\":\"2025-09-30\",\"value\":34.5,\"note\":null}"));
        Indicator indicator = json.read(
                "{\"id\":\"8a1f0c2e-0000-4000-8000-000000000007\",\"name\":{\"fi\":\"Mittari\"},\"unit\":\"PERCENT\","
                        + "\"baseline\":20.000,\"target\":5E+1,\"direction\":\"HIGHER_IS_BETTER\"}",
                Indicator.class);
        assertThat(indicator.baseline()).isEqualTo(BigDecimal.valueOf(20));
        assertThat(indicator.target()).isEqualTo(BigDecimal.valueOf(50));
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void absentOptionalFieldsAreWrittenAsNullLikeTheRestOfTheModel(JsonTesting json) throws Exception {
        JsonNode goal = TREES.readTree(json.write(aWorkCommunityGoal(), ProgramGoal.class));
        assertThat(goal.has("description")).isTrue();
        assertThat(goal.get("description").isNull()).isTrue();
        JsonNode organizationGoal = TREES.readTree(json.write(aProgramGoal(), ProgramGoal.class));
        assertThat(organizationGoal.get("unitId").isNull()).isTrue();
        JsonNode measurement = TREES.readTree(json.write(aMeasurement("2025-06-30", "55"), Measurement.class));
        assertThat(measurement.has("note")).isTrue();
        assertThat(measurement.get("note").isNull()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void absentOptionalFieldsReadBackFromNullOrFromAMissingField(JsonTesting json) throws Exception {
        String head = "{\"id\":\"8a1f0c2e-0000-4000-8000-000000000004\",\"title\":{\"en\":\"Goal\"},"
                + "\"level\":\"INDIVIDUAL\"";
        ProgramGoal withNulls = json.read(head + ",\"description\":null,\"unitId\":null}", ProgramGoal.class);
        ProgramGoal without = json.read(head + "}", ProgramGoal.class);
        assertThat(withNulls).isEqualTo(without);
        assertThat(withNulls.description()).isEmpty();
        assertThat(withNulls.unitId()).isEmpty();
        Measurement noteNull = json.read("{\"on\":\"2025-06-30\",\"value\":55,\"note\":null}", Measurement.class);
        assertThat(noteNull).isEqualTo(aMeasurement("2025-06-30", "55"));
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingADocumentWithUnknownFieldsToleratesThem(JsonTesting json) throws Exception {
        String withExtras = "{\"id\":\"8a1f0c2e-0000-4000-8000-000000000004\",\"title\":{\"en\":\"Goal\"},"
                + "\"level\":\"INDIVIDUAL\",\"addedInVersion2\":{\"x\":[1,2]},\"indicators\":[{"
                + "\"id\":\"8a1f0c2e-0000-4000-8000-000000000007\",\"name\":{\"fi\":\"Mittari\"},\"unit\":\"COUNT\","
                + "\"baseline\":1,\"target\":3,\"direction\":\"HIGHER_IS_BETTER\",\"weight\":2,"
                + "\"actuals\":[{\"on\":\"2025-01-31\",\"value\":2,\"source\":\"survey\"}]}]}";
        ProgramGoal goal = json.read(withExtras, ProgramGoal.class);
        assertThat(goal.indicators())
                .singleElement()
                .satisfies(i -> assertThat(i.latest()).contains(aMeasurement("2025-01-31", "2")));
    }
}
