package org.learningmentor.core.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.EvaluationId;
import org.learningmentor.core.common.PersonId;

/**
 * Evaluates a programme's facts against a rule set.
 *
 * <ol>
 *   <li>Each rule, in the rule set's order, judges the facts ({@link EvaluationRule#evaluate});
 *       metrics are computed once per facts ({@link EvaluationFacts#metrics()}).
 *   <li>Each finding must carry its rule's id; a rule that returns another's is a programming error.
 *   <li>The goals' progress is taken from the metrics, and the evaluation records the rule set and the
 *       facts, so that it can be reproduced.
 * </ol>
 */
public final class Evaluator {

    private Evaluator() {}

    /**
     * Evaluates the facts against the rule set.
     *
     * @param id the new evaluation's id, not null
     * @param ruleSet the rule set, not null
     * @param facts the facts, not null
     * @param actor who evaluates, not null
     * @param at when, from the caller's clock; not null
     * @return the evaluation and one {@link EvaluationCompleted}, never null
     * @throws IllegalStateException when a rule returns a finding with another rule's id
     */
    public static Change<Evaluation> evaluate(
            EvaluationId id, RuleSet ruleSet, EvaluationFacts facts, PersonId actor, Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        List<Finding> findings = findings(ruleSet, facts);
        Evaluation evaluation = Evaluation.builder()
                .id(id)
                .organizationId(facts.organizationId())
                .programId(facts.programId())
                .ruleSet(ruleSet)
                .facts(facts)
                .addAllFindings(findings)
                .addAllGoals(facts.metrics().goals())
                .createdAt(at)
                .createdBy(actor)
                .build();
        int[] counts = new int[FindingOutcome.values().length];
        findings.forEach(f -> counts[f.outcome().ordinal()]++);
        return Change.of(
                evaluation,
                EvaluationCompleted.builder()
                        .organizationId(facts.organizationId())
                        .actor(actor)
                        .occurredAt(at)
                        .evaluationId(id)
                        .programId(facts.programId())
                        .ruleSetId(ruleSet.id())
                        .passed(counts[FindingOutcome.PASSED.ordinal()])
                        .failed(counts[FindingOutcome.FAILED.ordinal()])
                        .notEvaluable(counts[FindingOutcome.NOT_EVALUABLE.ordinal()])
                        .build());
    }

    static List<Finding> findings(RuleSet ruleSet, EvaluationFacts facts) {
        List<Finding> findings = new ArrayList<>(ruleSet.rules().size());
        for (EvaluationRule rule : ruleSet.rules()) {
            Finding finding =
                    Objects.requireNonNull(rule.evaluate(facts), () -> "rule " + rule.id() + " returned null");
            if (!finding.ruleId().equals(rule.id())) {
                throw new IllegalStateException(
                        "rule " + rule.id() + " returned a finding of rule " + finding.ruleId());
            }
            findings.add(finding);
        }
        return findings;
    }
}
