/**
 * Mentor plans (yksilöity suunnitelma, parisuunnitelma): a mentor's or a mentor pair's plan to
 * renew the learning culture of their work community, drafted during the programme's {@code
 * TRAINING} phase, approved by HR and carried out and monitored in {@code IMPLEMENTATION}.
 *
 * <p>The aggregate root is {@link org.learningmentor.core.plan.MentorPlan}, of kind {@link
 * org.learningmentor.core.plan.PlanKind#INDIVIDUAL} (one mentor) or {@link
 * org.learningmentor.core.plan.PlanKind#PAIR} (the two mentors of an active {@link
 * org.learningmentor.core.pair.MentoringPair}). It links programme goals ({@link
 * org.learningmentor.core.plan.LinkedGoal}, each with a weight and a five-level {@link
 * org.learningmentor.core.plan.GoalAttainmentScale}), development targets of the culture analysis
 * and target units; holds action items (the programme's {@link
 * org.learningmentor.core.program.ActionItem}), the support needed from HR, monitoring dates, HR's
 * comments and {@link org.learningmentor.core.plan.ProgressEntry progress entries} with goal
 * ratings, from which {@link org.learningmentor.core.plan.GoalAttainment} computes the
 * Kiresuk–Sherman T-score.
 *
 * <p>Its lifecycle, {@code DRAFT → SUBMITTED → APPROVED → COMPLETED} with {@code RETURNED} and
 * {@code CANCELLED}, is in {@link org.learningmentor.core.plan.PlanStatus}. Commands return a
 * {@link org.learningmentor.core.common.Change} with one {@link
 * org.learningmentor.core.plan.PlanEvent}; a refused command throws a {@link
 * org.learningmentor.core.plan.PlanRuleException} whose violations carry {@link
 * org.learningmentor.core.plan.PlanViolation} codes ({@code plan.*}), with messages in English,
 * Finnish and Swedish.
 */
package org.learningmentor.core.plan;
