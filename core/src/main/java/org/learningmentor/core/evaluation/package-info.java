/**
 * Evaluation (arviointi): judging a programme against management's goals with rules that are data,
 * in the programme's evaluation phase.
 *
 * <ul>
 *   <li>{@link org.learningmentor.core.evaluation.EvaluationFacts}: the serializable snapshot an
 *       evaluation judges. {@code EvaluationFacts.from(program, organization, plans, surveys,
 *       profiles, date)} takes every fact the aggregates hold; the host adds the planned number of
 *       mentors and costs and benefits. The parts on their own: {@code
 *       EvaluationFacts.fromProgram(program, date)}, {@link
 *       org.learningmentor.core.evaluation.PlanFacts#of PlanFacts.of(MentorPlan)} and {@link
 *       org.learningmentor.core.evaluation.DimensionScores#from DimensionScores.from(Survey,
 *       CultureProfile)}. The GAS T-score is the plan package's {@code GoalAttainment}, the
 *       suppression reasons the survey package's {@code Suppression}.
 *   <li>{@link org.learningmentor.core.evaluation.Metric} and {@link
 *       org.learningmentor.core.evaluation.Metrics}: the metric catalogue, each metric a value or
 *       not available with a {@link org.learningmentor.core.evaluation.Reason}.
 *   <li>{@link org.learningmentor.core.evaluation.RuleSet} of {@link
 *       org.learningmentor.core.evaluation.EvaluationRule}s, polymorphic JSON by {@code "type"};
 *       {@link org.learningmentor.core.evaluation.RuleSets#defaults()} is the ready-made guidelines.
 *   <li>{@link org.learningmentor.core.evaluation.Evaluator#evaluate} makes an {@link
 *       org.learningmentor.core.evaluation.Evaluation} with its {@link
 *       org.learningmentor.core.evaluation.Finding}s and emits {@link
 *       org.learningmentor.core.evaluation.EvaluationCompleted}.
 * </ul>
 */
package org.learningmentor.core.evaluation;
