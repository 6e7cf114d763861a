package org.learningmentor.core.pair;

import org.learningmentor.core.common.ViolationCode;

/**
 * The violation codes of the {@link MentoringPair} aggregate: structural violations found when a
 * pair, its history or a {@link PairingPolicy} is built (thrown in a {@link
 * org.learningmentor.core.common.ValidationException}) and the pairing rules by which a command is
 * refused (thrown in a {@link PairRuleException}). A rule that is both, such as pairing a person
 * with themself, has one code for both. Messages name people only by their ids, never by name, and
 * are in {@code org/learningmentor/core/pair/messages*.properties} in English, Finnish and Swedish.
 */
public enum PairViolation implements ViolationCode {
    // ---------------------------------------------------------------- structure
    /** A text names no {@link PairKind}; arguments: the quoted text, the names. */
    KIND_UNKNOWN("pair.kind.unknown"),
    /** A text names no {@link PairStatus}; arguments: the quoted text, the names. */
    STATUS_UNKNOWN("pair.status.unknown"),
    /** A text names no {@link PairEndReason}; arguments: the quoted text, the names. */
    END_REASON_UNKNOWN("pair.end-reason.unknown"),
    /** A pair's history is empty. */
    HISTORY_EMPTY("pair.history.empty"),
    /** A pair's history does not start as a proposal or a direct pairing; argument: the status. */
    HISTORY_FIRST_STATUS("pair.history.first-status"),
    /** A step of the history no pair can take; arguments: the previous status, the status. */
    HISTORY_TRANSITION("pair.history.transition-invalid"),
    /** An entry of the history is earlier than the one before it; arguments: its time, the previous. */
    HISTORY_OUT_OF_ORDER("pair.history.out-of-order"),
    /** The pair's status is not the last entry's; arguments: the status, the last entry's status. */
    HISTORY_STATUS_MISMATCH("pair.history.status-mismatch"),
    /** An end without a reason, or a reason on an entry that is not an end; argument: the status. */
    HISTORY_REASON_MISMATCH("pair.history.reason-mismatch"),
    /** A note on an entry that is not an end; argument: the status. */
    NOTE_UNEXPECTED("pair.note.unexpected"),
    /** A blank note. */
    NOTE_BLANK("pair.note.blank"),
    /** The optimistic-locking version is negative; argument: the version. */
    VERSION_NEGATIVE("pair.version.negative"),
    /** A capacity of a pairing policy outside its range; arguments: min, max, value. */
    POLICY_CAPACITY_OUT_OF_RANGE("pair.policy.capacity-out-of-range"),
    /** The two people of a pair are the same person; argument: the person. */
    PERSON_SELF("pair.person.self"),

    // ---------------------------------------------------------------- refusals
    /** A person of another organization than the programme's; argument: the person. */
    PERSON_OTHER_ORGANIZATION("pair.person.other-organization"),
    /** A person required to be an active mentor of the programme is not; argument: the person. */
    PERSON_NOT_PROGRAM_MENTOR("pair.person.not-program-mentor"),
    /** A mentor whose mentor consent is not in force (never given or withdrawn); argument: the person. */
    PERSON_NO_CONSENT("pair.person.no-consent"),
    /** A person given with a command is not the member it stands for; arguments: the person, the member. */
    PERSON_NOT_MEMBER("pair.person.not-member"),
    /** A person would exceed their capacity of active pairs; arguments: the person, active pairs, capacity. */
    CAPACITY_EXCEEDED("pair.capacity.exceeded"),
    /** The two people already have an open pair; arguments: the two people, the open pair. */
    PAIR_DUPLICATE("pair.pair.duplicate"),
    /** A new pair's id is taken in the programme; argument: the id. */
    ID_DUPLICATE("pair.id.duplicate"),
    /** A programme given with a command is not the pair's; argument: the pair's programme. */
    PROGRAM_OTHER("pair.program.other"),
    /** The programme has ended (closed or embedding) and takes no new pairs; argument: the phase. */
    PROGRAM_ENDED("pair.program.ended"),
    /** Direct pairing by someone without HR; argument: the actor. */
    ACTOR_NOT_HR("pair.actor.not-hr"),
    /** Accepting or declining by someone other than the person proposed to; argument: the actor. */
    ACTOR_NOT_INVITED("pair.actor.not-invited"),
    /** Withdrawing a proposal by someone other than the proposer; argument: the actor. */
    ACTOR_NOT_PROPOSER("pair.actor.not-proposer"),
    /** Ending a pair by someone who is neither a member nor HR of the organization; argument: the actor. */
    ACTOR_NOT_MEMBER_OR_HR("pair.actor.not-member-or-hr"),
    /** A command not allowed in the pair's status; arguments: the status, the status required. */
    STATUS_WRONG("pair.status.wrong"),
    /**
     * A member ends a pair as completed before the programme's implementation is over; arguments:
     * the actor, the programme's phase.
     */
    END_COMPLETED_TOO_EARLY("pair.end.completed-too-early");

    private final String code;

    PairViolation(String code) {
        this.code = code;
    }

    /**
     * Returns the code, such as {@code pair.capacity.exceeded}.
     *
     * @return the code, never null
     */
    @Override
    public String code() {
        return code;
    }
}
