package org.learningmentor.core.survey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.Violations;

/**
 * A dimension of an {@link Instrument}, such as {@code CONTINUOUS_LEARNING} "Jatkuva oppiminen /
 * Kontinuerligt lärande / Continuous learning": the items of a dimension are scored together.
 *
 * <p>A dimension checks its own fields: the code is 1–32 ASCII letters, digits, hyphens or
 * underscores starting with a letter or digit, and each translation of the name at most {@value
 * LocalizedText#NAME_MAX_LENGTH} characters. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class Dimension {

    Dimension() {}

    /**
     * Returns a dimension.
     *
     * @param code the code, not null
     * @param name the name, not null
     * @return the dimension, never null
     * @throws org.learningmentor.core.common.ValidationException when the code is malformed or the
     *     name too long
     */
    public static Dimension of(String code, LocalizedText name) {
        return builder().code(code).name(name).build();
    }

    /**
     * Returns a new builder; {@code code} and {@code name} are required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the dimension's code, unique in its instrument, such as {@code TEAM_LEARNING}.
     *
     * @return the code, never null
     */
    @JsonProperty("code")
    public abstract String code();

    /**
     * Returns the dimension's name.
     *
     * @return the name, never null
     */
    @JsonProperty("name")
    public abstract LocalizedText name();

    /**
     * Checks the code's form and the name's length.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        Codes.check(code(), "code", violations);
        violations.checkMaxLength(name(), LocalizedText.NAME_MAX_LENGTH, "name");
        violations.throwIfAny();
    }

    @JsonCreator
    private static Dimension fromJson(ImmutableDimension value) {
        return value;
    }

    /** Builds a dimension; throws a {@link org.learningmentor.core.common.ValidationException} for bad or missing fields. */
    public static final class Builder extends ImmutableDimension.Builder {}
}
