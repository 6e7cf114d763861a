package org.learningmentor.core.person;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;
import org.learningmentor.core.common.PersonId;

/**
 * A learning mentor withdrew consent; mentoring is always voluntary. The person's {@link
 * MentorEnrollment} keeps the withdrawal, and they may volunteer again later.
 *
 * <p>The reason is personal free text and never appears in {@link #toString()}. JSON type name
 * {@code "person.mentor-consent-withdrawn"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(
        @JsonSubTypes.Type(value = ImmutableMentorConsentWithdrawn.class, name = "person.mentor-consent-withdrawn"))
public non-sealed interface MentorConsentWithdrawn extends PersonEvent {

    /**
     * Returns the person who withdrew, never null.
     *
     * @return the person who withdrew, never null
     */
    PersonId personId();

    /**
     * Returns why consent was withdrawn, as the person gave it: personal free text, redacted from
     * {@link #toString()}.
     *
     * @return why consent was withdrawn, never null
     */
    @Value.Redacted
    String reason();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional. */
    final class Builder extends ImmutableMentorConsentWithdrawn.Builder {}
}
