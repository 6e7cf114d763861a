package org.learningmentor.core.plan;

/** Who owns a mentor plan: one mentor or an active mentoring pair. */
public enum PlanKind {
    /** A mentor's own plan (yksilöity suunnitelma). */
    INDIVIDUAL,
    /** A plan owned by an active mentor pair (parisuunnitelma). */
    PAIR
}
