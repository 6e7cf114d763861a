package org.learningmentor.core.plan;

import org.learningmentor.core.common.ViolationCode;

/**
 * The violation codes of the {@link MentorPlan} aggregate: structural violations found when a plan
 * or one of its values is built (thrown in a {@link org.learningmentor.core.common.ValidationException}),
 * the rules by which a command is refused and the conditions of approval (thrown in a {@link
 * PlanRuleException}). Messages are in {@code org/learningmentor/core/plan/messages*.properties} in
 * English, Finnish and Swedish.
 */
public enum PlanViolation implements ViolationCode {
    // ---------------------------------------------------------------- structure
    /** A plan has the wrong number of owners for its kind; arguments: kind, expected, actual. */
    OWNERS_COUNT("plan.owners.count"),
    /** A plan names the same owner twice; argument: the person's id. */
    OWNERS_DUPLICATE("plan.owners.duplicate"),
    /** A pair plan without a pair, or an individual plan with one; argument: the kind. */
    PAIR_ID_KIND("plan.pair.id-kind"),
    /** Two records of one kind share an id; argument: the id. */
    ID_DUPLICATE("plan.id.duplicate"),
    /** A goal attainment scale does not have exactly five levels; arguments: expected, actual. */
    SCALE_LEVEL_COUNT("plan.scale.level-count"),
    /** A goal weight is not positive or too large; arguments: the weight, the largest allowed. */
    WEIGHT_OUT_OF_RANGE("plan.weight.out-of-range"),
    /** A goal attainment rating is outside −2..+2; argument: the level. */
    RATING_LEVEL_OUT_OF_RANGE("plan.rating.level-out-of-range"),
    /** An action item is owned by someone who does not own the plan; argument: the person's id. */
    ITEM_OWNER_NOT_OWNER("plan.item.owner-not-owner"),
    /** Monitoring dates are not in strictly ascending order; arguments: the date, the previous date. */
    MONITORING_NOT_ASCENDING("plan.monitoring.not-ascending"),
    /** A free text (a progress note) is blank. */
    TEXT_BLANK("plan.text.blank"),
    /** A rating or a change is for a goal the plan does not link; argument: the goal's id. */
    GOAL_NOT_LINKED("plan.goal.not-linked"),
    /** A record (item, target, unit) the command or entry names is not in the plan; argument: the id. */
    RECORD_UNKNOWN("plan.record.unknown"),
    /** A negative optimistic-locking version; argument: the version. */
    VERSION_NEGATIVE("plan.version.negative"),
    /** A plan kind that does not exist; arguments: the quoted name, the allowed names. */
    KIND_UNKNOWN("plan.kind.unknown"),
    /** A plan status that does not exist; arguments: the quoted name, the allowed names. */
    STATUS_UNKNOWN("plan.status.unknown"),
    /** A kind of edit that does not exist; arguments: the quoted name, the allowed names. */
    EDIT_UNKNOWN("plan.edit.unknown"),

    // ---------------------------------------------------------------- command rules
    /** A person of another organization; argument: the person's id. */
    PERSON_OTHER_ORGANIZATION("plan.person.other-organization"),
    /** A programme other than the plan's; argument: the programme's id. */
    PROGRAM_OTHER("plan.program.other"),
    /** The mentor is not an active mentor of the programme; argument: the person's id. */
    MENTOR_NOT_ACTIVE("plan.mentor.not-active"),
    /** The pair is not active; arguments: the pair's id, its status. */
    PAIR_NOT_ACTIVE("plan.pair.not-active"),
    /** The pair is not a pair of two mentors; arguments: the pair's id, its kind. */
    PAIR_NOT_MENTOR_PAIR("plan.pair.not-mentor-pair"),
    /** The pair belongs to another programme or organization; argument: the pair's id. */
    PAIR_OTHER_PROGRAM("plan.pair.other-program"),
    /** A pair plan is approved without its pair; argument: the pair's id. */
    PAIR_MISSING("plan.pair.missing"),
    /** The acting person does not own the plan (or is not in the pair); argument: the person's id. */
    ACTOR_NOT_OWNER("plan.actor.not-owner"),
    /** The acting person does not have the HR role; argument: the person's id. */
    ACTOR_NOT_HR("plan.actor.not-hr"),
    /** The acting person neither owns the plan nor has the HR role; argument: the person's id. */
    ACTOR_NOT_OWNER_OR_HR("plan.actor.not-owner-or-hr"),
    /** The command is not allowed in the plan's status; arguments: the status, the allowed ones. */
    STATUS_WRONG("plan.status.wrong"),
    /** The command would change nothing. */
    UNCHANGED("plan.unchanged"),
    /** A goal the programme does not have; argument: the goal's id. */
    GOAL_UNKNOWN("plan.goal.unknown"),
    /** A development target the programme's analysis did not choose; argument: the target's id. */
    TARGET_UNKNOWN("plan.target.unknown"),
    /** A unit that does not take part in the programme; argument: the unit's id. */
    UNIT_NOT_IN_PROGRAMME("plan.unit.not-in-programme"),
    /** A date outside the programme; arguments: the date, the programme's start and end. */
    DATE_OUTSIDE_PROGRAMME("plan.date.outside-programme"),

    // ---------------------------------------------------------------- approval
    /** An approvable plan links at least one programme goal. */
    APPROVAL_NO_GOAL("plan.approval.no-goal"),
    /** An approvable plan has at least one action item. */
    APPROVAL_NO_ACTION_ITEM("plan.approval.no-action-item"),
    /** An approvable plan has a goal attainment scale for every linked goal; argument: the goal's id. */
    APPROVAL_SCALE_MISSING("plan.approval.scale-missing");

    private final String code;

    PlanViolation(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
