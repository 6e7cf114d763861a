package org.learningmentor.core.organization;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;

/**
 * The organization's settings were changed, by {@link Organization#changeSettings}. Both the
 * settings before and after are kept, so that the audit trail shows, for instance, who lowered the
 * anonymity threshold, when, and from what: a change that makes smaller groups' results visible.
 * The settings check themselves when they are read (a threshold of at least {@value
 * OrganizationSettings#MIN_ANONYMITY_THRESHOLD}, a well-formed template code).
 *
 * <p>JSON type name {@code "organization.settings-changed"}. This type is immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableSettingsChanged.class, name = "organization.settings-changed"))
public non-sealed interface SettingsChanged extends OrganizationEvent {

    /**
     * Returns the settings before the change.
     *
     * @return the previous settings, never null
     */
    @JsonProperty("previousSettings")
    OrganizationSettings previousSettings();

    /**
     * Returns the settings after the change.
     *
     * @return the settings, never null
     */
    @JsonProperty("settings")
    OrganizationSettings settings();

    /**
     * Returns whether the change lowered the anonymity threshold, making the results of smaller
     * groups visible.
     *
     * @return true when the new threshold is below the previous one
     */
    @JsonIgnore
    default boolean isAnonymityThresholdLowered() {
        return settings().anonymityThreshold() < previousSettings().anonymityThreshold();
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required. */
    final class Builder extends ImmutableSettingsChanged.Builder {}
}
