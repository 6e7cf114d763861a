package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.DevelopmentTargetId;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.Violations;

/**
 * A development target (kehittämiskohde) the culture analysis chose to improve, such as "Feedback
 * between teams", tied to a dimension of the learning-culture instrument (such as {@code
 * inquiry-and-dialogue}) or described in free text. Checked: the title at most {@value
 * LocalizedText#NAME_MAX_LENGTH} characters per translation; the dimension, when given, a
 * well-formed code ({@code program.target.dimension-malformed}). This type is immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class DevelopmentTarget {

    DevelopmentTarget() {}

    /**
     * Returns the target's identity.
     *
     * @return the id, never null
     */
    @JsonProperty("id")
    public abstract DevelopmentTargetId id();

    /**
     * Returns the target's short title.
     *
     * @return the title, never null
     */
    @JsonProperty("title")
    public abstract LocalizedText title();

    /**
     * Returns the instrument dimension the target improves, such as {@code team-learning}.
     *
     * @return the dimension's code, or empty for a target described in free text only
     */
    @JsonProperty("dimension")
    public abstract Optional<String> dimension();

    /**
     * Returns a longer description.
     *
     * @return the description, or empty
     */
    @JsonProperty("description")
    public abstract Optional<LocalizedText> description();

    /**
     * Returns a new builder; {@code id} and {@code title} are required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the title and the dimension.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        violations.checkMaxLength(title(), LocalizedText.NAME_MAX_LENGTH, "title");
        dimension()
                .ifPresent(code -> violations.check(
                        Checks.isCode(code),
                        ProgramViolation.TARGET_DIMENSION_MALFORMED,
                        "dimension",
                        Violations.quote(code)));
        violations.throwIfAny();
    }

    @JsonCreator
    private static DevelopmentTarget fromJson(ImmutableDevelopmentTarget value) {
        return value;
    }

    /** Builds a development target. */
    public static final class Builder extends ImmutableDevelopmentTarget.Builder {}
}
