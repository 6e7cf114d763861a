package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.learningmentor.core.common.AssignmentId;

/**
 * An interim assignment was given for the interval after a session.
 *
 * <p>JSON type name {@code "program.assignment-given"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableAssignmentGiven.class, name = "program.assignment-given"))
public non-sealed interface AssignmentGiven extends ProgramEvent {

    /**
     * Returns the assignment.
     *
     * @return the assignment, never null
     */
    @JsonProperty("assignmentId")
    AssignmentId assignmentId();

    /**
     * Returns the ordinal of the session it follows.
     *
     * @return the ordinal of the session it follows
     */
    @JsonProperty("afterSession")
    int afterSession();

    /**
     * Returns the day it is due.
     *
     * @return the day it is due, never null
     */
    @JsonProperty("dueOn")
    LocalDate dueOn();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional or a list. */
    final class Builder extends ImmutableAssignmentGiven.Builder {}
}
