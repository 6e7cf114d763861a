package org.learningmentor.core.pair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningmentor.core.JsonTesting;
import org.learningmentor.core.common.ValidationException;

/**
 * Hostile and broken documents for {@link MentoringPair} under both Jackson lines: each must fail
 * with a clear exception (a Jackson exception, carrying our {@link ValidationException} where one of
 * our rules refused) and never yield a half-built pair.
 */
class MentoringPairHostileJsonTest {

    private static final String HEAD = "{\"id\":\"5c3d0e2f-0000-4000-8000-000000001001\","
            + "\"organizationId\":\"5c3d0e2f-0000-4000-8000-0000000000a1\","
            + "\"programId\":\"5c3d0e2f-0000-4000-8000-0000000000d1\",\"kind\":\"MENTOR_PAIR\","
            + "\"first\":\"5c3d0e2f-0000-4000-8000-000000000101\","
            + "\"second\":\"5c3d0e2f-0000-4000-8000-000000000102\",";

    private static final String PROPOSED = "{\"actor\":\"5c3d0e2f-0000-4000-8000-000000000101\","
            + "\"at\":\"2026-06-01T07:00:00Z\",\"status\":\"PROPOSED\"}";

    private static final String ENDED_WITH_NOTE = "{\"actor\":\"5c3d0e2f-0000-4000-8000-000000000101\","
            + "\"at\":\"2026-06-01T09:00:00Z\",\"status\":\"ENDED\",\"reason\":\"OTHER\",\"note\":\"NOTE\"}";

    private static final String ACTIVE = "{\"actor\":\"5c3d0e2f-0000-4000-8000-000000000102\","
            + "\"at\":\"2026-06-01T08:00:00Z\",\"status\":\"ACTIVE\"}";

    private static final String VALID = HEAD + "\"status\":\"PROPOSED\",\"history\":[" + PROPOSED + "],\"version\":2}";

    private static String ended(String note) {
        return HEAD + "\"status\":\"ENDED\",\"history\":[" + PROPOSED + "," + ACTIVE + ","
                + ENDED_WITH_NOTE.replace("NOTE", note) + "]}";
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void theValidDocumentsReadAndUnknownFieldsAreIgnored(JsonTesting json) throws Exception {
        MentoringPair pair =
                json.read(VALID.replace("{\"id\"", "{\"later\":{\"x\":[1,2]},\"id\""), MentoringPair.class);
        assertThat(pair.status()).isEqualTo(PairStatus.PROPOSED);
        assertThat(pair.version()).isEqualTo(2);
        MentoringPair ended = json.read(ended("Yksikkö lakkautettiin"), MentoringPair.class);
        assertThat(ended.endReason()).contains(PairEndReason.OTHER);
    }

    // ---------------------------------------------------------------- wrong types

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingWhenAnEnumIsANumberOrAnUnknownNameThenRefusesIt(JsonTesting json) {
        assertThat(codes(readFailure(
                        json, VALID.replace("\"status\":\"PROPOSED\",\"history\"", "\"status\":1,\"history\""))))
                .containsExactly("pair.status.unknown@status");
        assertThat(codes(readFailure(json, VALID.replace("\"MENTOR_PAIR\"", "\"MENTORING\""))))
                .containsExactly("pair.kind.unknown@kind");
        assertThat(codes(readFailure(json, ended("x").replace("\"OTHER\"", "\"FIRED\""))))
                .containsExactly("pair.end-reason.unknown@reason");
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingWhenFieldsHaveTheWrongTypeThenFails(JsonTesting json) {
        assertJacksonException(
                json, readFailure(json, VALID.replace("\"5c3d0e2f-0000-4000-8000-000000001001\"", "12")));
        assertJacksonException(json, readFailure(json, VALID.replace("[" + PROPOSED + "]", "{\"a\":1}")));
        assertJacksonException(json, readFailure(json, VALID.replace("\"version\":2", "\"version\":\"two\"")));
        assertJacksonException(json, readFailure(json, VALID.replace("2026-06-01T07:00:00Z", "1.6.2026 klo 10")));
        assertJacksonException(json, readFailure(json, VALID.replace("[" + PROPOSED + "]", "[\"PROPOSED\"]")));
        assertJacksonException(json, readFailure(json, "[]"));
        assertJacksonException(json, readFailure(json, "\"pair\""));
    }

    // ---------------------------------------------------------------- missing and null

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingWhenRequiredFieldsAreMissingThenNamesEachOne(JsonTesting json) {
        Throwable thrown = readFailure(json, "{}");
        assertJacksonException(json, thrown);
        assertThat(codes(thrown))
                .containsExactlyInAnyOrder(
                        "common.value.required@id",
                        "common.value.required@organizationId",
                        "common.value.required@programId",
                        "common.value.required@kind",
                        "common.value.required@first",
                        "common.value.required@second",
                        "common.value.required@status");
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingWhenARequiredFieldIsNullOrTheHistoryEmptyThenFails(JsonTesting json) {
        assertThat(codes(readFailure(json, VALID.replace("\"MENTOR_PAIR\"", "null"))))
                .containsExactly("common.value.required@kind");
        assertThat(codes(readFailure(json, VALID.replace("[" + PROPOSED + "]", "[]"))))
                .containsExactly("pair.history.empty@history");
        assertJacksonException(json, readFailure(json, VALID.replace("[" + PROPOSED + "]", "[null]")));
    }

    // ---------------------------------------------------------------- our rules

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingAnImpossiblePairThenFailsWithEveryViolation(JsonTesting json) {
        String impossible = HEAD.replace("000000000102", "000000000101") + "\"status\":\"ACTIVE\",\"history\":["
                + PROPOSED + "," + PROPOSED + "],\"version\":-1}";
        assertThat(codes(readFailure(json, impossible)))
                .containsExactly(
                        "pair.person.self@second",
                        "pair.history.transition-invalid@history[1].status",
                        "pair.history.status-mismatch@status",
                        "pair.version.negative@version");
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingAnEndWithoutReasonThenFailsWithTheEntrysRule(JsonTesting json) {
        Throwable thrown = readFailure(json, ended("x").replace(",\"reason\":\"OTHER\"", ""));
        assertThat(codes(thrown)).containsExactly("pair.history.reason-mismatch@reason");
        assertThat(thrown.getMessage()).contains("history");
    }

    // ---------------------------------------------------------------- sizes and depth

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingATenMegabyteNoteThenFailsWithoutStoringOrRepeatingIt(JsonTesting json) {
        Throwable thrown = readFailure(json, ended("a".repeat(10 * 1024 * 1024)));
        assertJacksonException(json, thrown);
        assertThat(codes(thrown)).containsExactly("common.text.too-long@note");
        assertThat(thrown.getMessage()).hasSizeLessThan(2_000);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingATenMegabyteKindThenRefusesItQuotingOnlyItsStart(JsonTesting json) {
        Throwable thrown =
                readFailure(json, VALID.replace("\"MENTOR_PAIR\"", "\"" + "K".repeat(10 * 1024 * 1024) + "\""));
        assertThat(codes(thrown)).containsExactly("pair.kind.unknown@kind");
        assertThat(thrown.getMessage()).hasSizeLessThan(2_000);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingTenThousandNestedArraysWhereTheHistoryBelongsThenFails(JsonTesting json) {
        String nested = "[".repeat(10_000) + "]".repeat(10_000);
        Throwable thrown = readFailure(json, VALID.replace("[" + PROPOSED + "]", nested));
        assertJacksonException(json, thrown);
        assertThat(thrown.getMessage()).contains("history");
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingTenThousandNestedObjectsOrArraysInAnUnknownFieldThenFailsInTheParser(JsonTesting json) {
        for (String nested :
                List.of("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000), "[".repeat(10_000) + "]".repeat(10_000))) {
            Throwable thrown = readFailure(json, HEAD + "\"extra\":" + nested + ",\"status\":\"PROPOSED\"}");
            assertJacksonException(json, thrown);
            assertThat(thrown.getMessage()).containsIgnoringCase("nesting depth");
        }
    }

    // ---------------------------------------------------------------- helpers

    private static Throwable readFailure(JsonTesting json, String document) {
        Throwable thrown = catchThrowable(() -> json.read(document, MentoringPair.class));
        assertThat(thrown).as("reading must fail, never yield a pair").isNotNull();
        return thrown;
    }

    private static void assertJacksonException(JsonTesting json, Throwable thrown) {
        assertThat(thrown).isInstanceOf(json.exceptionType());
    }

    /** The codes and paths of our ValidationException in the cause chain; fails when there is none. */
    private static List<String> codes(Throwable thrown) {
        Optional<ValidationException> cause = Optional.empty();
        for (Throwable t = thrown; t != null && cause.isEmpty(); t = t.getCause()) {
            if (t instanceof ValidationException e) {
                cause = Optional.of(e);
            }
        }
        assertThat(cause)
                .as("our ValidationException in the cause chain of %s", thrown)
                .isPresent();
        return cause.get().violations().stream().map(PairFixtures::codeAndPath).toList();
    }
}
