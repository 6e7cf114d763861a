package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;
import org.learningmentor.core.common.PersonId;

/**
 * A mentor wrote (or rewrote) their credo. The text is the mentor's own and stays in the programme.
 *
 * <p>JSON type name {@code "program.credo-written"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableCredoWritten.class, name = "program.credo-written"))
public non-sealed interface CredoWritten extends ProgramEvent {

    /**
     * Returns the mentor.
     *
     * @return the mentor, never null
     */
    @JsonProperty("mentorId")
    PersonId mentorId();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional or a list. */
    final class Builder extends ImmutableCredoWritten.Builder {}
}
