package org.learningmentor.core.program;

import org.learningmentor.core.common.ViolationCode;

/**
 * The violation codes of the {@link MentoringProgram} aggregate: structural violations found when a
 * programme, its template or one of its records is built (thrown in a {@link
 * org.learningmentor.core.common.ValidationException}), the rules by which a command is refused
 * (thrown in a {@link ProgramRuleException}) and the conditions of each phase advance ({@code
 * program.guard.*}, in a {@link Readiness} checklist and a {@link PhaseAdvanceException}). A rule
 * that is both structural and a refusal, such as attendance of someone not enrolled, has one code
 * for both. Messages are in {@code org/learningmentor/core/program/messages*.properties} in
 * English, Finnish and Swedish.
 */
public enum ProgramViolation implements ViolationCode {
    // ---------------------------------------------------------------- structure
    /** A template code is not 1–32 letters, digits, hyphens or underscores; argument: the code. */
    TEMPLATE_CODE_MALFORMED("program.template.code-malformed"),
    /** A template has fewer than 1 or more than 10 sessions; arguments: min, max, count. */
    TEMPLATE_SESSION_COUNT("program.template.session-count"),
    /** A session to rename is not in the template; arguments: the ordinal, the template's count. */
    TEMPLATE_SESSION_UNKNOWN("program.template.session-unknown"),
    /** Interim assignments per interval outside 0–5; arguments: max, value. */
    TEMPLATE_ASSIGNMENTS_OUT_OF_RANGE("program.template.assignments-out-of-range"),
    /** Recommended mentor–HR meetings outside 0–20; arguments: max, value. */
    TEMPLATE_MEETINGS_OUT_OF_RANGE("program.template.meetings-out-of-range"),
    /** A rule-set or instrument reference is not a well-formed code; argument: the code. */
    TEMPLATE_REFERENCE_MALFORMED("program.template.reference-malformed"),
    /** A programme's planned end is before its planned start; arguments: end, start. */
    DATES_END_BEFORE_START("program.dates.end-before-start"),
    /** Two records of one kind share an id; argument: the id. */
    ID_DUPLICATE("program.id.duplicate"),
    /** A list holds the same person twice; argument: the person's id. */
    PERSON_DUPLICATE("program.person.duplicate"),
    /** A free text (notes, credo, reason) is blank. */
    TEXT_BLANK("program.text.blank"),
    /** A culture analysis is recorded without any finding. */
    FINDINGS_EMPTY("program.findings.empty"),
    /** An HR day, a meeting or a submission names nobody. */
    PEOPLE_EMPTY("program.people.empty"),
    /** A session's ordinal is not its place in the list; arguments: expected, actual. */
    SESSION_ORDINAL("program.session.ordinal"),
    /** More sessions than the template has; argument: the template's count. */
    SESSION_TOO_MANY("program.session.too-many"),
    /** A session is not dated after the one before it; arguments: its date, the previous date. */
    SESSION_DATE_NOT_AFTER_PREVIOUS("program.session.date-not-after-previous"),
    /** A session is held while an earlier one is not; argument: the earlier session's ordinal. */
    SESSION_PREVIOUS_NOT_HELD("program.session.previous-not-held"),
    /** Attendance is recorded for a session not yet held; argument: the session's id. */
    SESSION_NOT_HELD("program.session.not-held"),
    /** An interim assignment follows no session that can have one after it; arguments: ordinal, max. */
    ASSIGNMENT_AFTER_SESSION_OUT_OF_RANGE("program.assignment.after-session-out-of-range"),
    /** A mentor or pair submits more than once, or with more than two mentors; argument: detail. */
    SUBMISSION_DUPLICATE("program.submission.duplicate"),
    /** A submission names more than two mentors; argument: the count. */
    SUBMISSION_TOO_MANY_MENTORS("program.submission.too-many-mentors"),
    /** A mentor's withdrawal is before their enrolment; arguments: withdrawn, enrolled. */
    MENTOR_WITHDRAWN_BEFORE_ENROLLED("program.mentor.withdrawn-before-enrolled"),
    /** A person named as a mentor is not enrolled (or no longer) in the programme; argument: the id. */
    MENTOR_NOT_ENROLLED("program.mentor.not-enrolled"),
    /**
     * A mentor's enrolment is before the withdrawal that ended their previous period; arguments:
     * the enrolment, the withdrawal.
     */
    MENTOR_ENROLLED_BEFORE_WITHDRAWAL("program.mentor.enrolled-before-withdrawal"),
    /**
     * A mentor is recorded present at a session held on a day they were not enrolled; arguments:
     * the mentor, the session's date.
     */
    ATTENDANCE_NOT_ENROLLED_THEN("program.attendance.not-enrolled-then"),
    /** A development target's dimension is not a well-formed code; argument: the code. */
    TARGET_DIMENSION_MALFORMED("program.target.dimension-malformed"),
    /** A checkpoint is dated before the one before it; arguments: its date, the previous date. */
    CHECKPOINT_DATE_BEFORE_PREVIOUS("program.checkpoint.date-before-previous"),
    /** A participating unit is listed twice; argument: the unit's id. */
    UNIT_DUPLICATE("program.unit.duplicate"),
    /** The optimistic-locking version is negative; argument: the version. */
    VERSION_NEGATIVE("program.version.negative"),
    /** A text names no {@link ProgramPhase}; arguments: the quoted text, the names. */
    PHASE_UNKNOWN("program.phase.unknown"),
    /** A text names no {@link ActionStatus}; arguments: the quoted text, the names. */
    ACTION_STATUS_UNKNOWN("program.action-status.unknown"),
    /** A text names no {@link SupportKind}; arguments: the quoted text, the names. */
    SUPPORT_KIND_UNKNOWN("program.support-kind.unknown"),

    // ---------------------------------------------------------------- refusals
    /** A person of another organization; argument: the person (never the other tenant's id). */
    PERSON_OTHER_ORGANIZATION("program.person.other-organization"),
    /** A unit the organization does not have; argument: the unit's id. */
    UNIT_UNKNOWN("program.unit.unknown"),
    /** A unit the organization has closed; argument: the unit's id. */
    UNIT_CLOSED("program.unit.closed"),
    /** A work-community goal for a unit that does not take part in the programme; argument: the unit's id. */
    UNIT_NOT_PARTICIPATING("program.unit.not-participating"),
    /** An organization given with a command is not the programme's. */
    ORGANIZATION_OTHER("program.organization.other"),
    /** A command not allowed in the current phase; arguments: the phase, the phases allowed. */
    PHASE_WRONG("program.phase.wrong"),
    /** A command on a programme that has ended (closed or embedding); argument: the phase. */
    PHASE_CLOSED("program.phase.closed"),
    /** An advance to a phase that does not follow the current one; arguments: target, current. */
    PHASE_NOT_NEXT("program.phase.not-next"),
    /** Going back from a phase that has no previous one to go back to; argument: the phase. */
    PHASE_NO_PREVIOUS("program.phase.no-previous"),
    /** A sponsor without {@code MANAGEMENT}; argument: the person. */
    SPONSOR_NOT_MANAGEMENT("program.sponsor.not-management"),
    /** A coordinator without {@code HR}; argument: the person. */
    COORDINATOR_NOT_HR("program.coordinator.not-hr"),
    /** A goal set by someone without {@code MANAGEMENT}; argument: the actor. */
    GOAL_NOT_MANAGEMENT("program.goal.not-management"),
    /** A command that would change nothing. */
    UNCHANGED("program.unchanged"),
    /** A volunteer without mentor consent in force; argument: the person. */
    MENTOR_NO_CONSENT("program.mentor.no-consent"),
    /** A mentor already enrolled; argument: the person. */
    MENTOR_ALREADY_ENROLLED("program.mentor.already-enrolled"),
    /** A record the programme does not have; argument: the id. */
    RECORD_UNKNOWN("program.record.unknown"),
    /** A date outside the programme's planned dates; arguments: date, start, end. */
    DATE_OUTSIDE_PROGRAMME("program.date.outside-programme"),
    /** A session already held; argument: the session's id. */
    SESSION_ALREADY_HELD("program.session.already-held"),
    /** An assignment's due date not between its sessions; arguments: due, from, to. */
    ASSIGNMENT_DUE_OUTSIDE_INTERVAL("program.assignment.due-outside-interval"),
    /** An assignment after a session not yet scheduled; argument: the ordinal. */
    ASSIGNMENT_SESSION_NOT_SCHEDULED("program.assignment.session-not-scheduled"),

    // ---------------------------------------------------------------- phase guards
    /** PREPARATION: a sponsor with MANAGEMENT is named. */
    GUARD_SPONSOR_NAMED("program.guard.sponsor-named"),
    /** PREPARATION: a coordinator with HR is named. */
    GUARD_COORDINATOR_NAMED("program.guard.coordinator-named"),
    /** ANALYSIS: at least one HR day was held. */
    GUARD_HR_DAY_HELD("program.guard.hr-day-held"),
    /** ANALYSIS: the learning culture was analysed (findings recorded). */
    GUARD_CULTURE_ANALYSED("program.guard.culture-analysed"),
    /** ANALYSIS: at least one development target was chosen. */
    GUARD_TARGET_CHOSEN("program.guard.development-target-chosen"),
    /** ANALYSIS, advisory: a baseline survey was run. */
    GUARD_BASELINE_SURVEY("program.guard.baseline-survey-recommended"),
    /** GOAL_SETTING: at least one goal was set. */
    GUARD_GOAL_SET("program.guard.goal-set"),
    /** GOAL_SETTING: every goal has an indicator; argument: the number of goals without. */
    GUARD_GOAL_INDICATORS("program.guard.goal-indicators"),
    /** RECRUITMENT: at least two mentors enrolled; arguments: min, count. */
    GUARD_MENTORS_ENROLLED("program.guard.mentors-enrolled"),
    /** RECRUITMENT: every session of the template scheduled; arguments: needed, scheduled. */
    GUARD_SESSIONS_SCHEDULED("program.guard.sessions-scheduled"),
    /** RECRUITMENT, advisory: the template's interim assignments given; arguments: recommended, given. */
    GUARD_ASSIGNMENTS_GIVEN("program.guard.assignments-given"),
    /** TRAINING: every session held; arguments: needed, held. */
    GUARD_SESSIONS_HELD("program.guard.sessions-held"),
    /** TRAINING: attendance of every active mentor recorded for every session; argument: missing records. */
    GUARD_ATTENDANCE_RECORDED("program.guard.attendance-recorded"),
    /** TRAINING: every active mentor wrote a credo; argument: mentors without. */
    GUARD_CREDOS_WRITTEN("program.guard.credos-written"),
    /** TRAINING, advisory: the template's recommended mentor–HR meetings held; arguments: recommended, held. */
    GUARD_MEETINGS_HELD("program.guard.mentor-hr-meetings-recommended"),
    /** IMPLEMENTATION: at least one monitoring checkpoint recorded. */
    GUARD_CHECKPOINT_RECORDED("program.guard.checkpoint-recorded"),
    /** EVALUATION: an evaluation was recorded. */
    GUARD_EVALUATION_RECORDED("program.guard.evaluation-recorded");

    private final String code;

    ProgramViolation(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
