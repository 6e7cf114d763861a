package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.learningmentor.core.common.LocalizedText;

/**
 * A learning-mentoring programme was created, in {@link ProgramPhase#PREPARATION}.
 *
 * <p>JSON type name {@code "program.created"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableProgramCreated.class, name = "program.created"))
public non-sealed interface ProgramCreated extends ProgramEvent {

    /**
     * Returns the programme's name.
     *
     * @return the programme's name, never null
     */
    @JsonProperty("name")
    LocalizedText name();

    /**
     * Returns the code of the template it follows.
     *
     * @return the code of the template it follows, never null
     */
    @JsonProperty("templateCode")
    String templateCode();

    /**
     * Returns the planned first day.
     *
     * @return the planned first day, never null
     */
    @JsonProperty("plannedStart")
    LocalDate plannedStart();

    /**
     * Returns the planned last day.
     *
     * @return the planned last day, never null
     */
    @JsonProperty("plannedEnd")
    LocalDate plannedEnd();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional or a list. */
    final class Builder extends ImmutableProgramCreated.Builder {}
}
