package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.PersonId;

/**
 * A person of the management was named the programme's sponsor.
 *
 * <p>JSON type name {@code "program.sponsor-named"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableSponsorNamed.class, name = "program.sponsor-named"))
public non-sealed interface SponsorNamed extends ProgramEvent {

    /**
     * Returns the sponsor.
     *
     * @return the sponsor, never null
     */
    @JsonProperty("sponsorId")
    PersonId sponsorId();

    /**
     * Returns the sponsor before, or empty when there was none.
     *
     * @return the sponsor before, or empty when there was none
     */
    @JsonProperty("previousSponsorId")
    Optional<PersonId> previousSponsorId();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional or a list. */
    final class Builder extends ImmutableSponsorNamed.Builder {}
}
