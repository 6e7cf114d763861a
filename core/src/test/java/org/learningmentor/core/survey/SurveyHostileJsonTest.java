package org.learningmentor.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.learningmentor.core.survey.SurveyFixtures.HAL;
import static org.learningmentor.core.survey.SurveyFixtures.HAL_HR;
import static org.learningmentor.core.survey.SurveyFixtures.SURVEY;
import static org.learningmentor.core.survey.SurveyFixtures.aSmallInstrument;
import static org.learningmentor.core.survey.SurveyFixtures.anOpenSurvey;
import static org.learningmentor.core.survey.SurveyFixtures.answers;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningmentor.core.JsonTesting;
import org.learningmentor.core.common.ValidationException;

/**
 * Hostile and broken documents for {@link Survey}, {@link SurveyResponse} and {@link Instrument}
 * under both Jackson lines: each must fail with a clear exception (a Jackson exception, carrying
 * our {@link ValidationException} where one of our rules refused) and never yield a half-built value.
 */
class SurveyHostileJsonTest {

    private static String aSurvey(JsonTesting json) {
        return json.write(anOpenSurvey(SURVEY, aSmallInstrument(), List.of(HAL)), Survey.class);
    }

    private static String aResponse(JsonTesting json) {
        return json.write(
                SurveyFixtures.aResponse(
                        anOpenSurvey(SURVEY, aSmallInstrument(), List.of(HAL)),
                        1,
                        HAL_HR,
                        answers("A1", 4, "A2", 2, "B1", 5)),
                SurveyResponse.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void theValidDocumentsRead(JsonTesting json) throws Exception {
        assertThat((Survey) json.read(aSurvey(json), Survey.class)).isNotNull();
        assertThat((SurveyResponse) json.read(aResponse(json), SurveyResponse.class))
                .satisfies(r -> assertThat(r.answers()).containsEntry("B1", 5));
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingWrongTypesThenFails(JsonTesting json) {
        String survey = aSurvey(json);
        assertJacksonException(json, readFailure(json, survey.replace("\"BASELINE\"", "[1]"), Survey.class));
        assertJacksonException(
                json, readFailure(json, survey.replace("\"points\":5", "\"points\":\"many\""), Survey.class));
        assertJacksonException(
                json, readFailure(json, survey.replace("\"audience\":[", "\"audience\":{\"x\":["), Survey.class));
        String response = aResponse(json);
        assertJacksonException(
                json, readFailure(json, response.replace("\"A1\":4", "\"A1\":\"four\""), SurveyResponse.class));
        assertJacksonException(
                json, readFailure(json, response.replace("\"answers\":{", "\"answers\":[{"), SurveyResponse.class));
        assertJacksonException(
                json, readFailure(json, response.replace("2026-03-03", "3.3.2026"), SurveyResponse.class));
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingUnknownOrNumberedEnumsThenRefusesWithOurCodes(JsonTesting json) {
        String survey = aSurvey(json);
        assertThat(codes(readFailure(json, survey.replace("\"BASELINE\"", "\"PILOT\""), Survey.class)))
                .contains("survey.purpose.unknown");
        assertThat(codes(readFailure(json, survey.replace("\"OPEN\"", "0"), Survey.class)))
                .contains("survey.status.unknown");
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingEmptyDocumentsThenNamesEveryMissingField(JsonTesting json) {
        assertThat(violations(readFailure(json, "{}", Survey.class)))
                .containsExactlyInAnyOrder(
                        "common.value.required@id",
                        "common.value.required@organizationId",
                        "common.value.required@programId",
                        "common.value.required@instrument",
                        "common.value.required@purpose",
                        "common.value.required@openedAt");
        assertThat(violations(readFailure(json, "{}", SurveyResponse.class)))
                .containsExactly(
                        "common.value.required@id",
                        "common.value.required@surveyId",
                        "common.value.required@organizationId",
                        "common.value.required@unitId",
                        "common.value.required@submittedOn",
                        "common.value.required@tokenDigest",
                        "common.value.required@answers");
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingAResponseThatBreaksItsRulesThenReportsEveryOne(JsonTesting json) {
        String response = aResponse(json)
                .replaceAll("\"tokenDigest\":\"[0-9a-f]+\"", "\"tokenDigest\":\"ABC\"")
                .replace("\"A1\":4", "\"A1\":12")
                .replace("\"A2\":2", "\"A2\":null")
                .replace("\"B1\":5", "\"B 1\":5");
        assertThat(violations(readFailure(json, response, SurveyResponse.class)))
                .containsExactly(
                        "survey.response.digest-malformed@tokenDigest",
                        "survey.answer.out-of-scale@answers[0]",
                        "survey.answer.out-of-scale@answers[1]",
                        "survey.code.malformed@answers[2]");
        String empty = aResponse(json).replaceAll("\"answers\":\\{[^}]*}", "\"answers\":{}");
        assertThat(violations(readFailure(json, empty, SurveyResponse.class)))
                .containsExactly("survey.response.answers-empty@answers");
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingASurveyWhoseInstrumentOrStateIsInconsistentThenReportsIt(JsonTesting json) {
        String survey = aSurvey(json);
        assertThat(codes(readFailure(json, survey.replace("\"dimension\":\"B\"", "\"dimension\":\"C\""), Survey.class)))
                .containsExactly("survey.item.dimension-unknown", "survey.dimension.no-items");
        assertThat(codes(readFailure(json, survey.replace("\"OPEN\"", "\"CLOSED\""), Survey.class)))
                .containsExactly("survey.closed-at.inconsistent");
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingATenMegabyteStringThenFailsWithoutStoringIt(JsonTesting json) {
        String huge = "a".repeat(10 * 1024 * 1024);
        Throwable survey = readFailure(json, aSurvey(json).replace("a one", huge), Survey.class);
        assertThat(codes(survey)).containsExactly("common.text.too-long");
        assertThat(survey.getMessage()).hasSizeLessThan(2_000);
        Throwable response = readFailure(
                json,
                aResponse(json).replaceAll("\"tokenDigest\":\"[0-9a-f]+\"", "\"tokenDigest\":\"" + huge + "\""),
                SurveyResponse.class);
        assertThat(codes(response)).containsExactly("survey.response.digest-malformed");
        assertThat(response.getMessage()).hasSizeLessThan(2_000);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingDeepNestingThenFailsInTheParser(JsonTesting json) {
        String arrays = "[".repeat(10_000) + "]".repeat(10_000);
        String objects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        for (String nested : new String[] {arrays, objects}) {
            String survey = aSurvey(json);
            Throwable thrown = readFailure(json, "{\"extra\":" + nested + "," + survey.substring(1), Survey.class);
            assertJacksonException(json, thrown);
            assertThat(thrown.getMessage()).containsIgnoringCase("nesting depth");
            String response = aResponse(json);
            assertJacksonException(
                    json, readFailure(json, response.replace("\"A1\":4", "\"A1\":" + nested), SurveyResponse.class));
        }
    }

    // --- helpers --------------------------------------------------------------------------------

    private static Throwable readFailure(JsonTesting json, String document, Type type) {
        Throwable thrown = catchThrowable(() -> json.read(document, type));
        assertThat(thrown).as("reading must fail, never yield a value").isNotNull();
        assertJacksonException(json, thrown);
        return thrown;
    }

    private static void assertJacksonException(JsonTesting json, Throwable thrown) {
        assertThat(thrown).isInstanceOf(json.exceptionType());
    }

    private static List<String> codes(Throwable thrown) {
        return validationCause(thrown)
                .orElseThrow(() -> new AssertionError("no ValidationException in", thrown))
                .codes();
    }

    private static List<String> violations(Throwable thrown) {
        return validationCause(thrown)
                .orElseThrow(() -> new AssertionError("no ValidationException in", thrown))
                .violations()
                .stream()
                .map(v -> v.code() + "@" + v.path())
                .toList();
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
