/**
 * Evaluation (arviointi): judging a programme against management's goals with rules that are data,
 * in the programme's evaluation phase.
 *
 * <ul>
 *   <li>{@link org.learningmentor.core.evaluation.EvaluationFacts}: the serializable snapshot an
 *       evaluation judges. {@code EvaluationFacts.fromProgram(program, date)} fills in the
 *       programme's part; the host adds the planned number of mentors, the plans ({@link
 *       org.learningmentor.core.evaluation.PlanFacts}), the survey scores ({@link
 *       org.learningmentor.core.evaluation.DimensionScore}), the anonymity threshold, and costs and
 *       benefits. Adapters from the plan and survey aggregates ({@code PlanFacts.of(MentorPlan)},
 *       scores from a {@code CultureProfile}) are the seam for those packages.
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
