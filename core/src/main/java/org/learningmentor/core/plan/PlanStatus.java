package org.learningmentor.core.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.EnumSet;
import java.util.Set;
import org.learningmentor.core.common.EnumNames;

/**
 * Where a mentor plan stands: {@code DRAFT → SUBMITTED → APPROVED → COMPLETED}, with {@code
 * RETURNED} when HR asks for changes and {@code CANCELLED}. In JSON the constant's name, such as
 * {@code "APPROVED"}.
 *
 * <pre>
 * DRAFT ──submit──▶ SUBMITTED ──approve──▶ APPROVED ──complete──▶ COMPLETED
 *                     │    ▲
 *            return   ▼    │ submit
 *                   RETURNED
 * DRAFT, SUBMITTED, RETURNED, APPROVED ──cancel──▶ CANCELLED
 * </pre>
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
    CANCELLED;

    /**
     * Returns the statuses a plan in this status can move to by one command.
     *
     * @return an unmodifiable set, empty for {@link #COMPLETED} and {@link #CANCELLED}
     */
    public Set<PlanStatus> successors() {
        return switch (this) {
            case DRAFT, RETURNED -> Set.copyOf(EnumSet.of(SUBMITTED, CANCELLED));
            case SUBMITTED -> Set.copyOf(EnumSet.of(APPROVED, RETURNED, CANCELLED));
            case APPROVED -> Set.copyOf(EnumSet.of(COMPLETED, CANCELLED));
            case COMPLETED, CANCELLED -> Set.of();
        };
    }

    /**
     * Tells whether the owners may edit a plan in this status.
     *
     * @return true for {@link #DRAFT} and {@link #RETURNED}
     */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /**
     * Returns the status of exactly the given name, as JSON holds it.
     *
     * @param name the constant name, not null
     * @return the status, never null
     * @throws org.learningmentor.core.common.ValidationException with {@code plan.status.unknown} at
     *     {@code status} when no status has the name
     */
    @JsonCreator
    public static PlanStatus parse(String name) {
        return EnumNames.parse(PlanStatus.class, name, PlanViolation.STATUS_UNKNOWN, "status");
    }
}
