package org.learningmentor.core.goal;

/**
 * The level at which a goal supports learning: the model works on three levels at once, the
 * organization, the work community and the individual.
 */
public enum GoalLevel {
    /** The whole organization. */
    ORGANIZATION,
    /** One work community ({@code OrgUnit}); the goal names the unit. */
    WORK_COMMUNITY,
    /** Individual employees. */
    INDIVIDUAL
}
