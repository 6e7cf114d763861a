package org.learningmentor.runtime;

/**
 * What an actor may be allowed to do: one constant per use case of the runtime (a few related
 * use cases share one, such as {@link #PROGRAM_ADVANCE} for {@code advance} and {@code
 * advanceTo}). A {@link PermissionPolicy} says which roles hold each, and whether for any record or
 * only for their own ({@link Scope}); the defaults are tabled in the module's README.
 *
 * <p>The constants are grouped by aggregate and named {@code <AGGREGATE>_<VERB>}. New aggregates
 * (pairs, plans, surveys, evaluations) add their constants here, each with a row in {@link
 * PermissionPolicy#defaults()}.
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
    PROGRAM_GO_BACK
}
