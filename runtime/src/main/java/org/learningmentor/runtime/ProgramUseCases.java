package org.learningmentor.runtime;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.learningmentor.core.common.ActionItemId;
import org.learningmentor.core.common.AssignmentId;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.CheckpointId;
import org.learningmentor.core.common.HrDayId;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.MeetingId;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.SessionId;
import org.learningmentor.core.goal.ProgramGoal;
import org.learningmentor.core.program.ActionItem;
import org.learningmentor.core.program.ActionStatus;
import org.learningmentor.core.program.DevelopmentTarget;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.core.program.ProgramTemplate;
import org.learningmentor.core.program.SupportActivity;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;

/**
 * The use cases of {@link MentoringProgram}: one method per command of the model, and the
 * queries. Obtain it from {@link LearningMentor#programs()}.
 *
 * <pre>{@code
 * MentoringProgram program = learningMentor.programs().create(hr, name, ProgramTemplate.standard(),
 *         LocalDate.of(2026, 2, 2), LocalDate.of(2026, 12, 18), List.of());
 * program = learningMentor.programs().nameSponsor(hr, program.id(), director.id());
 * }</pre>
 *
 * <p>Every command runs in the actor's organization and in one transaction: it loads the programme
 * and the people it names, authorizes the actor for its {@link Permission}, runs the model's
 * command with the actor as stored and the time from the runtime's clock, saves the programme and
 * appends the command's event to the outbox. On a concurrent update it runs again on fresh state,
 * up to the configured number of attempts. It returns the programme as stored (with its new
 * version), and throws:
 *
 * <ul>
 *   <li>{@link AccessDeniedException} when the actor may not run it;
 *   <li>{@link NotFoundException} when the programme or a person it names is not in the actor's
 *       organization;
 *   <li>the model's {@link org.learningmentor.core.program.ProgramRuleException}, {@link
 *       org.learningmentor.core.program.PhaseAdvanceException} or {@link
 *       org.learningmentor.core.common.ValidationException} when a rule refuses it (not retried);
 *   <li>{@link org.learningmentor.persistence.ConcurrentUpdateException} when every attempt
 *       conflicted, and the SPI's other exceptions when the storage fails.
 * </ul>
 *
 * Commands that record something new (an HR day, a session, an assignment…) draw its id from the
 * runtime's {@link org.learningmentor.core.common.IdGenerator} once per call, so a retry records
 * the same id; the new record is the last of its list in the returned programme.
 *
 * <p>This type is thread-safe.
 */
public final class ProgramUseCases {

    private final UseCaseRunner runner;
    private final Store<MentoringProgram, ProgramId> programs;

    ProgramUseCases(UseCaseRunner runner) {
        this.runner = runner;
        this.programs = Store.programs(runner.persistence());
    }

    // ---------------------------------------------------------------- queries

    /**
     * Returns a programme of the actor's organization ({@link Permission#PROGRAM_VIEW}).
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @return the programme, or empty when the organization has none with the id
     * @throws AccessDeniedException when the actor may not see programmes
     */
    public Optional<MentoringProgram> find(Actor actor, ProgramId programId) {
        Objects.requireNonNull(programId, "programId");
        return runner.query(actor, Permission.PROGRAM_VIEW, context -> {
            context.authorize();
            return context.persistence().programs().find(context.organizationId(), programId);
        });
    }

    /**
     * Returns a page of the actor's organization's programmes, in id order ({@link
     * Permission#PROGRAM_LIST}).
     *
     * @param actor the actor, not null
     * @param request the page, not null
     * @return the page, never null
     * @throws AccessDeniedException when the actor may not list programmes
     */
    public Page<MentoringProgram> list(Actor actor, PageRequest request) {
        Objects.requireNonNull(request, "request");
        return runner.query(actor, Permission.PROGRAM_LIST, context -> {
            context.authorize();
            return context.persistence().programs().findAll(context.organizationId(), request);
        });
    }

    /**
     * Returns a page of the actor's organization's programmes in a phase, in id order ({@link
     * Permission#PROGRAM_LIST}).
     *
     * @param actor the actor, not null
     * @param phase the phase, not null
     * @param request the page, not null
     * @return the page, never null
     * @throws AccessDeniedException when the actor may not list programmes
     */
    public Page<MentoringProgram> listByPhase(Actor actor, ProgramPhase phase, PageRequest request) {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(request, "request");
        return runner.query(actor, Permission.PROGRAM_LIST, context -> {
            context.authorize();
            return context.persistence().programs().findByPhase(context.organizationId(), phase, request);
        });
    }

    // ---------------------------------------------------------------- preparation

    /**
     * Creates a programme in {@link ProgramPhase#PREPARATION} ({@link Permission#PROGRAM_CREATE}).
     *
     * @param actor the actor, not null
     * @param name the programme's name, not null
     * @param template the template it follows, not null
     * @param plannedStart the planned first day, not null
     * @param plannedEnd the planned last day, not null
     * @param unitIds the participating units, not null; empty for the whole organization
     * @return the stored programme, never null
     * @see MentoringProgram#create
     */
    public MentoringProgram create(
            Actor actor,
            LocalizedText name,
            ProgramTemplate template,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            List<OrgUnitId> unitIds) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(plannedStart, "plannedStart");
        Objects.requireNonNull(plannedEnd, "plannedEnd");
        List<OrgUnitId> units = List.copyOf(Objects.requireNonNull(unitIds, "unitIds"));
        ProgramId id = ProgramId.next(runner.ids());
        return runner.create(
                actor,
                Permission.PROGRAM_CREATE,
                programs,
                List.of(),
                context -> MentoringProgram.create(
                        id,
                        context.organization(),
                        name,
                        template,
                        plannedStart,
                        plannedEnd,
                        units,
                        context.actor(),
                        context.now()));
    }

    /**
     * Names the sponsor ({@link Permission#PROGRAM_NAME_SPONSOR}).
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @param sponsorId the sponsor, a person of the organization with MANAGEMENT; not null
     * @return the stored programme, never null
     * @see MentoringProgram#nameSponsor
     */
    public MentoringProgram nameSponsor(Actor actor, ProgramId programId, PersonId sponsorId) {
        Objects.requireNonNull(sponsorId, "sponsorId");
        return update(
                actor,
                Permission.PROGRAM_NAME_SPONSOR,
                programId,
                (c, p) -> p.nameSponsor(c.person(sponsorId), c.actor(), c.now()));
    }

    /**
     * Names the coordinator ({@link Permission#PROGRAM_NAME_COORDINATOR}).
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @param coordinatorId the coordinator, a person of the organization with HR; not null
     * @return the stored programme, never null
     * @see MentoringProgram#nameCoordinator
     */
    public MentoringProgram nameCoordinator(Actor actor, ProgramId programId, PersonId coordinatorId) {
        Objects.requireNonNull(coordinatorId, "coordinatorId");
        return update(
                actor,
                Permission.PROGRAM_NAME_COORDINATOR,
                programId,
                (c, p) -> p.nameCoordinator(c.person(coordinatorId), c.actor(), c.now()));
    }

    // ---------------------------------------------------------------- analysis and goals

    /**
     * Records an HR day; the new day is the last of {@link MentoringProgram#hrDays()} ({@link
     * Permission#PROGRAM_HOLD_HR_DAY}).
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @param date the day, not null
     * @param participantIds who took part, not null, at least one, people of the organization
     * @param notes the notes, not null; empty or not blank
     * @return the stored programme, never null
     * @see MentoringProgram#holdHrDay
     */
    public MentoringProgram holdHrDay(
            Actor actor, ProgramId programId, LocalDate date, List<PersonId> participantIds, Optional<String> notes) {
        Objects.requireNonNull(date, "date");
        List<PersonId> participants = List.copyOf(Objects.requireNonNull(participantIds, "participantIds"));
        Objects.requireNonNull(notes, "notes");
        HrDayId id = HrDayId.next(runner.ids());
        return update(
                actor,
                Permission.PROGRAM_HOLD_HR_DAY,
                programId,
                (c, p) -> p.holdHrDay(id, date, c.people(participants), notes, c.actor(), c.now()));
    }

    /**
     * Records the findings of the learning-culture analysis ({@link
     * Permission#PROGRAM_RECORD_CULTURE_ANALYSIS}).
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @param findings the findings, not null, not empty
     * @param baselineSurveyOn when a baseline survey was run, not null; empty when none
     * @return the stored programme, never null
     * @see MentoringProgram#recordCultureAnalysis
     */
    public MentoringProgram recordCultureAnalysis(
            Actor actor, ProgramId programId, List<LocalizedText> findings, Optional<LocalDate> baselineSurveyOn) {
        List<LocalizedText> copy = List.copyOf(Objects.requireNonNull(findings, "findings"));
        Objects.requireNonNull(baselineSurveyOn, "baselineSurveyOn");
        return update(
                actor,
                Permission.PROGRAM_RECORD_CULTURE_ANALYSIS,
                programId,
                (c, p) -> p.recordCultureAnalysis(copy, baselineSurveyOn, c.actor(), c.now()));
    }

    /**
     * Records a development target the analysis chose ({@link
     * Permission#PROGRAM_CHOOSE_DEVELOPMENT_TARGET}).
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @param target the target, not null, with a new id
     * @return the stored programme, never null
     * @see MentoringProgram#chooseDevelopmentTarget
     */
    public MentoringProgram chooseDevelopmentTarget(Actor actor, ProgramId programId, DevelopmentTarget target) {
        Objects.requireNonNull(target, "target");
        return update(
                actor,
                Permission.PROGRAM_CHOOSE_DEVELOPMENT_TARGET,
                programId,
                (c, p) -> p.chooseDevelopmentTarget(target, c.actor(), c.now()));
    }

    /**
     * Sets or revises a programme goal ({@link Permission#PROGRAM_SET_GOAL}).
     *
     * @param actor the actor, not null; the model also requires MANAGEMENT
     * @param programId the programme, not null
     * @param goal the goal, not null
     * @return the stored programme, never null
     * @see MentoringProgram#setGoal
     */
    public MentoringProgram setGoal(Actor actor, ProgramId programId, ProgramGoal goal) {
        Objects.requireNonNull(goal, "goal");
        return update(
                actor,
                Permission.PROGRAM_SET_GOAL,
                programId,
                (c, p) -> p.setGoal(goal, c.organization(), c.actor(), c.now()));
    }

    // ---------------------------------------------------------------- recruitment

    /**
     * Enrols a volunteer as a mentor of the programme ({@link Permission#PROGRAM_ENROLL_MENTOR};
     * "own" when the actor enrols themself).
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @param mentorId the volunteer, an active mentor of the organization; not null
     * @return the stored programme, never null
     * @see MentoringProgram#enrollMentor
     */
    public MentoringProgram enrollMentor(Actor actor, ProgramId programId, PersonId mentorId) {
        Objects.requireNonNull(mentorId, "mentorId");
        return runner.update(
                actor,
                Permission.PROGRAM_ENROLL_MENTOR,
                programs,
                programId,
                p -> List.of(mentorId),
                (c, p) -> p.enrollMentor(c.person(mentorId), c.actor(), c.now()));
    }

    /**
     * Records that a mentor left the programme ({@link Permission#PROGRAM_WITHDRAW_MENTOR}; "own"
     * when the actor withdraws themself).
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @param mentorId the mentor, not null
     * @return the stored programme, never null
     * @see MentoringProgram#withdrawMentor
     */
    public MentoringProgram withdrawMentor(Actor actor, ProgramId programId, PersonId mentorId) {
        Objects.requireNonNull(mentorId, "mentorId");
        return runner.update(
                actor,
                Permission.PROGRAM_WITHDRAW_MENTOR,
                programs,
                programId,
                p -> List.of(mentorId),
                (c, p) -> p.withdrawMentor(mentorId, c.actor(), c.now()));
    }

    // ---------------------------------------------------------------- training

    /**
     * Schedules the next training session; it is the last of {@link MentoringProgram#sessions()}
     * ({@link Permission#PROGRAM_SCHEDULE_SESSION}).
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @param date the day, not null
     * @return the stored programme, never null
     * @see MentoringProgram#scheduleSession
     */
    public MentoringProgram scheduleSession(Actor actor, ProgramId programId, LocalDate date) {
        Objects.requireNonNull(date, "date");
        SessionId id = SessionId.next(runner.ids());
        return update(
                actor,
                Permission.PROGRAM_SCHEDULE_SESSION,
                programId,
                (c, p) -> p.scheduleSession(id, date, c.actor(), c.now()));
    }

    /**
     * Records that a session was held ({@link Permission#PROGRAM_HOLD_SESSION}).
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @param sessionId the session, not null
     * @return the stored programme, never null
     * @see MentoringProgram#holdSession
     */
    public MentoringProgram holdSession(Actor actor, ProgramId programId, SessionId sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return update(
                actor,
                Permission.PROGRAM_HOLD_SESSION,
                programId,
                (c, p) -> p.holdSession(sessionId, c.actor(), c.now()));
    }

    /**
     * Records whether a mentor was present at a held session ({@link
     * Permission#PROGRAM_RECORD_ATTENDANCE}).
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @param sessionId the session, not null
     * @param mentorId the mentor, not null
     * @param present whether the mentor was present
     * @return the stored programme, never null
     * @see MentoringProgram#recordAttendance
     */
    public MentoringProgram recordAttendance(
            Actor actor, ProgramId programId, SessionId sessionId, PersonId mentorId, boolean present) {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(mentorId, "mentorId");
        return update(
                actor,
                Permission.PROGRAM_RECORD_ATTENDANCE,
                programId,
                (c, p) -> p.recordAttendance(sessionId, mentorId, present, c.actor(), c.now()));
    }

    /**
     * Gives an interim assignment; it is the last of {@link MentoringProgram#assignments()} ({@link
     * Permission#PROGRAM_GIVE_ASSIGNMENT}).
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @param title what the mentors are asked to do, not null
     * @param afterSession the ordinal of the session it follows
     * @param dueOn the day it is due, not null
     * @return the stored programme, never null
     * @see MentoringProgram#giveAssignment
     */
    public MentoringProgram giveAssignment(
            Actor actor, ProgramId programId, LocalizedText title, int afterSession, LocalDate dueOn) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(dueOn, "dueOn");
        AssignmentId id = AssignmentId.next(runner.ids());
        return update(
                actor,
                Permission.PROGRAM_GIVE_ASSIGNMENT,
                programId,
                (c, p) -> p.giveAssignment(id, title, afterSession, dueOn, c.actor(), c.now()));
    }

    /**
     * Records a submission of an interim assignment by a mentor or the two mentors of a pair
     * ({@link Permission#PROGRAM_SUBMIT_ASSIGNMENT}; "own" when the actor is one of them).
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @param assignmentId the assignment, not null
     * @param mentorIds the mentor or the two of a pair, not null
     * @return the stored programme, never null
     * @see MentoringProgram#submitAssignment
     */
    public MentoringProgram submitAssignment(
            Actor actor, ProgramId programId, AssignmentId assignmentId, List<PersonId> mentorIds) {
        Objects.requireNonNull(assignmentId, "assignmentId");
        List<PersonId> mentors = List.copyOf(Objects.requireNonNull(mentorIds, "mentorIds"));
        return runner.update(
                actor,
                Permission.PROGRAM_SUBMIT_ASSIGNMENT,
                programs,
                programId,
                p -> mentors,
                (c, p) -> p.submitAssignment(assignmentId, mentors, c.actor(), c.now()));
    }

    /**
     * Records a mentor–HR meeting; it is the last of {@link MentoringProgram#meetings()} ({@link
     * Permission#PROGRAM_HOLD_MENTOR_HR_MEETING}).
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @param date the day, not null
     * @param attendeeIds who attended, not null, at least one, people of the organization
     * @param notes the notes, not null; empty or not blank
     * @return the stored programme, never null
     * @see MentoringProgram#holdMentorHrMeeting
     */
    public MentoringProgram holdMentorHrMeeting(
            Actor actor, ProgramId programId, LocalDate date, List<PersonId> attendeeIds, Optional<String> notes) {
        Objects.requireNonNull(date, "date");
        List<PersonId> attendees = List.copyOf(Objects.requireNonNull(attendeeIds, "attendeeIds"));
        Objects.requireNonNull(notes, "notes");
        MeetingId id = MeetingId.next(runner.ids());
        return update(
                actor,
                Permission.PROGRAM_HOLD_MENTOR_HR_MEETING,
                programId,
                (c, p) -> p.holdMentorHrMeeting(id, date, c.people(attendees), notes, c.actor(), c.now()));
    }

    /**
     * Records a mentor's credo, or rewrites it ({@link Permission#PROGRAM_WRITE_CREDO}; "own" when
     * the actor is the mentor).
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @param mentorId the mentor, not null
     * @param text the credo, not null; personal text, kept in the programme, never logged
     * @return the stored programme, never null
     * @see MentoringProgram#writeCredo
     */
    public MentoringProgram writeCredo(Actor actor, ProgramId programId, PersonId mentorId, String text) {
        Objects.requireNonNull(mentorId, "mentorId");
        Objects.requireNonNull(text, "text");
        return runner.update(
                actor,
                Permission.PROGRAM_WRITE_CREDO,
                programs,
                programId,
                p -> List.of(mentorId),
                (c, p) -> p.writeCredo(mentorId, text, c.actor(), c.now()));
    }

    // ---------------------------------------------------------------- implementation and evaluation

    /**
     * Adds an item to the programme's action plan; it is the last of the plan's items ({@link
     * Permission#PROGRAM_ADD_ACTION_ITEM}).
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @param what what is done, not null
     * @param ownerId who owns it, a person of the organization; not null
     * @param dueOn the day it is due, not null
     * @return the stored programme, never null
     * @see MentoringProgram#addActionItem
     */
    public MentoringProgram addActionItem(
            Actor actor, ProgramId programId, LocalizedText what, PersonId ownerId, LocalDate dueOn) {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(dueOn, "dueOn");
        ActionItemId id = ActionItemId.next(runner.ids());
        return update(
                actor,
                Permission.PROGRAM_ADD_ACTION_ITEM,
                programId,
                (c, p) -> p.addActionItem(id, what, c.person(ownerId), dueOn, c.actor(), c.now()));
    }

    /**
     * Changes the status of an action item ({@link Permission#PROGRAM_CHANGE_ACTION_ITEM_STATUS};
     * "own" when the actor owns the item).
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @param itemId the item, not null
     * @param status the new status, not null
     * @return the stored programme, never null
     * @see MentoringProgram#changeActionItemStatus
     */
    public MentoringProgram changeActionItemStatus(
            Actor actor, ProgramId programId, ActionItemId itemId, ActionStatus status) {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(status, "status");
        return runner.update(
                actor,
                Permission.PROGRAM_CHANGE_ACTION_ITEM_STATUS,
                programs,
                programId,
                p -> p.actionPlan().item(itemId).map(ActionItem::ownerId).stream()
                        .toList(),
                (c, p) -> p.changeActionItemStatus(itemId, status, c.actor(), c.now()));
    }

    /**
     * Records coordinated support for the mentors ({@link Permission#PROGRAM_ARRANGE_SUPPORT}).
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @param activity the support, not null, with a new id
     * @return the stored programme, never null
     * @see MentoringProgram#arrangeSupport
     */
    public MentoringProgram arrangeSupport(Actor actor, ProgramId programId, SupportActivity activity) {
        Objects.requireNonNull(activity, "activity");
        return update(
                actor,
                Permission.PROGRAM_ARRANGE_SUPPORT,
                programId,
                (c, p) -> p.arrangeSupport(activity, c.actor(), c.now()));
    }

    /**
     * Records a monitoring checkpoint; it is the last of {@link MentoringProgram#checkpoints()}
     * ({@link Permission#PROGRAM_RECORD_CHECKPOINT}).
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @param date the day, not null
     * @param reviewed what was reviewed, not null
     * @param notes the notes, not null; empty or not blank
     * @return the stored programme, never null
     * @see MentoringProgram#recordCheckpoint
     */
    public MentoringProgram recordCheckpoint(
            Actor actor, ProgramId programId, LocalDate date, LocalizedText reviewed, Optional<String> notes) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reviewed, "reviewed");
        Objects.requireNonNull(notes, "notes");
        CheckpointId id = CheckpointId.next(runner.ids());
        return update(
                actor,
                Permission.PROGRAM_RECORD_CHECKPOINT,
                programId,
                (c, p) -> p.recordCheckpoint(id, date, reviewed, notes, c.actor(), c.now()));
    }

    /**
     * Records that the programme was evaluated ({@link Permission#PROGRAM_RECORD_EVALUATION}).
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @param evaluatedOn the day, not null
     * @return the stored programme, never null
     * @see MentoringProgram#recordEvaluation
     */
    public MentoringProgram recordEvaluation(Actor actor, ProgramId programId, LocalDate evaluatedOn) {
        Objects.requireNonNull(evaluatedOn, "evaluatedOn");
        return update(
                actor,
                Permission.PROGRAM_RECORD_EVALUATION,
                programId,
                (c, p) -> p.recordEvaluation(evaluatedOn, c.actor(), c.now()));
    }

    // ---------------------------------------------------------------- phases

    /**
     * Advances the programme to its next phase ({@link Permission#PROGRAM_ADVANCE}).
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @return the stored programme, never null
     * @throws org.learningmentor.core.program.PhaseAdvanceException listing every unmet condition
     * @see MentoringProgram#advance
     */
    public MentoringProgram advance(Actor actor, ProgramId programId) {
        return update(actor, Permission.PROGRAM_ADVANCE, programId, (c, p) -> p.advance(c.actor(), c.now()));
    }

    /**
     * Advances the programme to a following phase, such as {@link ProgramPhase#EMBEDDING} after
     * evaluation ({@link Permission#PROGRAM_ADVANCE}).
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @param target the phase to enter, not null
     * @return the stored programme, never null
     * @throws org.learningmentor.core.program.PhaseAdvanceException listing every unmet condition
     * @see MentoringProgram#advanceTo
     */
    public MentoringProgram advanceTo(Actor actor, ProgramId programId, ProgramPhase target) {
        Objects.requireNonNull(target, "target");
        return update(actor, Permission.PROGRAM_ADVANCE, programId, (c, p) -> p.advanceTo(target, c.actor(), c.now()));
    }

    /**
     * Returns the programme to its previous phase, for a reason kept in its phase history ({@link
     * Permission#PROGRAM_GO_BACK}).
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @param reason why, not null, not blank
     * @return the stored programme, never null
     * @see MentoringProgram#goBack
     */
    public MentoringProgram goBack(Actor actor, ProgramId programId, String reason) {
        Objects.requireNonNull(reason, "reason");
        return update(actor, Permission.PROGRAM_GO_BACK, programId, (c, p) -> p.goBack(reason, c.actor(), c.now()));
    }

    /** A command on a stored programme that is no one's own record. */
    private MentoringProgram update(
            Actor actor,
            Permission permission,
            ProgramId programId,
            BiFunction<Context, MentoringProgram, Change<MentoringProgram>> command) {
        return runner.update(actor, permission, programs, programId, command);
    }
}
