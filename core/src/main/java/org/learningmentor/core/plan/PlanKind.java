package org.learningmentor.core.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.learningmentor.core.common.EnumNames;

/** Who owns a mentor plan: one mentor or an active mentoring pair. In JSON the constant's name, such as {@code "PAIR"}. */
public enum PlanKind {
    /** A mentor's own plan (yksilöity suunnitelma). */
    INDIVIDUAL,
    /** A plan owned by an active mentor pair (parisuunnitelma). */
    PAIR;

    /**
     * Returns the kind of exactly the given name, as JSON holds it.
     *
     * @param name the constant name, not null
     * @return the kind, never null
     * @throws org.learningmentor.core.common.ValidationException with {@code plan.kind.unknown} at
     *     {@code kind} when no kind has the name
     */
    @JsonCreator
    public static PlanKind parse(String name) {
        return EnumNames.parse(PlanKind.class, name, PlanViolation.KIND_UNKNOWN, "kind");
    }

    /** Returns how many owners a plan of this kind has: 1 or 2. */
    int ownerCount() {
        return this == INDIVIDUAL ? 1 : 2;
    }
}
