package org.learningmentor.core.plan;

/**
 * Where a mentor plan stands: {@code DRAFT → SUBMITTED → APPROVED → COMPLETED}, with {@code
 * RETURNED} when HR asks for changes and {@code CANCELLED}.
 */
public enum PlanStatus {
    /** The owners are writing the plan. */
    DRAFT,
    /** The owners submitted the plan to HR for approval. */
    SUBMITTED,
    /** HR asked for changes, with comments; the owners edit it again. */
    RETURNED,
    /** HR approved the plan; it is carried out and monitored. */
    APPROVED,
    /** The plan was carried out. */
    COMPLETED,
    /** The plan was abandoned. */
    CANCELLED
}
