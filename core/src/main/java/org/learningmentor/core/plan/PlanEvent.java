package org.learningmentor.core.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.PlanId;
import org.learningmentor.core.common.ProgramId;

/**
 * An event of the {@link MentorPlan} aggregate. Each successful command emits exactly one. Events
 * leave the aggregate (to the outbox and other systems), so they carry ids, dates, constants and
 * the plan's title, never free text about people: HR's comments and progress notes stay in the
 * plan. Reading ignores fields it does not know.
 */
@JsonSubTypes({
    @JsonSubTypes.Type(PlanDrafted.class),
    @JsonSubTypes.Type(PlanEdited.class),
    @JsonSubTypes.Type(PlanSubmitted.class),
    @JsonSubTypes.Type(PlanReturned.class),
    @JsonSubTypes.Type(PlanApproved.class),
    @JsonSubTypes.Type(PlanCompleted.class),
    @JsonSubTypes.Type(PlanCancelled.class),
    @JsonSubTypes.Type(ProgressRecorded.class)
})
public sealed interface PlanEvent extends DomainEvent
        permits PlanDrafted,
                PlanEdited,
                PlanSubmitted,
                PlanReturned,
                PlanApproved,
                PlanCompleted,
                PlanCancelled,
                ProgressRecorded {

    /**
     * Returns the plan the event concerns.
     *
     * @return the plan's id, never null
     */
    @JsonProperty("planId")
    PlanId planId();

    /**
     * Returns the programme of the plan.
     *
     * @return the programme's id, never null
     */
    @JsonProperty("programId")
    ProgramId programId();
}
