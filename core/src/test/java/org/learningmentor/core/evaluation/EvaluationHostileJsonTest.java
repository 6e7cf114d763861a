package org.learningmentor.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningmentor.core.JsonTesting;
import org.learningmentor.core.common.ValidationException;

/**
 * Hostile and broken rule sets and facts under both Jackson lines: each must fail with a clear
 * exception (a Jackson exception, carrying our {@link ValidationException} where one of our rules
 * refused) and never yield a half-built value.
 */
class EvaluationHostileJsonTest {

    private static final String RULE =
            "{\"type\":\"threshold\",\"id\":\"attendance\",\"level\":\"REACTION\",\"severity\":\"WARNING\","
                    + "\"title\":{\"en\":\"Attendance\"},\"metric\":\"ATTENDANCE_RATE\",\"threshold\":0.8}";

    private static String ruleSet(String rules) {
        return "{\"id\":\"mine\",\"name\":{\"en\":\"Mine\"},\"rules\":[" + rules + "]}";
    }

    private static final String VALID = ruleSet(RULE);

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void theValidDocumentReads(JsonTesting json) throws Exception {
        RuleSet read = json.read(VALID, RuleSet.class);
        assertThat(read.rules()).singleElement().isInstanceOf(ThresholdRule.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void anUnknownRuleTypeNamesTheType(JsonTesting json) {
        Throwable thrown = readFailure(json, ruleSet(RULE.replace("\"threshold\",\"id\"", "\"acme.unknown\",\"id\"")));
        assertJacksonException(json, thrown);
        assertThat(thrown.getMessage()).contains("'acme.unknown'").contains("EvaluationRule");
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void wrongTypesFail(JsonTesting json) {
        assertJacksonException(json, readFailure(json, ruleSet(RULE.replace("0.8}", "\"high\"}"))));
        assertJacksonException(json, readFailure(json, ruleSet(RULE.replace("{\"en\":\"Attendance\"}", "42"))));
        assertJacksonException(json, readFailure(json, "{\"id\":\"mine\",\"name\":{\"en\":\"Mine\"},\"rules\":{}}"));
        assertJacksonException(json, readFailure(json, ruleSet("42")));
        assertJacksonException(json, readFailure(json, ruleSet("null")));
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void unknownOrNumericEnumNamesAreRefusedWithOurCodes(JsonTesting json) {
        assertThat(codes(readFailure(json, ruleSet(RULE.replace("\"ATTENDANCE_RATE\"", "\"HAPPINESS\"")))))
                .containsExactly("evaluation.metric.unknown@metric");
        assertThat(codes(readFailure(json, ruleSet(RULE.replace("\"REACTION\"", "1")))))
                .containsExactly("evaluation.level.unknown@level");
        assertThat(codes(readFailure(json, ruleSet(RULE.replace("\"WARNING\"", "\"FATAL\"")))))
                .containsExactly("evaluation.severity.unknown@severity");
        assertThat(codes(
                        readFailure(json, ruleSet(RULE.replace("\"metric\"", "\"comparison\":\"EQUALS\",\"metric\"")))))
                .containsExactly("evaluation.comparison.unknown@comparison");
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void missingFieldsAreNamed(JsonTesting json) {
        assertThat(codes(readFailure(json, ruleSet("{\"type\":\"threshold\"}"))))
                .contains(
                        "common.value.required@id", "common.value.required@metric", "common.value.required@threshold");
        assertThat(codes(readFailure(json, "{}")))
                .containsExactlyInAnyOrder("common.value.required@id", "common.value.required@name");
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void ourRulesRefuseBadThresholdsAndDuplicateIds(JsonTesting json) {
        assertThat(codes(readFailure(json, ruleSet(RULE.replace("0.8}", "80}")))))
                .containsExactly("evaluation.rule.threshold-out-of-range@threshold");
        assertThat(codes(readFailure(json, ruleSet(RULE + "," + RULE))))
                .containsExactly("evaluation.rule.id-duplicate@rules[1].id");
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void aHugeExponentFailsQuicklyWithOurRule(JsonTesting json) {
        Throwable thrown = assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> readFailure(json, ruleSet(RULE.replace("0.8}", "1e999999999}"))));
        assertThat(codes(thrown)).containsExactly("evaluation.number.too-large@threshold");
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void aTenMegabyteTitleOrIdFailsWithoutStoringIt(JsonTesting json) {
        String huge = "a".repeat(10 * 1024 * 1024);
        Throwable title = readFailure(json, ruleSet(RULE.replace("\"Attendance\"", "\"" + huge + "\"")));
        assertJacksonException(json, title);
        assertThat(codes(title)).containsExactly("common.text.too-long@en");
        assertThat(title.getMessage()).hasSizeLessThan(2_000);
        Throwable id = readFailure(json, ruleSet(RULE.replace("\"attendance\"", "\"" + huge + "\"")));
        assertThat(codes(id)).containsExactly("common.text.too-long@id");
        assertThat(id.getMessage()).hasSizeLessThan(2_000);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void deepNestingFailsInTheParser(JsonTesting json) {
        String arrays = "[".repeat(10_000) + "]".repeat(10_000);
        Throwable inRules = readFailure(json, "{\"id\":\"mine\",\"name\":{\"en\":\"Mine\"},\"rules\":" + arrays + "}");
        assertJacksonException(json, inRules);
        String objects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        Throwable unknown = readFailure(json, "{\"id\":\"mine\",\"extra\":" + objects + "}");
        assertJacksonException(json, unknown);
        assertThat(unknown.getMessage()).containsIgnoringCase("nesting depth");
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void hostileFactsAreRefusedWithEveryViolation(JsonTesting json) {
        String facts = "{\"organizationId\":\"5c3e0a1d-0000-4000-8000-0000000000a1\","
                + "\"programId\":\"5c3e0a1d-0000-4000-8000-0000000000d1\",\"evaluationDate\":\"2026-12-01\","
                + "\"anonymityThreshold\":1,\"costs\":-5,\"plannedMentors\":-1,"
                + "\"scores\":[{\"purpose\":\"BASELINE\",\"dimension\":\"x\",\"mean\":3,\"suppressed\":\"COMPLEMENTARY\"}]}";
        Throwable thrown = catchThrowable(() -> json.read(facts, EvaluationFacts.class));
        assertJacksonException(json, thrown);
        assertThat(codes(thrown)).containsExactly("evaluation.score.figures-when-suppressed@suppressed");
        String withoutScores = facts.replaceAll(",\"scores\".*}$", "}");
        assertThat(codes(catchThrowable(() -> json.read(withoutScores, EvaluationFacts.class))))
                .containsExactly(
                        "evaluation.facts.count-negative@plannedMentors",
                        "evaluation.facts.anonymity-threshold-too-low@anonymityThreshold",
                        "evaluation.facts.amount-negative@costs");
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void aStoredEvaluationWithFindingsThatDoNotFollowItsRulesIsRefused(JsonTesting json) {
        Evaluation evaluation = EvaluatorTest.aCompleteEvaluation();
        String document =
                json.write(evaluation, Evaluation.class).replace("\"ruleId\":\"attendance\"", "\"ruleId\":\"other\"");
        assertThat(codes(catchThrowable(() -> json.read(document, Evaluation.class))))
                .containsExactly("evaluation.findings.mismatch@findings");
    }

    // --- helpers --------------------------------------------------------------------------------

    private static Throwable readFailure(JsonTesting json, String document) {
        Throwable thrown = catchThrowable(() -> json.read(document, RuleSet.class));
        assertThat(thrown).as("reading must fail, never yield a rule set").isNotNull();
        return thrown;
    }

    private static void assertJacksonException(JsonTesting json, Throwable thrown) {
        assertThat(thrown).isInstanceOf(json.exceptionType());
    }

    private static List<String> codes(Throwable thrown) {
        Optional<ValidationException> cause = validationCause(thrown);
        assertThat(cause)
                .as("our ValidationException in the cause chain of %s", thrown)
                .isPresent();
        return cause.get().violations().stream()
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
