package org.learningmentor.core.survey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.Violations;

/**
 * An item of an {@link Instrument}: a statement the respondent rates on the instrument's {@link
 * AnswerScale}, such as {@code CL1} in {@code CONTINUOUS_LEARNING}: "Työssäni opin jatkuvasti
 * jotakin uutta. / I keep learning something new in my work."
 *
 * <p>A <em>reverse-keyed</em> item is worded against its dimension ("there is no time to learn
 * here"): its answers are inverted ({@code points + 1 − answer}) before scoring, so that a higher
 * score always means a stronger learning culture.
 *
 * <p>An item checks its own fields: the codes' form and the text at most {@value #TEXT_MAX_LENGTH}
 * characters per translation; whether its dimension exists is the instrument's rule. This type is
 * immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class Item {

    /** The longest translation of an item's text, in characters. */
    public static final int TEXT_MAX_LENGTH = 1_000;

    Item() {}

    /**
     * Returns an item.
     *
     * @param code the item's code, not null
     * @param dimension the code of its dimension, not null
     * @param text the statement, not null
     * @param reverseKeyed whether the statement is worded against the dimension
     * @return the item, never null
     * @throws org.learningmentor.core.common.ValidationException when a code is malformed or the
     *     text too long
     */
    public static Item of(String code, String dimension, LocalizedText text, boolean reverseKeyed) {
        return builder()
                .code(code)
                .dimension(dimension)
                .text(text)
                .reverseKeyed(reverseKeyed)
                .build();
    }

    /**
     * Returns a new builder; {@code code}, {@code dimension} and {@code text} are required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the item's code, unique in its instrument, such as {@code CL1}.
     *
     * @return the code, never null
     */
    @JsonProperty("code")
    public abstract String code();

    /**
     * Returns the code of the dimension the item belongs to.
     *
     * @return the dimension's code, never null
     */
    @JsonProperty("dimension")
    public abstract String dimension();

    /**
     * Returns the statement the respondent rates.
     *
     * @return the text, never null
     */
    @JsonProperty("text")
    public abstract LocalizedText text();

    /**
     * Returns whether the statement is worded against its dimension, so that its answers are
     * inverted before scoring.
     *
     * @return true for a reverse-keyed item; false unless set
     */
    @JsonProperty("reverseKeyed")
    @Value.Default
    public boolean reverseKeyed() {
        return false;
    }

    /**
     * Checks the codes' form and the text's length.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        Codes.check(code(), "code", violations);
        Codes.check(dimension(), "dimension", violations);
        violations.checkMaxLength(text(), TEXT_MAX_LENGTH, "text");
        violations.throwIfAny();
    }

    @JsonCreator
    private static Item fromJson(ImmutableItem value) {
        return value;
    }

    /** Builds an item; throws a {@link org.learningmentor.core.common.ValidationException} for bad or missing fields. */
    public static final class Builder extends ImmutableItem.Builder {}
}
