package org.learningmentor.core.person;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.learningmentor.core.common.DomainEvent;

/** An event of the {@link Person} aggregate: a change to mentor enrolment. */
@JsonSubTypes({@JsonSubTypes.Type(MentorConsentGiven.class), @JsonSubTypes.Type(MentorConsentWithdrawn.class)})
public sealed interface PersonEvent extends DomainEvent permits MentorConsentGiven, MentorConsentWithdrawn {}
