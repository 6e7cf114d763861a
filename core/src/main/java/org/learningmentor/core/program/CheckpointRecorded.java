package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.learningmentor.core.common.CheckpointId;
import org.learningmentor.core.common.LocalizedText;

/**
 * A monitoring checkpoint was held and recorded. The notes stay in the programme.
 *
 * <p>JSON type name {@code "program.checkpoint-recorded"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableCheckpointRecorded.class, name = "program.checkpoint-recorded"))
public non-sealed interface CheckpointRecorded extends ProgramEvent {

    /**
     * Returns the checkpoint.
     *
     * @return the checkpoint, never null
     */
    @JsonProperty("checkpointId")
    CheckpointId checkpointId();

    /**
     * Returns the day of the review.
     *
     * @return the day of the review, never null
     */
    @JsonProperty("date")
    LocalDate date();

    /**
     * Returns what was reviewed.
     *
     * @return what was reviewed, never null
     */
    @JsonProperty("reviewed")
    LocalizedText reviewed();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional or a list. */
    final class Builder extends ImmutableCheckpointRecorded.Builder {}
}
