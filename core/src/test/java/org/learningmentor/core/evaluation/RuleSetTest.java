package org.learningmentor.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.survey.SurveyPurpose;

/** Validation of rule sets and rules, with the codes and paths of every violation, and the default rule set. */
class RuleSetTest {

    private static final LocalizedText TITLE = LocalizedText.of(Language.EN, "A rule");

    private static List<String> codesAndPaths(ValidationException e) {
        return e.violations().stream().map(v -> v.code() + "@" + v.path()).toList();
    }

    private static List<String> refusal(Runnable build) {
        ValidationException e = catchThrowableOfType(ValidationException.class, build::run);
        assertThat(e).as("must be refused").isNotNull();
        return codesAndPaths(e);
    }

    private static ThresholdRule.Builder threshold(Metric metric, String value) {
        return threshold("r1", metric, value);
    }

    private static ThresholdRule.Builder threshold(String id, Metric metric, String value) {
        return ThresholdRule.builder()
                .id(id)
                .level(KirkpatrickLevel.RESULTS)
                .severity(Severity.INFO)
                .title(TITLE)
                .metric(metric)
                .threshold(new BigDecimal(value));
    }

    @Test
    void theDefaultRuleSetHasFifteenRulesWithUniqueIdsAndTitlesInThreeLanguages() {
        RuleSet defaults = RuleSets.defaults();
        assertThat(defaults.id()).isEqualTo("default").isEqualTo(RuleSets.DEFAULT_ID);
        assertThat(defaults.rules()).hasSize(15);
        assertThat(defaults.rules())
                .allSatisfy(rule -> assertThat(rule.title().asMap()).containsOnlyKeys(Language.values()));
        assertThat(defaults.rule("gas")).containsInstanceOf(GasRule.class);
        assertThat(defaults.rule("nothing")).isEmpty();
        assertThat(defaults.rules()).extracting(EvaluationRule::level).contains(KirkpatrickLevel.values());
    }

    @Test
    void aRuleSetWithDuplicateRuleIdsIsRefusedNamingEachDuplicate() {
        assertThat(refusal(() -> RuleSet.builder()
                        .id("mine")
                        .name(TITLE)
                        .addRules(EvaluationFixtures.aThresholdRule(), EvaluationFixtures.aThresholdRule())
                        .build()))
                .containsExactly("evaluation.rule.id-duplicate@rules[1].id");
    }

    @Test
    void aHostsRuleWithAMalformedIdIsRefusedByTheRuleSet() {
        EvaluationRule hosts =
                new CustomRules.MinimumMentorsRule("no spaces", KirkpatrickLevel.REACTION, Severity.INFO, TITLE, 2);
        assertThat(refusal(() ->
                        RuleSet.builder().id("mine").name(TITLE).addRules(hosts).build()))
                .containsExactly("evaluation.id.malformed@rules[0].id");
    }

    @Test
    void anEmptyRuleSetWithAMalformedIdIsRefused() {
        assertThat(refusal(() -> RuleSet.builder().id("no spaces").name(TITLE).build()))
                .containsExactly("evaluation.id.malformed@id", "evaluation.rule-set.empty@rules");
    }

    @Test
    void aRuleSetWithTooManyRulesIsRefused() {
        List<EvaluationRule> rules = new ArrayList<>();
        for (int i = 0; i <= RuleSet.MAX_RULES; i++) {
            rules.add(threshold("r" + i, Metric.ATTENDANCE_RATE, "0.5").build());
        }
        assertThat(refusal(() -> RuleSet.builder()
                        .id("big")
                        .name(TITLE)
                        .addAllRules(rules)
                        .build()))
                .containsExactly("evaluation.rule-set.too-large@rules");
    }

    @ParameterizedTest
    @EnumSource(Metric.class)
    void aThresholdBelowItsMetricsRangeIsRefused(Metric metric) {
        BigDecimal below = metric.minimum().subtract(BigDecimal.ONE);
        assertThat(refusal(() -> threshold(metric, below.toPlainString()).build()))
                .containsExactly("evaluation.rule.threshold-out-of-range@threshold");
        assertThat(threshold(metric, metric.minimum().toPlainString()).build().threshold())
                .isEqualByComparingTo(metric.minimum());
    }

    @Test
    void aRateThresholdAboveOneIsRefusedWithItsRangeInTheMessage() {
        ValidationException e = catchThrowableOfType(
                ValidationException.class,
                () -> threshold(Metric.ATTENDANCE_RATE, "1.5").build());
        assertThat(e.violations().get(0).message())
                .isEqualTo("the threshold 1.5 is outside the range of ATTENDANCE_RATE: 0 to 1");
        assertThat(threshold(Metric.BENEFIT_COST_RATIO, "1000").build().metric().maximum())
                .isEmpty();
    }

    @Test
    void aThresholdWithTooManyDigitsIsRefused() {
        assertThat(refusal(() ->
                        threshold(Metric.BENEFIT_COST_RATIO, "1e999999999").build()))
                .containsExactly("evaluation.number.too-large@threshold");
        assertThat(refusal(
                        () -> threshold(Metric.ATTENDANCE_RATE, "0.12345678901").build()))
                .containsExactly("evaluation.number.too-large@threshold");
    }

    @Test
    void aRuleWithAMalformedIdAndATooLongTitleIsRefusedWithBoth() {
        assertThat(refusal(() -> ThresholdRule.builder()
                        .id("-bad")
                        .level(KirkpatrickLevel.RESULTS)
                        .severity(Severity.INFO)
                        .title(LocalizedText.of(Language.FI, "x".repeat(255)))
                        .metric(Metric.ATTENDANCE_RATE)
                        .threshold(BigDecimal.ONE)
                        .build()))
                .containsExactly("evaluation.id.malformed@id", "common.text.too-long@title.fi");
        assertThat(refusal(() -> threshold("x".repeat(10_000), Metric.ATTENDANCE_RATE, "0.5")
                        .build()))
                .containsExactly("common.text.too-long@id");
    }

    @Test
    void eachRuleTypeChecksItsOwnRange() {
        assertThat(refusal(() -> GasRule.builder()
                        .id("g")
                        .level(KirkpatrickLevel.BEHAVIOUR)
                        .severity(Severity.INFO)
                        .title(TITLE)
                        .minimumTScore(BigDecimal.valueOf(101))
                        .build()))
                .containsExactly("evaluation.rule.threshold-out-of-range@minimumTScore");
        assertThat(refusal(() -> RoiRule.builder()
                        .id("roi")
                        .level(KirkpatrickLevel.RESULTS)
                        .severity(Severity.INFO)
                        .title(TITLE)
                        .minimumPercent(BigDecimal.valueOf(-101))
                        .build()))
                .containsExactly("evaluation.rule.threshold-out-of-range@minimumPercent");
        assertThat(refusal(() -> BcrRule.builder()
                        .id("bcr")
                        .level(KirkpatrickLevel.RESULTS)
                        .severity(Severity.INFO)
                        .title(TITLE)
                        .minimum(BigDecimal.valueOf(-1))
                        .build()))
                .containsExactly("evaluation.rule.threshold-out-of-range@minimum");
        assertThat(refusal(() -> SurveyChangeRule.builder()
                        .id("s")
                        .level(KirkpatrickLevel.RESULTS)
                        .severity(Severity.INFO)
                        .title(TITLE)
                        .dimension("Not A Code")
                        .minimumChange(BigDecimal.valueOf(101))
                        .build()))
                .containsExactly(
                        "evaluation.dimension.malformed@dimension",
                        "evaluation.rule.threshold-out-of-range@minimumChange");
        assertThat(refusal(() -> StructureRule.builder()
                        .id("")
                        .level(KirkpatrickLevel.RESULTS)
                        .severity(Severity.INFO)
                        .title(TITLE)
                        .check(StructureCheck.CHECKPOINTS_HELD)
                        .build()))
                .containsExactly("evaluation.id.malformed@id");
    }

    @Test
    void aMissingAttributeIsNamed() {
        assertThat(refusal(() -> ThresholdRule.builder().id("x").build()))
                .contains("common.value.required@metric", "common.value.required@threshold");
    }

    @Test
    void aSurveyChangeRuleForOneDimensionJudgesItsChange() {
        SurveyChangeRule rule = SurveyChangeRule.builder()
                .id("team")
                .level(KirkpatrickLevel.RESULTS)
                .severity(Severity.WARNING)
                .title(TITLE)
                .dimension("team-learning")
                .minimumChange(new BigDecimal("0.5"))
                .build();
        Finding finding = rule.evaluate(EvaluationFixtures.completeFacts());
        assertThat(finding.outcome()).isEqualTo(FindingOutcome.PASSED);
        assertThat(finding.measured()).hasValue(new BigDecimal("0.6"));
        SurveyChangeRule stricter = ((ImmutableSurveyChangeRule) rule).withMinimumChange(new BigDecimal("0.7"));
        assertThat(stricter.evaluate(EvaluationFixtures.completeFacts()).outcome())
                .isEqualTo(FindingOutcome.FAILED);
        assertThat(rule.from()).isEqualTo(SurveyPurpose.BASELINE);
        assertThat(rule.to()).isEqualTo(SurveyPurpose.FOLLOW_UP);
    }

    @Test
    void aSurveyChangeRuleForAllDimensionsFailsWhenAVisibleDimensionDeclines() {
        SurveyChangeRule rule = SurveyChangeRule.builder()
                .id("all")
                .level(KirkpatrickLevel.RESULTS)
                .severity(Severity.WARNING)
                .title(TITLE)
                .minimumChange(new BigDecimal("0.8"))
                .build();
        Finding finding = rule.evaluate(EvaluationFixtures.completeFacts());
        assertThat(finding.outcome()).isEqualTo(FindingOutcome.FAILED);
        assertThat(finding.measured()).hasValue(new BigDecimal("0.6"));
        assertThat(rule.dimension()).isEqualTo(Optional.empty());
    }

    @Test
    void aComparisonTestsNumericallyWhateverTheScale() {
        assertThat(Comparison.AT_LEAST.test(new BigDecimal("0.80"), new BigDecimal("0.8")))
                .isTrue();
        assertThat(Comparison.AT_MOST.test(new BigDecimal("0.80"), new BigDecimal("0.8")))
                .isTrue();
        assertThat(Comparison.ABOVE.test(new BigDecimal("0.80"), new BigDecimal("0.8")))
                .isFalse();
        assertThat(Comparison.BELOW.test(new BigDecimal("0.7"), new BigDecimal("0.8")))
                .isTrue();
        assertThat(Comparison.BELOW.symbol()).isEqualTo("<");
    }
}
