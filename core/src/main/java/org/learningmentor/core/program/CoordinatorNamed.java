package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.PersonId;

/**
 * A person of HR was named the programme's coordinator.
 *
 * <p>JSON type name {@code "program.coordinator-named"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableCoordinatorNamed.class, name = "program.coordinator-named"))
public non-sealed interface CoordinatorNamed extends ProgramEvent {

    /**
     * Returns the coordinator.
     *
     * @return the coordinator, never null
     */
    @JsonProperty("coordinatorId")
    PersonId coordinatorId();

    /**
     * Returns the coordinator before, or empty when there was none.
     *
     * @return the coordinator before, or empty when there was none
     */
    @JsonProperty("previousCoordinatorId")
    Optional<PersonId> previousCoordinatorId();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional or a list. */
    final class Builder extends ImmutableCoordinatorNamed.Builder {}
}
