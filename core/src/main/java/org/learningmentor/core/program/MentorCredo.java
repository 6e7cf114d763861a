package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.immutables.value.Value;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.Violations;

/**
 * A mentor's credo (oppimismentorin huoneentaulu): the principles a mentor writes at the end of
 * the training. The text is the mentor's own writing, so it never appears in {@link #toString()}
 * or in events. Checked: the text not blank and at most {@value
 * org.learningmentor.core.common.LocalizedText#MAX_LENGTH} characters. This type is immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class MentorCredo {

    MentorCredo() {}

    /**
     * Returns the mentor who wrote it.
     *
     * @return the mentor's id, never null
     */
    @JsonProperty("mentorId")
    public abstract PersonId mentorId();

    /**
     * Returns the credo's text, redacted from {@link #toString()}.
     *
     * @return the text, never null
     */
    @JsonProperty("text")
    @Value.Redacted
    public abstract String text();

    /**
     * Returns when it was written (or last rewritten).
     *
     * @return the instant, never null
     */
    @JsonProperty("writtenAt")
    public abstract Instant writtenAt();

    /**
     * Returns a new builder; every attribute is required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the text.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        Checks.checkText(text(), "text", violations);
        violations.throwIfAny();
    }

    @JsonCreator
    private static MentorCredo fromJson(ImmutableMentorCredo value) {
        return value;
    }

    /** Builds a credo. */
    public static final class Builder extends ImmutableMentorCredo.Builder {}
}
