package org.learningmentor.core.organization;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.learningmentor.core.common.DomainEvent;

/**
 * An event of the {@link Organization} aggregate: a change to its unit tree ({@link UnitAdded},
 * {@link UnitRenamed}, {@link UnitMoved}, {@link UnitClosed}) or to its own fields ({@link
 * OrganizationRenamed}, {@link SettingsChanged}, {@link LanguagesChanged}). Each successful command
 * emits exactly one.
 *
 * <p>The JSON field names are pinned with {@code @JsonProperty} on the accessors, so that a writer
 * for an event's own type, such as {@code writerFor(UnitAdded.class)}, writes them and the {@code
 * "type"} too. An event read from JSON is checked as the values it carries are (a unit code's form,
 * a name's length, the languages), so a hostile document never yields an event the aggregate could
 * not have emitted; reading ignores fields it does not know, so that events stored by a newer
 * version still read.
 */
@JsonSubTypes({
    @JsonSubTypes.Type(UnitAdded.class),
    @JsonSubTypes.Type(UnitRenamed.class),
    @JsonSubTypes.Type(UnitMoved.class),
    @JsonSubTypes.Type(UnitClosed.class),
    @JsonSubTypes.Type(OrganizationRenamed.class),
    @JsonSubTypes.Type(SettingsChanged.class),
    @JsonSubTypes.Type(LanguagesChanged.class)
})
public sealed interface OrganizationEvent extends DomainEvent
        permits UnitAdded, UnitRenamed, UnitMoved, UnitClosed, OrganizationRenamed, SettingsChanged, LanguagesChanged {}
