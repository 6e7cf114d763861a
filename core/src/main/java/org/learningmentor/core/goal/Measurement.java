package org.learningmentor.core.goal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violations;

/**
 * One actual value of an {@link Indicator}, measured on a date, with an optional note on how it
 * was measured: {@code Measurement.of(LocalDate.of(2025, 3, 31), new BigDecimal("28"))}.
 *
 * <p>The value is kept in a canonical form (no trailing zeros), so {@code 28.0} and {@code 28}
 * give equal measurements and the same JSON number {@code 28}. A value has at most {@value
 * #MAX_INTEGER_DIGITS} digits before the decimal point and {@value #MAX_FRACTION_DIGITS} after it;
 * whether it suits the indicator's {@link MeasureUnit} is checked by the indicator. The note is
 * free text that may mention people, so it never appears in {@code toString()}.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class Measurement {

    /** The longest note accepted, in characters. */
    public static final int MAX_NOTE_LENGTH = 2_000;

    /** The most digits a value (or an indicator's baseline or target) may have before the decimal point. */
    public static final int MAX_INTEGER_DIGITS = 15;

    /** The most decimals a value (or an indicator's baseline or target) may have. */
    public static final int MAX_FRACTION_DIGITS = 10;

    /** Only the generated implementation extends this class. */
    Measurement() {}

    /**
     * Returns the date the value was measured.
     *
     * @return the date, never null
     */
    @JsonProperty("on")
    public abstract LocalDate on();

    /**
     * Returns the measured value, in the indicator's unit, in canonical form (no trailing zeros).
     *
     * @return the value, never null
     */
    @JsonProperty("value")
    public abstract BigDecimal value();

    /**
     * Returns a note on the measurement, such as its source ("staff survey, 112 respondents").
     *
     * @return the note, not blank and at most {@value #MAX_NOTE_LENGTH} characters, or empty
     */
    @JsonProperty("note")
    @Value.Redacted
    public abstract Optional<String> note();

    /**
     * Returns a measurement without a note.
     *
     * @param on the date, not null
     * @param value the value, not null
     * @return the measurement, never null
     * @throws ValidationException when the value has too many digits
     */
    public static Measurement of(LocalDate on, BigDecimal value) {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(value, "value");
        return builder().on(on).value(value).build();
    }

    /**
     * Returns a measurement with a note.
     *
     * @param on the date, not null
     * @param value the value, not null
     * @param note the note, not null, not blank, at most {@value #MAX_NOTE_LENGTH} characters
     * @return the measurement, never null
     * @throws ValidationException when the value has too many digits or the note is blank or too
     *     long
     */
    public static Measurement of(LocalDate on, BigDecimal value, String note) {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(note, "note");
        return builder().on(on).value(value).note(note).build();
    }

    /**
     * Returns a new builder; {@code on} and {@code value} are required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a measurement; {@code build()} throws {@link ValidationException} listing every violation. */
    public static final class Builder extends ImmutableMeasurement.Builder {}

    @JsonCreator
    private static Measurement fromJson(ImmutableMeasurement value) {
        return value;
    }

    /**
     * Returns this measurement with its value in canonical form after checking the rules listed in
     * the class description; called by the generated builder for every instance it creates.
     *
     * <p>Each measurement is checked exactly once. A value not yet in canonical form is rebuilt in
     * canonical form, and that copy's own build does the checks; the rules are not in a {@code void}
     * check method of their own because the generated code would run it again on the copy.
     *
     * @return this, or a canonical copy
     * @throws ValidationException when a rule is broken
     */
    @Value.Check
    protected Measurement normalize() {
        if (!Decimals.isCanonical(value())) {
            return builder()
                    .on(on())
                    .value(Decimals.canonical(value()))
                    .note(note())
                    .build();
        }
        check();
        return this;
    }

    /** Throws one exception with every broken rule of the class description. */
    private void check() {
        Violations violations = new Violations();
        Decimals.checkDigits(value(), "value", violations);
        note().ifPresent(note -> {
            violations.check(!note.isBlank(), GoalViolation.NOTE_BLANK, "note");
            violations.checkMaxLength(note, MAX_NOTE_LENGTH, "note");
        });
        violations.throwIfAny();
    }
}
