package org.learningmentor.core.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.immutables.value.Value;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.PersonId;

/**
 * HR's comments when it returned a {@link MentorPlan} for changes: who, when and what to change.
 * The comments may speak of people, so they are redacted from {@code toString()} and never copied
 * into events. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public interface HrComment {

    /**
     * Returns who returned the plan.
     *
     * @return the HR person's id, never null
     */
    @JsonProperty("authorId")
    PersonId authorId();

    /**
     * Returns when the plan was returned.
     *
     * @return the instant, never null
     */
    @JsonProperty("at")
    Instant at();

    /**
     * Returns what HR asks to change.
     *
     * @return the comments, never null
     */
    @JsonProperty("comments")
    @Value.Redacted
    LocalizedText comments();

    /**
     * Returns a new builder; every attribute is required.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    @JsonCreator
    private static HrComment fromJson(ImmutableHrComment value) {
        return value;
    }

    /** Builds a comment. */
    final class Builder extends ImmutableHrComment.Builder {}
}
