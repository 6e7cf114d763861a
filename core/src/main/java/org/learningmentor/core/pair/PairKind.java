package org.learningmentor.core.pair;

/** What a {@link MentoringPair} is: two mentors, or a mentor and a mentee. */
public enum PairKind {
    /** Two mentors who plan and act together (mentoripari). */
    MENTOR_PAIR,
    /** A mentor and a mentee (mentori–aktori), for hosts that also run classic pairs. */
    MENTOR_MENTEE
}
