package org.learningmentor.core.person;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.PersonId;

/**
 * An event of the {@link Person} aggregate: a change to mentor enrolment ({@link
 * MentorConsentGiven}, {@link MentorConsentWithdrawn}), to roles ({@link RoleGranted}, {@link
 * RoleRevoked}), to the unit ({@link PersonMovedToUnit}) or to the manager ({@link
 * ManagerAssigned}). Each successful command of a person emits exactly one.
 *
 * <p>Events leave the aggregate (to the outbox and to other systems), so they carry ids and
 * constants only, never personal data such as names, e-mail addresses or reasons. Reading ignores
 * fields it does not know, so that events stored by a newer version still read.
 */
@JsonSubTypes({
    @JsonSubTypes.Type(MentorConsentGiven.class),
    @JsonSubTypes.Type(MentorConsentWithdrawn.class),
    @JsonSubTypes.Type(RoleGranted.class),
    @JsonSubTypes.Type(RoleRevoked.class),
    @JsonSubTypes.Type(PersonMovedToUnit.class),
    @JsonSubTypes.Type(ManagerAssigned.class)
})
public sealed interface PersonEvent extends DomainEvent
        permits MentorConsentGiven,
                MentorConsentWithdrawn,
                RoleGranted,
                RoleRevoked,
                PersonMovedToUnit,
                ManagerAssigned {

    /**
     * Returns the person the event concerns.
     *
     * @return the person's id, never null
     */
    @JsonProperty("personId")
    PersonId personId();
}
