package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.List;
import org.immutables.value.Value;
import org.learningmentor.core.common.AssignmentId;
import org.learningmentor.core.common.PersonId;

/**
 * A mentor, or a pair of mentors together, submitted an interim assignment.
 *
 * <p>JSON type name {@code "program.assignment-submitted"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableAssignmentSubmitted.class, name = "program.assignment-submitted"))
public non-sealed interface AssignmentSubmitted extends ProgramEvent {

    /**
     * Returns the assignment.
     *
     * @return the assignment, never null
     */
    @JsonProperty("assignmentId")
    AssignmentId assignmentId();

    /**
     * Returns the mentor, or the two of a pair.
     *
     * @return the mentor, or the two of a pair, an unmodifiable list
     */
    @JsonProperty("mentorIds")
    List<PersonId> mentorIds();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional or a list. */
    final class Builder extends ImmutableAssignmentSubmitted.Builder {}
}
