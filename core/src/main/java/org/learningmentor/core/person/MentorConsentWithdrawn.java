package org.learningmentor.core.person;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;
import org.learningmentor.core.common.PersonId;

/**
 * A learning mentor withdrew consent; mentoring is always voluntary. The person's {@link
 * MentorEnrollment} keeps the withdrawal, and they may volunteer again later.
 *
 * <p>The event carries no reason: the reason is personal free text, and events go to the outbox and
 * to other systems, where it could not be erased. It stays only in the person's consent history
 * ({@link MentorEnrollment#lastWithdrawal()}), which can be erased (pseudonymised) with the rest of
 * the person's data on request. JSON type name {@code "person.mentor-consent-withdrawn"}. This type
 * is immutable and thread-safe.
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
    final class Builder extends ImmutableMentorConsentWithdrawn.Builder {}
}
