package org.learningmentor.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningmentor.core.evaluation.EvaluationFixtures.EVALUATION;
import static org.learningmentor.core.evaluation.EvaluationFixtures.HR;
import static org.learningmentor.core.evaluation.EvaluationFixtures.completeFacts;
import static org.learningmentor.core.evaluation.EvaluationFixtures.days;
import static org.learningmentor.core.evaluation.EvaluationFixtures.emptyFacts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.EvaluationId;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.ValidationException;

/** The default rule set over a complete and an empty programme, reproducibility and the event. */
class EvaluatorTest {

    private static final Instant AT = days(300);

    private static Map<String, FindingOutcome> outcomes(Evaluation evaluation) {
        Map<String, FindingOutcome> outcomes = new LinkedHashMap<>();
        evaluation.findings().forEach(f -> outcomes.put(f.ruleId(), f.outcome()));
        return outcomes;
    }

    static Evaluation aCompleteEvaluation() {
        return Evaluator.evaluate(EVALUATION, RuleSets.defaults(), completeFacts(), HR.id(), AT)
                .state();
    }

    @Test
    void theDefaultRuleSetOverTheCompleteProgrammeJudgesEveryRule() {
        Evaluation evaluation = aCompleteEvaluation();
        assertThat(outcomes(evaluation))
                .containsExactly(
                        Map.entry("participation", FindingOutcome.PASSED), // 0.8 ≥ 0.8
                        Map.entry("attendance", FindingOutcome.PASSED), // 0.889 ≥ 0.8
                        Map.entry("retention", FindingOutcome.FAILED), // 0.75 < 0.8
                        Map.entry("assignments", FindingOutcome.FAILED), // 0.5 < 0.75
                        Map.entry("approved-plans", FindingOutcome.FAILED), // 0.333 < 0.9
                        Map.entry("action-items", FindingOutcome.FAILED), // 0.5 < 0.6
                        Map.entry("gas", FindingOutcome.PASSED), // 50 ≥ 50
                        Map.entry("goal-attainment", FindingOutcome.PASSED), // 0.75 ≥ 0.75
                        Map.entry("culture-change", FindingOutcome.NOT_EVALUABLE), // +0.6, others suppressed
                        Map.entry("goals-have-indicators", FindingOutcome.PASSED), // 2 of 2
                        Map.entry("action-plan", FindingOutcome.FAILED), // plan 2 has an item without date
                        Map.entry("checkpoints", FindingOutcome.PASSED),
                        Map.entry("evaluation-planned", FindingOutcome.PASSED),
                        Map.entry("roi", FindingOutcome.PASSED), // 200 ≥ 0
                        Map.entry("bcr", FindingOutcome.PASSED)); // 3 ≥ 1
        Finding retention = evaluation.findings().get(2);
        assertThat(retention.measured()).hasValue(new BigDecimal("0.75"));
        assertThat(retention.threshold()).hasValue(new BigDecimal("0.8"));
        assertThat(retention.comparison()).hasValue(Comparison.AT_LEAST);
        assertThat(retention.message(Locale.ENGLISH)).isEqualTo("measured 0.75, required ≥ 0.8: not met");
        assertThat(retention.message(Locale.forLanguageTag("fi"))).isEqualTo("mitattu 0.75, vaatimus ≥ 0.8: ei täyty");
        assertThat(retention.message(Locale.forLanguageTag("sv"))).isEqualTo("uppmätt 0.75, krav ≥ 0.8: inte uppfyllt");
        Finding culture = evaluation.findings().get(8);
        assertThat(culture.reason().code()).isEqualTo("evaluation.finding.suppressed");
        assertThat(culture.measured()).isEmpty();
        Finding actionPlan = evaluation.findings().get(10);
        assertThat(actionPlan.measured()).hasValue(BigDecimal.valueOf(7));
        assertThat(actionPlan.threshold()).hasValue(BigDecimal.valueOf(8));
        assertThat(actionPlan.message(Locale.ENGLISH)).isEqualTo("only 7 of 8 in order");
    }

    @Test
    void theDefaultRuleSetOverAnEmptyProgrammeIsNotEvaluableOrFailsItsStructure() {
        Evaluation evaluation = Evaluator.evaluate(EVALUATION, RuleSets.defaults(), emptyFacts(), HR.id(), AT)
                .state();
        Map<String, FindingOutcome> outcomes = outcomes(evaluation);
        assertThat(outcomes)
                .containsEntry("goals-have-indicators", FindingOutcome.FAILED)
                .containsEntry("action-plan", FindingOutcome.FAILED)
                .containsEntry("checkpoints", FindingOutcome.FAILED)
                .containsEntry("evaluation-planned", FindingOutcome.FAILED);
        assertThat(outcomes.entrySet().stream()
                        .filter(e -> e.getValue() != FindingOutcome.FAILED)
                        .map(Map.Entry::getValue))
                .hasSize(11)
                .containsOnly(FindingOutcome.NOT_EVALUABLE);
        assertThat(evaluation.findings().get(0).reason())
                .isEqualTo(Reason.of(FindingReason.DATA_MISSING, "plannedMentors"));
        assertThat(evaluation.findings().get(8).reason())
                .isEqualTo(Reason.of(FindingReason.DATA_MISSING, "scores BASELINE"));
        assertThat(evaluation.goals()).isEmpty();
    }

    @Test
    void theLevelSummaryCountsTheFindingsOfEachLevel() {
        assertThat(aCompleteEvaluation().levels())
                .containsExactly(
                        LevelSummary.of(KirkpatrickLevel.REACTION, 2, 1, 0),
                        LevelSummary.of(KirkpatrickLevel.LEARNING, 0, 2, 0),
                        LevelSummary.of(KirkpatrickLevel.BEHAVIOUR, 2, 2, 0),
                        LevelSummary.of(KirkpatrickLevel.RESULTS, 5, 0, 1));
    }

    @Test
    void evaluatingTheStoredRuleSetOverTheStoredFactsGivesEqualFindings() {
        Evaluation evaluation = aCompleteEvaluation();
        assertThat(evaluation.reproduce()).isEqualTo(evaluation.findings());
        Evaluation again = Evaluator.evaluate(
                        EvaluationId.of(EvaluationFixtures.uuid(0xe9)),
                        evaluation.ruleSet(),
                        evaluation.facts(),
                        HR.id(),
                        AT.plusSeconds(60))
                .state();
        assertThat(again.findings()).isEqualTo(evaluation.findings());
        assertThat(again.goals()).isEqualTo(evaluation.goals());
    }

    @Test
    void anEvaluationRecordsWhatItUsedAndEmitsEvaluationCompleted() {
        Change<Evaluation> change = Evaluator.evaluate(EVALUATION, RuleSets.defaults(), completeFacts(), HR.id(), AT);
        Evaluation evaluation = change.state();
        assertThat(evaluation.id()).isEqualTo(EVALUATION);
        assertThat(evaluation.organizationId()).isEqualTo(EvaluationFixtures.AGENCY);
        assertThat(evaluation.programId()).isEqualTo(EvaluationFixtures.PROGRAM);
        assertThat(evaluation.ruleSet()).isEqualTo(RuleSets.defaults());
        assertThat(evaluation.facts()).isEqualTo(completeFacts());
        assertThat(evaluation.createdAt()).isEqualTo(AT);
        assertThat(evaluation.createdBy()).isEqualTo(HR.id());
        assertThat(evaluation.version()).isZero();
        assertThat(evaluation.goals()).isEqualTo(completeFacts().metrics().goals());
        assertThat(change.events())
                .singleElement()
                .isEqualTo(EvaluationCompleted.builder()
                        .organizationId(EvaluationFixtures.AGENCY)
                        .actor(HR.id())
                        .occurredAt(AT)
                        .evaluationId(EVALUATION)
                        .programId(EvaluationFixtures.PROGRAM)
                        .ruleSetId("default")
                        .passed(9)
                        .failed(5)
                        .notEvaluable(1)
                        .build());
        assertThat(evaluation.withVersion(3).version()).isEqualTo(3);
    }

    @Test
    void evaluateWithANullArgumentNamesIt() {
        assertThatThrownBy(() -> Evaluator.evaluate(null, RuleSets.defaults(), completeFacts(), HR.id(), AT))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("id");
        assertThatThrownBy(() -> Evaluator.evaluate(EVALUATION, null, completeFacts(), HR.id(), AT))
                .hasMessage("ruleSet");
        assertThatThrownBy(() -> Evaluator.evaluate(EVALUATION, RuleSets.defaults(), null, HR.id(), AT))
                .hasMessage("facts");
        assertThatThrownBy(() -> Evaluator.evaluate(EVALUATION, RuleSets.defaults(), completeFacts(), null, AT))
                .hasMessage("actor");
        assertThatThrownBy(() -> Evaluator.evaluate(EVALUATION, RuleSets.defaults(), completeFacts(), HR.id(), null))
                .hasMessage("at");
    }

    @Test
    void aRuleThatReturnsAnotherRulesFindingIsAProgrammingError() {
        RuleSet ruleSet = RuleSet.builder()
                .id("bad")
                .name(LocalizedText.of(org.learningmentor.core.common.Language.EN, "Bad"))
                .addRules(new LyingRule())
                .build();
        assertThatThrownBy(() -> Evaluator.evaluate(EVALUATION, ruleSet, completeFacts(), HR.id(), AT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("rule liar returned a finding of rule attendance");
    }

    @Test
    void anEvaluationWhoseFindingsDoNotFollowItsRulesIsRefused() {
        Evaluation evaluation = aCompleteEvaluation();
        ImmutableEvaluation generated = (ImmutableEvaluation) evaluation;
        assertThatThrownBy(() -> generated.withFindings(List.of(
                        evaluation.findings().get(1), evaluation.findings().get(0))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e ->
                        assertThat(((ValidationException) e).codes()).containsExactly("evaluation.findings.mismatch"));
        assertThatThrownBy(() -> generated.withVersion(-1))
                .isInstanceOf(ValidationException.class)
                .satisfies(e ->
                        assertThat(((ValidationException) e).codes()).containsExactly("evaluation.version.negative"));
        assertThatThrownBy(() -> generated.withProgramId(
                        org.learningmentor.core.common.ProgramId.of(EvaluationFixtures.uuid(0xd9))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).codes())
                        .containsExactly("evaluation.facts.other-program"));
    }

    /** A rule that reports the finding of another rule. */
    private static final class LyingRule implements EvaluationRule {
        @Override
        public String id() {
            return "liar";
        }

        @Override
        public KirkpatrickLevel level() {
            return KirkpatrickLevel.REACTION;
        }

        @Override
        public Severity severity() {
            return Severity.INFO;
        }

        @Override
        public LocalizedText title() {
            return LocalizedText.of(org.learningmentor.core.common.Language.EN, "Liar");
        }

        @Override
        public Finding evaluate(EvaluationFacts facts) {
            return EvaluationFixtures.aThresholdRule().evaluate(facts);
        }
    }
}
