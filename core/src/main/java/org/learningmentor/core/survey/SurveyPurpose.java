package org.learningmentor.core.survey;

/** Why a survey is run in a programme. */
public enum SurveyPurpose {
    /** Before the programme: the starting point of the learning-culture analysis. */
    BASELINE,
    /** During or after implementation, compared with the baseline. */
    FOLLOW_UP,
    /** Outcome survey (participation, communality, meaningful work, commitment, motivation). */
    OUTCOME
}
