/**
 * The learning-mentoring programme aggregate (oppimismentorointi), which carries an organization's
 * programme through every phase, from preparation and the HR days to training, implementation,
 * evaluation and closing or embedding.
 *
 * <ul>
 *   <li>{@link org.learningmentor.core.program.MentoringProgram}, the aggregate root, with its
 *       commands (each returning a {@link org.learningmentor.core.common.Change} with one {@link
 *       org.learningmentor.core.program.ProgramEvent}), its {@link
 *       org.learningmentor.core.program.MentoringProgram#readiness() readiness} checklist and its
 *       guarded phase advance.
 *   <li>{@link org.learningmentor.core.program.ProgramTemplate}, the ready-made guidelines a client
 *       tailors; {@link org.learningmentor.core.program.ProgramPhase}.
 *   <li>The records: {@link org.learningmentor.core.program.HrDay}, {@link
 *       org.learningmentor.core.program.CultureAnalysis} with {@link
 *       org.learningmentor.core.program.DevelopmentTarget}s, {@link
 *       org.learningmentor.core.program.TrainingSession} with {@link
 *       org.learningmentor.core.program.Attendance}, {@link
 *       org.learningmentor.core.program.InterimAssignment} with {@link
 *       org.learningmentor.core.program.AssignmentSubmission}s, {@link
 *       org.learningmentor.core.program.MentorHrMeeting}, {@link
 *       org.learningmentor.core.program.MentorCredo}, {@link
 *       org.learningmentor.core.program.ActionPlan} with {@link
 *       org.learningmentor.core.program.ActionItem}s, {@link
 *       org.learningmentor.core.program.SupportActivity}, {@link
 *       org.learningmentor.core.program.MonitoringCheckpoint}, {@link
 *       org.learningmentor.core.program.ProgramMentor}. Goals are the goal package's {@link
 *       org.learningmentor.core.goal.ProgramGoal}.
 *   <li>Refusals: {@link org.learningmentor.core.program.ProgramRuleException} and {@link
 *       org.learningmentor.core.program.PhaseAdvanceException}, with codes of {@link
 *       org.learningmentor.core.program.ProgramViolation} and messages in English, Finnish and
 *       Swedish.
 * </ul>
 */
package org.learningmentor.core.program;
