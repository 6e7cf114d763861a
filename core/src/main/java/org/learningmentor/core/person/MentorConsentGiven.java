package org.learningmentor.core.person;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;
import org.learningmentor.core.common.PersonId;

/**
 * A person volunteered as a learning mentor and gave consent.
 *
 * <p>JSON type name {@code "person.mentor-consent-given"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableMentorConsentGiven.class, name = "person.mentor-consent-given"))
public non-sealed interface MentorConsentGiven extends PersonEvent {

    /**
     * Returns the person who volunteered, never null.
     *
     * @return the person who volunteered, never null
     */
    @JsonProperty("personId")
    @Override
    PersonId personId();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional. */
    final class Builder extends ImmutableMentorConsentGiven.Builder {}
}
