package org.learningmentor.core.common;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * A typed identity backed by a UUID, such as {@link PersonId} or {@link OrganizationId}. Typed ids
 * keep a person's id from being passed where a goal's id is expected; in JSON each is a plain
 * string.
 */
public sealed interface TypedId extends Serializable
        permits OrganizationId,
                OrgUnitId,
                PersonId,
                GoalId,
                IndicatorId,
                ProgramId,
                HrDayId,
                DevelopmentTargetId,
                SessionId,
                AssignmentId,
                MeetingId,
                ActionItemId,
                SupportActivityId,
                CheckpointId {

    /**
     * Returns the UUID behind this id.
     *
     * @return the UUID, never null
     */
    UUID value();

    /** Parses a UUID for {@code parse} factories, turning a bad text into a violation. */
    static UUID parseUuid(CharSequence text, String typeName) {
        Objects.requireNonNull(text, "text");
        try {
            String s = text.toString();
            UUID uuid = UUID.fromString(s);
            // UUID.fromString accepts short forms such as "1-1-1-1-1"; only the canonical form parses.
            if (!uuid.toString().equalsIgnoreCase(s)) {
                throw new IllegalArgumentException(s);
            }
            return uuid;
        } catch (IllegalArgumentException e) {
            throw new ValidationException(Violation.of(CommonViolation.ID_MALFORMED, typeName, Violations.quote(text)));
        }
    }
}
