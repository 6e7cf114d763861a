package org.learningmentor.runtime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.learningmentor.core.common.ActionItemId;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.DevelopmentTargetId;
import org.learningmentor.core.common.GoalId;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.PairId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.PlanId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.pair.MentoringPair;
import org.learningmentor.core.plan.GoalAttainmentScale;
import org.learningmentor.core.plan.MentorPlan;
import org.learningmentor.core.plan.ProgressEntry;
import org.learningmentor.core.program.ActionItem;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;

/**
 * The use cases of {@link MentorPlan}: drafting a mentor's or a pair's plan, each edit, submission,
 * HR's approval or return, completion, cancellation, progress, and the queries. Obtain it from
 * {@link LearningMentor#plans()}.
 *
 * <pre>{@code
 * MentorPlan plan = learningMentor.plans().draftIndividual(Actor.of(aino), programId, title);
 * plan = learningMentor.plans().linkGoal(Actor.of(aino), plan.id(), goalId);
 * plan = learningMentor.plans().setScale(Actor.of(aino), plan.id(), goalId, scale);
 * plan = learningMentor.plans().addActionItem(Actor.of(aino), plan.id(), what, aino.id(), dueOn);
 * plan = learningMentor.plans().submit(Actor.of(aino), plan.id());
 * plan = learningMentor.plans().approve(hr, plan.id());
 * }</pre>
 *
 * <p>"Own" is an owner of the plan ({@link MentorPlan#ownerIds()}: the mentor, or either mentor of
 * the pair), read from the plan as stored; the default table lets mentors write only their own
 * plans, and the model lets only owners edit whatever the table says. Commands run like those of
 * {@link ProgramUseCases}, load the plan's programme (and pair) in the same transaction, and throw
 * {@link AccessDeniedException}, {@link NotFoundException}, the model's {@link
 * org.learningmentor.core.plan.PlanRuleException} or {@link
 * org.learningmentor.core.common.ValidationException}, and the SPI's exceptions.
 *
 * <p>This type is thread-safe.
 */
public final class PlanUseCases {

    private final UseCaseRunner runner;
    private final Store<MentorPlan, PlanId> plans;
    private final Store<MentoringProgram, ProgramId> programs;
    private final Store<MentoringPair, PairId> pairs;

    PlanUseCases(UseCaseRunner runner) {
        this.runner = runner;
        this.plans = Store.plans(runner.persistence());
        this.programs = Store.programs(runner.persistence());
        this.pairs = Store.pairs(runner.persistence());
    }

    // ---------------------------------------------------------------- queries

    /**
     * Returns a plan of the actor's organization ({@link Permission#PLAN_VIEW}; "own" when the actor
     * owns it).
     *
     * @param actor the actor, not null
     * @param planId the plan, not null
     * @return the plan, or empty when the organization has none with the id (an actor who may see
     *     only their own plans is denied instead, so that ids cannot be probed)
     * @throws AccessDeniedException when the actor may not see the plan
     */
    public Optional<MentorPlan> find(Actor actor, PlanId planId) {
        Objects.requireNonNull(planId, "planId");
        return runner.query(actor, Permission.PLAN_VIEW, context -> {
            Optional<MentorPlan> plan = context.persistence().plans().find(context.organizationId(), planId);
            context.authorize(plan.map(MentorPlan::ownerIds).orElse(List.of()));
            return plan;
        });
    }

    /**
     * Returns a page of a programme's plans, in plan id order ({@link Permission#PLAN_LIST}).
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @param request the page, not null
     * @return the page, never null; empty for an unknown programme
     * @throws AccessDeniedException when the actor may not list plans
     */
    public Page<MentorPlan> listByProgram(Actor actor, ProgramId programId, PageRequest request) {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(request, "request");
        return runner.query(actor, Permission.PLAN_LIST, context -> {
            context.authorize();
            return context.persistence().plans().findByProgram(context.organizationId(), programId, request);
        });
    }

    // ---------------------------------------------------------------- drafting

    /**
     * Drafts the actor's own individual plan ({@link Permission#PLAN_DRAFT}; always the actor's
     * own: the actor is the mentor).
     *
     * @param actor the actor, an active mentor of the programme; not null
     * @param programId the programme, not null
     * @param title the title, not null
     * @return the stored draft, never null
     * @see MentorPlan#draftIndividual
     */
    public MentorPlan draftIndividual(Actor actor, ProgramId programId, LocalizedText title) {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(title, "title");
        PlanId id = PlanId.next(runner.ids());
        return runner.create(
                actor,
                Permission.PLAN_DRAFT,
                plans,
                List.of(Objects.requireNonNull(actor, "actor").personId()),
                c -> MentorPlan.draftIndividual(id, c.find(programs, programId), c.actor(), title, c.now()));
    }

    /**
     * Drafts the plan of a mentor pair the actor is in ({@link Permission#PLAN_DRAFT}; "own" when
     * the actor is a member of the pair).
     *
     * @param actor the actor, not null
     * @param pairId the pair, an active mentor pair; not null
     * @param title the title, not null
     * @return the stored draft, owned by both members, never null
     * @see MentorPlan#draftForPair
     */
    public MentorPlan draftForPair(Actor actor, PairId pairId, LocalizedText title) {
        Objects.requireNonNull(pairId, "pairId");
        Objects.requireNonNull(title, "title");
        PlanId id = PlanId.next(runner.ids());
        return runner.execute(actor, Permission.PLAN_DRAFT, c -> {
            MentoringPair pair = c.find(pairs, pairId);
            c.authorize(PairUseCases.members(pair));
            return c.save(
                    plans,
                    MentorPlan.draftForPair(id, c.find(programs, pair.programId()), pair, c.actor(), title, c.now()));
        });
    }

    // ---------------------------------------------------------------- edits (PLAN_EDIT)

    /**
     * Changes the title ({@link Permission#PLAN_EDIT}).
     *
     * @param actor the actor, not null
     * @param planId the plan, not null
     * @param title the new title, not null
     * @return the stored plan, never null
     * @see MentorPlan#changeTitle
     */
    public MentorPlan changeTitle(Actor actor, PlanId planId, LocalizedText title) {
        Objects.requireNonNull(title, "title");
        return edit(actor, planId, (c, plan) -> plan.changeTitle(title, c.actorId(), c.now()));
    }

    /**
     * Links a programme goal ({@link Permission#PLAN_EDIT}).
     *
     * @param actor the actor, not null
     * @param planId the plan, not null
     * @param goalId a goal of the programme, not null
     * @return the stored plan, never null
     * @see MentorPlan#linkGoal
     */
    public MentorPlan linkGoal(Actor actor, PlanId planId, GoalId goalId) {
        Objects.requireNonNull(goalId, "goalId");
        return edit(actor, planId, (c, plan) -> plan.linkGoal(goalId, program(c, plan), c.actorId(), c.now()));
    }

    /**
     * Unlinks a goal ({@link Permission#PLAN_EDIT}).
     *
     * @param actor the actor, not null
     * @param planId the plan, not null
     * @param goalId a linked goal, not null
     * @return the stored plan, never null
     * @see MentorPlan#unlinkGoal
     */
    public MentorPlan unlinkGoal(Actor actor, PlanId planId, GoalId goalId) {
        Objects.requireNonNull(goalId, "goalId");
        return edit(actor, planId, (c, plan) -> plan.unlinkGoal(goalId, c.actorId(), c.now()));
    }

    /**
     * Sets a linked goal's attainment scale ({@link Permission#PLAN_EDIT}).
     *
     * @param actor the actor, not null
     * @param planId the plan, not null
     * @param goalId a linked goal, not null
     * @param scale the scale, not null
     * @return the stored plan, never null
     * @see MentorPlan#setScale
     */
    public MentorPlan setScale(Actor actor, PlanId planId, GoalId goalId, GoalAttainmentScale scale) {
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(scale, "scale");
        return edit(actor, planId, (c, plan) -> plan.setScale(goalId, scale, c.actorId(), c.now()));
    }

    /**
     * Sets a linked goal's weight ({@link Permission#PLAN_EDIT}).
     *
     * @param actor the actor, not null
     * @param planId the plan, not null
     * @param goalId a linked goal, not null
     * @param weight the weight, not null
     * @return the stored plan, never null
     * @see MentorPlan#setGoalWeight
     */
    public MentorPlan setGoalWeight(Actor actor, PlanId planId, GoalId goalId, BigDecimal weight) {
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(weight, "weight");
        return edit(actor, planId, (c, plan) -> plan.setGoalWeight(goalId, weight, c.actorId(), c.now()));
    }

    /**
     * Links a development target of the programme's analysis ({@link Permission#PLAN_EDIT}).
     *
     * @param actor the actor, not null
     * @param planId the plan, not null
     * @param targetId the target, not null
     * @return the stored plan, never null
     * @see MentorPlan#linkDevelopmentTarget
     */
    public MentorPlan linkDevelopmentTarget(Actor actor, PlanId planId, DevelopmentTargetId targetId) {
        Objects.requireNonNull(targetId, "targetId");
        return edit(
                actor,
                planId,
                (c, plan) -> plan.linkDevelopmentTarget(targetId, program(c, plan), c.actorId(), c.now()));
    }

    /**
     * Unlinks a development target ({@link Permission#PLAN_EDIT}).
     *
     * @param actor the actor, not null
     * @param planId the plan, not null
     * @param targetId a linked target, not null
     * @return the stored plan, never null
     * @see MentorPlan#unlinkDevelopmentTarget
     */
    public MentorPlan unlinkDevelopmentTarget(Actor actor, PlanId planId, DevelopmentTargetId targetId) {
        Objects.requireNonNull(targetId, "targetId");
        return edit(actor, planId, (c, plan) -> plan.unlinkDevelopmentTarget(targetId, c.actorId(), c.now()));
    }

    /**
     * Adds a unit (work community) the plan addresses ({@link Permission#PLAN_EDIT}).
     *
     * @param actor the actor, not null
     * @param planId the plan, not null
     * @param unitId the unit, not null
     * @return the stored plan, never null
     * @see MentorPlan#addTargetUnit
     */
    public MentorPlan addTargetUnit(Actor actor, PlanId planId, OrgUnitId unitId) {
        Objects.requireNonNull(unitId, "unitId");
        return edit(actor, planId, (c, plan) -> plan.addTargetUnit(unitId, program(c, plan), c.actorId(), c.now()));
    }

    /**
     * Removes a unit the plan addresses ({@link Permission#PLAN_EDIT}).
     *
     * @param actor the actor, not null
     * @param planId the plan, not null
     * @param unitId the unit, not null
     * @return the stored plan, never null
     * @see MentorPlan#removeTargetUnit
     */
    public MentorPlan removeTargetUnit(Actor actor, PlanId planId, OrgUnitId unitId) {
        Objects.requireNonNull(unitId, "unitId");
        return edit(actor, planId, (c, plan) -> plan.removeTargetUnit(unitId, c.actorId(), c.now()));
    }

    /**
     * Adds an action item; it is the last of {@link MentorPlan#actionItems()} ({@link
     * Permission#PLAN_EDIT}). Its id is drawn once per call, so a retry records the same id.
     *
     * @param actor the actor, not null
     * @param planId the plan, not null
     * @param what what is done, not null
     * @param ownerId who does it, an owner of the plan; not null
     * @param dueOn the day it is due, inside the programme; not null
     * @return the stored plan, never null
     * @see MentorPlan#addActionItem
     */
    public MentorPlan addActionItem(Actor actor, PlanId planId, LocalizedText what, PersonId ownerId, LocalDate dueOn) {
        ActionItem item = ActionItem.builder()
                .id(ActionItemId.next(runner.ids()))
                .what(Objects.requireNonNull(what, "what"))
                .ownerId(Objects.requireNonNull(ownerId, "ownerId"))
                .dueOn(Objects.requireNonNull(dueOn, "dueOn"))
                .build();
        return edit(actor, planId, (c, plan) -> plan.addActionItem(item, program(c, plan), c.actorId(), c.now()));
    }

    /**
     * Replaces an action item with a changed one of the same id ({@link Permission#PLAN_EDIT}).
     *
     * @param actor the actor, not null
     * @param planId the plan, not null
     * @param item the changed item, not null
     * @return the stored plan, never null
     * @see MentorPlan#updateActionItem
     */
    public MentorPlan updateActionItem(Actor actor, PlanId planId, ActionItem item) {
        Objects.requireNonNull(item, "item");
        return edit(actor, planId, (c, plan) -> plan.updateActionItem(item, program(c, plan), c.actorId(), c.now()));
    }

    /**
     * Removes an action item ({@link Permission#PLAN_EDIT}).
     *
     * @param actor the actor, not null
     * @param planId the plan, not null
     * @param itemId the item, not null
     * @return the stored plan, never null
     * @see MentorPlan#removeActionItem
     */
    public MentorPlan removeActionItem(Actor actor, PlanId planId, ActionItemId itemId) {
        Objects.requireNonNull(itemId, "itemId");
        return edit(actor, planId, (c, plan) -> plan.removeActionItem(itemId, c.actorId(), c.now()));
    }

    /**
     * Describes the support needed from HR, or clears it ({@link Permission#PLAN_EDIT}).
     *
     * @param actor the actor, not null
     * @param planId the plan, not null
     * @param supportNeeded the description, or empty; not null
     * @return the stored plan, never null
     * @see MentorPlan#describeSupportNeeded
     */
    public MentorPlan describeSupportNeeded(Actor actor, PlanId planId, Optional<LocalizedText> supportNeeded) {
        Objects.requireNonNull(supportNeeded, "supportNeeded");
        return edit(actor, planId, (c, plan) -> plan.describeSupportNeeded(supportNeeded, c.actorId(), c.now()));
    }

    /**
     * Sets the monitoring dates ({@link Permission#PLAN_EDIT}).
     *
     * @param actor the actor, not null
     * @param planId the plan, not null
     * @param dates the days, ascending, inside the programme; not null
     * @return the stored plan, never null
     * @see MentorPlan#setMonitoringDates
     */
    public MentorPlan setMonitoringDates(Actor actor, PlanId planId, List<LocalDate> dates) {
        List<LocalDate> copy = List.copyOf(Objects.requireNonNull(dates, "dates"));
        return edit(actor, planId, (c, plan) -> plan.setMonitoringDates(copy, program(c, plan), c.actorId(), c.now()));
    }

    // ---------------------------------------------------------------- approval and after

    /**
     * Submits the plan to HR ({@link Permission#PLAN_SUBMIT}; "own" when the actor owns it).
     *
     * @param actor the actor, not null
     * @param planId the plan, not null
     * @return the stored plan, never null
     * @see MentorPlan#submit
     */
    public MentorPlan submit(Actor actor, PlanId planId) {
        return owned(
                actor,
                Permission.PLAN_SUBMIT,
                planId,
                (c, plan) -> plan.submit(program(c, plan), c.actorId(), c.now()));
    }

    /**
     * Approves a submitted plan ({@link Permission#PLAN_APPROVE}; the model also requires HR).
     *
     * @param actor the actor, not null
     * @param planId the plan, not null
     * @return the stored plan, never null
     * @see MentorPlan#approve
     */
    public MentorPlan approve(Actor actor, PlanId planId) {
        return runner.update(actor, Permission.PLAN_APPROVE, plans, planId, (c, plan) -> {
            Optional<MentoringPair> pair =
                    plan.pairId().flatMap(id -> c.persistence().pairs().find(c.organizationId(), id));
            return plan.approve(c.actor(), program(c, plan), pair, c.now());
        });
    }

    /**
     * Returns a submitted plan for changes ({@link Permission#PLAN_RETURN}; the model also requires
     * HR).
     *
     * @param actor the actor, not null
     * @param planId the plan, not null
     * @param comments what to change, not null; kept in the plan, never in the event nor the log
     * @return the stored plan, never null
     * @see MentorPlan#returnForChanges
     */
    public MentorPlan returnForChanges(Actor actor, PlanId planId, LocalizedText comments) {
        Objects.requireNonNull(comments, "comments");
        return runner.update(
                actor,
                Permission.PLAN_RETURN,
                plans,
                planId,
                (c, plan) -> plan.returnForChanges(c.actor(), comments, c.now()));
    }

    /**
     * Records that an approved plan was carried out ({@link Permission#PLAN_COMPLETE}; "own" when
     * the actor owns it).
     *
     * @param actor the actor, not null
     * @param planId the plan, not null
     * @return the stored plan, never null
     * @see MentorPlan#complete
     */
    public MentorPlan complete(Actor actor, PlanId planId) {
        return owned(actor, Permission.PLAN_COMPLETE, planId, (c, plan) -> plan.complete(c.actor(), c.now()));
    }

    /**
     * Cancels an open plan ({@link Permission#PLAN_CANCEL}; "own" when the actor owns it).
     *
     * @param actor the actor, not null
     * @param planId the plan, not null
     * @return the stored plan, never null
     * @see MentorPlan#cancel
     */
    public MentorPlan cancel(Actor actor, PlanId planId) {
        return owned(actor, Permission.PLAN_CANCEL, planId, (c, plan) -> plan.cancel(c.actor(), c.now()));
    }

    /**
     * Records progress on an approved plan; the entry is the last of {@link MentorPlan#progress()}
     * ({@link Permission#PLAN_RECORD_PROGRESS}; "own" when the actor owns it).
     *
     * @param actor the actor, not null
     * @param planId the plan, not null
     * @param entry the entry, not null, with a new id; its note is kept in the plan, never in the
     *     event nor the log
     * @return the stored plan, never null
     * @see MentorPlan#recordProgress
     */
    public MentorPlan recordProgress(Actor actor, PlanId planId, ProgressEntry entry) {
        Objects.requireNonNull(entry, "entry");
        return owned(
                actor,
                Permission.PLAN_RECORD_PROGRESS,
                planId,
                (c, plan) -> plan.recordProgress(entry, c.actorId(), c.now()));
    }

    private MentoringProgram program(Context c, MentorPlan plan) {
        return c.find(programs, plan.programId());
    }

    private MentorPlan edit(Actor actor, PlanId planId, BiFunction<Context, MentorPlan, Change<MentorPlan>> command) {
        return owned(actor, Permission.PLAN_EDIT, planId, command);
    }

    /** A command on a stored plan whose owners are its "own" people. */
    private MentorPlan owned(
            Actor actor,
            Permission permission,
            PlanId planId,
            BiFunction<Context, MentorPlan, Change<MentorPlan>> command) {
        return runner.update(actor, permission, plans, planId, MentorPlan::ownerIds, command);
    }
}
