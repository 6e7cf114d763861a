package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.learningmentor.core.common.EnumNames;

/** Where an {@link ActionItem} of the action plan stands. In JSON the constant's name, such as {@code "DONE"}. */
public enum ActionStatus {
    /** Agreed, not started. */
    OPEN,
    /** Being done. */
    IN_PROGRESS,
    /** Done. */
    DONE,
    /** Dropped; kept for the record. */
    CANCELLED;

    /**
     * Returns the status of exactly the given name, as JSON holds it.
     *
     * @param name the constant name, not null
     * @return the status, never null
     * @throws org.learningmentor.core.common.ValidationException with {@code
     *     program.action-status.unknown} at {@code status} when no status has the name
     */
    @JsonCreator
    public static ActionStatus parse(String name) {
        return EnumNames.parse(ActionStatus.class, name, ProgramViolation.ACTION_STATUS_UNKNOWN, "status");
    }
}
