package org.learningmentor.core.organization;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.learningmentor.core.common.DomainEvent;

/**
 * An event of the {@link Organization} aggregate: a change to its unit tree. Each successful
 * unit-tree command emits exactly one.
 *
 * <p>Reading ignores fields it does not know, so that events stored by a newer version still read.
 */
@JsonSubTypes({
    @JsonSubTypes.Type(UnitAdded.class),
    @JsonSubTypes.Type(UnitRenamed.class),
    @JsonSubTypes.Type(UnitMoved.class),
    @JsonSubTypes.Type(UnitClosed.class)
})
public sealed interface OrganizationEvent extends DomainEvent permits UnitAdded, UnitRenamed, UnitMoved, UnitClosed {}
