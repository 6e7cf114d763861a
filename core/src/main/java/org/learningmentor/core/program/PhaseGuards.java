package org.learningmentor.core.program;

import static org.learningmentor.core.program.ProgramPhase.ANALYSIS;
import static org.learningmentor.core.program.ProgramPhase.EVALUATION;
import static org.learningmentor.core.program.ProgramPhase.GOAL_SETTING;
import static org.learningmentor.core.program.ProgramPhase.IMPLEMENTATION;
import static org.learningmentor.core.program.ProgramPhase.PREPARATION;
import static org.learningmentor.core.program.ProgramPhase.RECRUITMENT;
import static org.learningmentor.core.program.ProgramPhase.TRAINING;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.learningmentor.core.goal.ProgramGoal;

/**
 * The conditions of leaving each phase (DESIGN.md §3), as a list of small named functions: each
 * guard names its phase, its code, whether it blocks, and the function that judges a programme.
 * {@link MentoringProgram#readiness()} runs the guards of the current phase.
 *
 * <ol>
 *   <li>PREPARATION: sponsor named; coordinator named.
 *   <li>ANALYSIS: an HR day held; the culture analysed (findings); a development target chosen; a
 *       baseline survey (advisory).
 *   <li>GOAL_SETTING: a goal set; every goal with an indicator.
 *   <li>RECRUITMENT: two or more active mentors; every session of the template scheduled; the
 *       template's interim assignments given (advisory).
 *   <li>TRAINING: every session held; attendance of every active mentor at every session recorded;
 *       a credo of every active mentor (plans come with the plan aggregate; until then the credo is
 *       what each mentor must have); the template's mentor–HR meetings (advisory).
 *   <li>IMPLEMENTATION: a monitoring checkpoint recorded.
 *   <li>EVALUATION: an evaluation recorded.
 * </ol>
 */
final class PhaseGuards {

    /** The fewest active mentors with which training can start. */
    static final int MIN_MENTORS = 2;

    /** What a guard found: met or not, and the arguments of its message. */
    record Judgement(boolean met, Object... arguments) {}

    /** One condition of leaving a phase. */
    record Guard(
            ProgramPhase phase, ProgramViolation code, boolean blocking, Function<MentoringProgram, Judgement> judge) {

        ReadinessCondition evaluate(MentoringProgram program) {
            Judgement judgement = judge.apply(program);
            return ReadinessCondition.builder()
                    .code(code.code())
                    .met(judgement.met())
                    .blocking(blocking)
                    .addAllArguments(Arrays.stream(judgement.arguments())
                            .map(String::valueOf)
                            .toList())
                    .build();
        }
    }

    static final List<Guard> GUARDS = List.of(
            blocking(PREPARATION, ProgramViolation.GUARD_SPONSOR_NAMED, PhaseGuards::sponsorNamed),
            blocking(PREPARATION, ProgramViolation.GUARD_COORDINATOR_NAMED, PhaseGuards::coordinatorNamed),
            blocking(ANALYSIS, ProgramViolation.GUARD_HR_DAY_HELD, PhaseGuards::hrDayHeld),
            blocking(ANALYSIS, ProgramViolation.GUARD_CULTURE_ANALYSED, PhaseGuards::cultureAnalysed),
            blocking(ANALYSIS, ProgramViolation.GUARD_TARGET_CHOSEN, PhaseGuards::developmentTargetChosen),
            advisory(ANALYSIS, ProgramViolation.GUARD_BASELINE_SURVEY, PhaseGuards::baselineSurveyRun),
            blocking(GOAL_SETTING, ProgramViolation.GUARD_GOAL_SET, PhaseGuards::goalSet),
            blocking(GOAL_SETTING, ProgramViolation.GUARD_GOAL_INDICATORS, PhaseGuards::everyGoalHasAnIndicator),
            blocking(RECRUITMENT, ProgramViolation.GUARD_MENTORS_ENROLLED, PhaseGuards::enoughMentors),
            blocking(RECRUITMENT, ProgramViolation.GUARD_SESSIONS_SCHEDULED, PhaseGuards::sessionsScheduled),
            advisory(RECRUITMENT, ProgramViolation.GUARD_ASSIGNMENTS_GIVEN, PhaseGuards::assignmentsGiven),
            blocking(TRAINING, ProgramViolation.GUARD_SESSIONS_HELD, PhaseGuards::sessionsHeld),
            blocking(TRAINING, ProgramViolation.GUARD_ATTENDANCE_RECORDED, PhaseGuards::attendanceRecorded),
            blocking(TRAINING, ProgramViolation.GUARD_CREDOS_WRITTEN, PhaseGuards::credosWritten),
            advisory(TRAINING, ProgramViolation.GUARD_MEETINGS_HELD, PhaseGuards::meetingsHeld),
            blocking(IMPLEMENTATION, ProgramViolation.GUARD_CHECKPOINT_RECORDED, PhaseGuards::checkpointRecorded),
            blocking(EVALUATION, ProgramViolation.GUARD_EVALUATION_RECORDED, PhaseGuards::evaluationRecorded));

    private PhaseGuards() {}

    /** Returns the checklist of the programme's current phase. */
    static Readiness readiness(MentoringProgram program) {
        return Readiness.builder()
                .phase(program.phase())
                .addAllNextPhases(program.phase().nextPhases())
                .addAllConditions(GUARDS.stream()
                        .filter(guard -> guard.phase() == program.phase())
                        .map(guard -> guard.evaluate(program))
                        .toList())
                .build();
    }

    private static Guard blocking(
            ProgramPhase phase, ProgramViolation code, Function<MentoringProgram, Judgement> judge) {
        return new Guard(phase, code, true, judge);
    }

    private static Guard advisory(
            ProgramPhase phase, ProgramViolation code, Function<MentoringProgram, Judgement> judge) {
        return new Guard(phase, code, false, judge);
    }

    // ---------------------------------------------------------------- the conditions

    static Judgement sponsorNamed(MentoringProgram program) {
        return new Judgement(program.sponsorId().isPresent());
    }

    static Judgement coordinatorNamed(MentoringProgram program) {
        return new Judgement(program.coordinatorId().isPresent());
    }

    static Judgement hrDayHeld(MentoringProgram program) {
        return new Judgement(!program.hrDays().isEmpty());
    }

    static Judgement cultureAnalysed(MentoringProgram program) {
        return new Judgement(program.cultureAnalysis().isAnalysed());
    }

    static Judgement developmentTargetChosen(MentoringProgram program) {
        return new Judgement(!program.cultureAnalysis().targets().isEmpty());
    }

    static Judgement baselineSurveyRun(MentoringProgram program) {
        return new Judgement(program.cultureAnalysis().baselineSurveyOn().isPresent());
    }

    static Judgement goalSet(MentoringProgram program) {
        return new Judgement(!program.goals().isEmpty());
    }

    static Judgement everyGoalHasAnIndicator(MentoringProgram program) {
        long without = program.goals().stream()
                .map(ProgramGoal::indicators)
                .filter(List::isEmpty)
                .count();
        return new Judgement(without == 0, without);
    }

    static Judgement enoughMentors(MentoringProgram program) {
        int active = program.activeMentors().size();
        return new Judgement(active >= MIN_MENTORS, MIN_MENTORS, active);
    }

    static Judgement sessionsScheduled(MentoringProgram program) {
        int needed = program.template().sessionCount();
        int scheduled = program.sessions().size();
        return new Judgement(scheduled >= needed, needed, scheduled);
    }

    static Judgement assignmentsGiven(MentoringProgram program) {
        int recommended = program.template().recommendedAssignments();
        int given = program.assignments().size();
        return new Judgement(given >= recommended, recommended, given);
    }

    static Judgement sessionsHeld(MentoringProgram program) {
        int needed = program.template().sessionCount();
        long held = program.sessions().stream().filter(TrainingSession::held).count();
        return new Judgement(held >= needed, needed, held);
    }

    static Judgement attendanceRecorded(MentoringProgram program) {
        long missing = 0;
        for (TrainingSession session : program.sessions()) {
            if (session.held()) {
                missing += program.activeMentors().stream()
                        .filter(mentor -> session.attendanceOf(mentor).isEmpty())
                        .count();
            }
        }
        return new Judgement(missing == 0, missing);
    }

    static Judgement credosWritten(MentoringProgram program) {
        long without = program.activeMentors().stream()
                .filter(mentor -> program.credo(mentor).isEmpty())
                .count();
        return new Judgement(without == 0, without);
    }

    static Judgement meetingsHeld(MentoringProgram program) {
        int recommended = program.template().recommendedMeetings();
        int held = program.meetings().size();
        return new Judgement(held >= recommended, recommended, held);
    }

    static Judgement checkpointRecorded(MentoringProgram program) {
        return new Judgement(!program.checkpoints().isEmpty());
    }

    static Judgement evaluationRecorded(MentoringProgram program) {
        return new Judgement(program.evaluatedOn().isPresent());
    }
}
