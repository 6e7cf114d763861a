package org.learningmentor.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningmentor.core.JsonTesting;
import org.learningmentor.core.common.LocalizedText;

/**
 * A host's own rule type, registered as the javadoc of {@link EvaluationRule} tells, under both
 * Jackson lines; and the clear error of a rule type no mapper knows.
 */
class CustomRuleJsonTest {

    private static final CustomRules.MinimumMentorsRule RULE = new CustomRules.MinimumMentorsRule(
            "enough-mentors",
            KirkpatrickLevel.REACTION,
            Severity.WARNING,
            LocalizedText.of("Tarpeeksi mentoreita", "Tillräckligt många mentorer", "Enough mentors"),
            4);

    private static final RuleSet RULE_SET = RuleSet.builder()
            .id("acme")
            .name(LocalizedText.of("Acme", "Acme", "Acme"))
            .addRules(EvaluationFixtures.aThresholdRule(), RULE)
            .build();

    /** Jackson 2, configured as the README tells hosts, with the host's rule registered. */
    private static final com.fasterxml.jackson.databind.json.JsonMapper JACKSON_2 =
            com.fasterxml.jackson.databind.json.JsonMapper.builder()
                    .addModule(new com.fasterxml.jackson.datatype.jdk8.Jdk8Module())
                    .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                    .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .registerSubtypes(new com.fasterxml.jackson.databind.jsontype.NamedType(
                            CustomRules.MinimumMentorsRule.class, CustomRules.TYPE))
                    .build();

    /** Jackson 3 with the host's rule registered. */
    private static final tools.jackson.databind.json.JsonMapper JACKSON_3 =
            tools.jackson.databind.json.JsonMapper.builder()
                    .registerSubtypes(new tools.jackson.databind.jsontype.NamedType(
                            CustomRules.MinimumMentorsRule.class, CustomRules.TYPE))
                    .build();

    @Test
    void aRegisteredRuleRoundTripsUnderJackson2() throws Exception {
        String json = JACKSON_2.writerFor(RuleSet.class).writeValueAsString(RULE_SET);
        assertThat(json).contains("\"type\":\"acme.minimum-mentors\"").contains("\"minimum\":4");
        assertThat(JACKSON_2.readValue(json, RuleSet.class)).isEqualTo(RULE_SET);
    }

    @Test
    void aRegisteredRuleRoundTripsUnderJackson3() {
        String json = JACKSON_3.writerFor(RuleSet.class).writeValueAsString(RULE_SET);
        assertThat(json).contains("\"type\":\"acme.minimum-mentors\"").contains("\"minimum\":4");
        assertThat(JACKSON_3.readValue(json, RuleSet.class)).isEqualTo(RULE_SET);
    }

    @Test
    void anEvaluationWithAHostsRuleIsStoredAndReproducedUnderJackson2() throws Exception {
        Evaluation evaluation = Evaluator.evaluate(
                        EvaluationFixtures.EVALUATION,
                        RULE_SET,
                        EvaluationFixtures.completeFacts(),
                        EvaluationFixtures.HR.id(),
                        EvaluationFixtures.days(300))
                .state();
        assertThat(evaluation.findings().get(1).outcome()).isEqualTo(FindingOutcome.PASSED);
        assertThat(evaluation.findings().get(1).measured()).hasValue(BigDecimal.valueOf(4));
        Evaluation read = JACKSON_2.readValue(
                JACKSON_2.writerFor(Evaluation.class).writeValueAsString(evaluation), Evaluation.class);
        assertThat(read).isEqualTo(evaluation);
        assertThat(read.reproduce()).isEqualTo(evaluation.findings());
    }

    @Test
    void anEvaluationWithAHostsRuleIsStoredAndReproducedUnderJackson3() {
        Evaluation evaluation = Evaluator.evaluate(
                        EvaluationFixtures.EVALUATION,
                        RULE_SET,
                        EvaluationFixtures.completeFacts(),
                        EvaluationFixtures.HR.id(),
                        EvaluationFixtures.days(300))
                .state();
        Evaluation read = JACKSON_3.readValue(
                JACKSON_3.writerFor(Evaluation.class).writeValueAsString(evaluation), Evaluation.class);
        assertThat(read).isEqualTo(evaluation);
        assertThat(read.reproduce()).isEqualTo(evaluation.findings());
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void aRuleTypeThatIsNotRegisteredGivesAnErrorNamingIt(JsonTesting json) {
        String document = JACKSON_3.writerFor(RuleSet.class).writeValueAsString(RULE_SET);
        Throwable thrown = catchThrowable(() -> json.read(document, RuleSet.class));
        assertThat(thrown)
                .isInstanceOf(
                        json == JsonTesting.JACKSON_2
                                ? com.fasterxml.jackson.databind.exc.InvalidTypeIdException.class
                                : tools.jackson.databind.exc.InvalidTypeIdException.class)
                .hasMessageContaining("Could not resolve type id 'acme.minimum-mentors'")
                .hasMessageContaining("EvaluationRule")
                .hasMessageContaining("threshold");
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void aRuleWithoutTypeGivesAnErrorSayingTheTypeIsMissing(JsonTesting json) {
        String document = "{\"id\":\"x\",\"level\":\"RESULTS\",\"severity\":\"INFO\",\"title\":{\"en\":\"X\"},"
                + "\"metric\":\"ATTENDANCE_RATE\",\"threshold\":0.5}";
        Throwable thrown = catchThrowable(() -> json.read(document, EvaluationRule.class));
        assertThat(thrown).hasMessageContaining("missing type id").hasMessageContaining("type");
    }
}
