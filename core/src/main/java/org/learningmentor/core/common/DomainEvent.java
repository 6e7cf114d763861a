package org.learningmentor.core.common;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import org.learningmentor.core.evaluation.EvaluationEvent;
import org.learningmentor.core.organization.OrganizationEvent;
import org.learningmentor.core.pair.PairEvent;
import org.learningmentor.core.person.PersonEvent;
import org.learningmentor.core.plan.PlanEvent;
import org.learningmentor.core.program.ProgramEvent;
import org.learningmentor.core.survey.SurveyEvent;

/**
 * Something that happened to an aggregate, named in the past tense ({@code UnitAdded}, {@code
 * MentorConsentGiven}). Every event names its organization, the person who acted and when; its own
 * type adds the ids of what changed.
 *
 * <p>The hierarchy is sealed: one sub-interface per aggregate, each sealed over its events, so a
 * host's {@code switch} can be exhaustive. In JSON an event carries its type name in {@code "type"},
 * such as {@code "organization.unit-added"}; the names are part of the wire format. Fields an
 * event does not know (written by a later version) are ignored when it is read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(OrganizationEvent.class),
    @JsonSubTypes.Type(PersonEvent.class),
    @JsonSubTypes.Type(ProgramEvent.class),
    @JsonSubTypes.Type(PairEvent.class),
    @JsonSubTypes.Type(PlanEvent.class),
    @JsonSubTypes.Type(SurveyEvent.class),
    @JsonSubTypes.Type(EvaluationEvent.class)
})
public sealed interface DomainEvent
        permits OrganizationEvent, PersonEvent, ProgramEvent, PairEvent, PlanEvent, SurveyEvent, EvaluationEvent {

    /**
     * Returns the organization (tenant) the event belongs to.
     *
     * @return the organization id, never null
     */
    @JsonProperty("organizationId")
    OrganizationId organizationId();

    /**
     * Returns the person who caused the event.
     *
     * @return the actor's id, never null
     */
    @JsonProperty("actor")
    PersonId actor();

    /**
     * Returns when the event happened, from the clock the caller passed to the command.
     *
     * @return the instant, never null
     */
    @JsonProperty("occurredAt")
    Instant occurredAt();
}
