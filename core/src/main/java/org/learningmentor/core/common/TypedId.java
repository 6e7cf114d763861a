package org.learningmentor.core.common;

import java.io.Serializable;
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
                CheckpointId,
                PairId,
                PlanId,
                ProgressEntryId,
                SurveyId,
                ResponseId,
                EvaluationId {

    /**
     * Returns the UUID behind this id.
     *
     * @return the UUID, never null
     */
    UUID value();
}
