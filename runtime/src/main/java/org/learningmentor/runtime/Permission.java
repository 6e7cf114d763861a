package org.learningmentor.runtime;

/**
 * What an actor may be allowed to do: one constant per use case of the runtime (a few related
 * use cases share one, such as {@link #PROGRAM_ADVANCE} for {@code advance} and {@code
 * advanceTo}). A {@link PermissionPolicy} says which roles hold each, and whether for any record or
 * only for their own ({@link Scope}); the defaults are tabled in the module's README.
 *
 * <p>The constants are grouped by aggregate and named {@code <AGGREGATE>_<VERB>}. A new aggregate
 * adds its constants here, each with a row in {@link PermissionPolicy#defaults()}. Answering a
 * survey needs none: the response token authorizes it, and no actor is named (see {@link
 * SurveyUseCases#respond}).
 */
public enum Permission {

    // ------------------------------------------------------------ organization

    /** See the actor's own organization: its name, settings and unit tree. */
    ORGANIZATION_VIEW,
    /** Rename the organization. */
    ORGANIZATION_RENAME,
    /** Change the organization's settings, such as the anonymity threshold. */
    ORGANIZATION_CHANGE_SETTINGS,
    /** Change the languages the organization works in. */
    ORGANIZATION_CHANGE_LANGUAGES,
    /** Add a unit (work community) to the unit tree. */
    UNIT_ADD,
    /** Rename a unit. */
    UNIT_RENAME,
    /** Move a unit, with its subtree, under another unit. */
    UNIT_MOVE,
    /** Close a unit. */
    UNIT_CLOSE,

    // ------------------------------------------------------------ person

    /** See one person; "own" is the actor themself. */
    PERSON_VIEW,
    /** List the organization's people, by unit or by role. */
    PERSON_LIST,
    /** Add a person to the organization. */
    PERSON_ADD,
    /** Volunteer as a learning mentor, giving consent; "own" is the actor themself. */
    PERSON_VOLUNTEER,
    /** Withdraw mentor consent; "own" is the actor themself. */
    PERSON_WITHDRAW_CONSENT,
    /** Grant a person a role. */
    PERSON_GRANT_ROLE,
    /** Revoke a role of a person. */
    PERSON_REVOKE_ROLE,
    /** Move a person to another unit. */
    PERSON_MOVE,
    /** Give a person another manager, or none. */
    PERSON_ASSIGN_MANAGER,

    // ------------------------------------------------------------ programme

    /** See one programme. */
    PROGRAM_VIEW,
    /** List the organization's programmes, by phase. */
    PROGRAM_LIST,
    /** Create a programme. */
    PROGRAM_CREATE,
    /** Name the programme's sponsor (management). */
    PROGRAM_NAME_SPONSOR,
    /** Name the programme's coordinator (HR). */
    PROGRAM_NAME_COORDINATOR,
    /** Record an HR day. */
    PROGRAM_HOLD_HR_DAY,
    /** Record the findings of the learning-culture analysis. */
    PROGRAM_RECORD_CULTURE_ANALYSIS,
    /** Record a development target the analysis chose. */
    PROGRAM_CHOOSE_DEVELOPMENT_TARGET,
    /** Set or revise a programme goal (management). */
    PROGRAM_SET_GOAL,
    /** Enrol a volunteer as a mentor of the programme; "own" is the mentor themself. */
    PROGRAM_ENROLL_MENTOR,
    /** Record that a mentor left the programme; "own" is the mentor themself. */
    PROGRAM_WITHDRAW_MENTOR,
    /** Schedule the next training session. */
    PROGRAM_SCHEDULE_SESSION,
    /** Record that a training session was held. */
    PROGRAM_HOLD_SESSION,
    /** Record a mentor's attendance at a session. */
    PROGRAM_RECORD_ATTENDANCE,
    /** Give an interim assignment. */
    PROGRAM_GIVE_ASSIGNMENT,
    /** Record a submission of an interim assignment; "own" is one of the submitting mentors. */
    PROGRAM_SUBMIT_ASSIGNMENT,
    /** Record a mentor–HR meeting. */
    PROGRAM_HOLD_MENTOR_HR_MEETING,
    /** Record a mentor's credo; "own" is the mentor themself. */
    PROGRAM_WRITE_CREDO,
    /** Add an item to the programme's action plan. */
    PROGRAM_ADD_ACTION_ITEM,
    /** Change the status of an action item; "own" is the item's owner. */
    PROGRAM_CHANGE_ACTION_ITEM_STATUS,
    /** Record coordinated support for the mentors. */
    PROGRAM_ARRANGE_SUPPORT,
    /** Record a monitoring checkpoint. */
    PROGRAM_RECORD_CHECKPOINT,
    /** Record that the programme was evaluated. */
    PROGRAM_RECORD_EVALUATION,
    /** Advance the programme to the next phase (or to a given following phase). */
    PROGRAM_ADVANCE,
    /** Return the programme to its previous phase. */
    PROGRAM_GO_BACK,
    /**
     * Export a programme with everything in it as one document: its people's personal data, every
     * plan, and the survey responses themselves (anonymous, but unsuppressed and with their units).
     */
    PROGRAM_EXPORT,
    /** Import a programme document into the store, with its people (see {@code ProgramTransfers}). */
    PROGRAM_IMPORT,

    // ------------------------------------------------------------ pair

    /** See a mentoring pair, or the pairs a person is in; "own" is a member of the pair, or that person. */
    PAIR_VIEW,
    /** List all the pairs of a programme. */
    PAIR_LIST,
    /** Propose a pair to another person; "own" is the proposer, who is always the actor. */
    PAIR_PROPOSE,
    /** Pair two people directly, without a proposal. */
    PAIR_FORM,
    /** Accept a proposal; "own" is the person proposed to. */
    PAIR_ACCEPT,
    /** Decline a proposal; "own" is the person proposed to. */
    PAIR_DECLINE,
    /** Withdraw a proposal before it is answered; "own" is the proposer. */
    PAIR_WITHDRAW,
    /** End an active pair; "own" is a member of the pair. */
    PAIR_END,
    /** Compute pair suggestions among the programme's mentors (and given mentees). */
    PAIR_SUGGEST,

    // ------------------------------------------------------------ plan

    /** See a mentor plan; "own" is an owner of the plan. */
    PLAN_VIEW,
    /** List all the plans of a programme. */
    PLAN_LIST,
    /** Draft a plan, alone or for one's pair; "own" is the mentor, or a member of the pair. */
    PLAN_DRAFT,
    /**
     * Edit a draft or returned plan: title, goals, scales, weights, targets, units, action items,
     * support needed, monitoring dates; "own" is an owner.
     */
    PLAN_EDIT,
    /** Submit a plan to HR for approval; "own" is an owner. */
    PLAN_SUBMIT,
    /** Approve a submitted plan. */
    PLAN_APPROVE,
    /** Return a submitted plan for changes, with comments. */
    PLAN_RETURN,
    /** Record that an approved plan was carried out; "own" is an owner. */
    PLAN_COMPLETE,
    /** Cancel an open plan; "own" is an owner. */
    PLAN_CANCEL,
    /** Record progress on an approved plan; "own" is an owner. */
    PLAN_RECORD_PROGRESS,

    // ------------------------------------------------------------ survey

    /** See a survey (instrument, purpose, audience, status) or list a programme's surveys; never responses. */
    SURVEY_VIEW,
    /** Open a survey of a programme. */
    SURVEY_OPEN,
    /** Close a survey: it takes no more responses. */
    SURVEY_CLOSE,
    /** Read a survey's culture profile, or the change between two, with small groups suppressed. */
    SURVEY_VIEW_PROFILE,

    // ------------------------------------------------------------ evaluation

    /** See a programme's evaluations: findings, attainment and the facts they judged. */
    EVALUATION_VIEW,
    /** Evaluate a programme by a rule set over its stored data, and store the evaluation. */
    EVALUATION_RUN
}
