package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.immutables.value.Value;
import org.learningmentor.core.common.Violation;
import org.learningmentor.core.common.Violations;

/**
 * One condition of leaving a programme phase, as a checklist shows it: its stable code (such as
 * {@code program.guard.sponsor-named}), whether it is met, and whether it blocks the advance or is
 * only recommended (advisory). {@link #message(Locale)} says what the condition asks for, in
 * English, Finnish or Swedish, such as "a sponsor with the MANAGEMENT role must be named". The code
 * and each argument are at most {@value #MAX_TEXT_LENGTH} characters. This type is immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class ReadinessCondition {

    /** The longest code or argument accepted, in characters. */
    public static final int MAX_TEXT_LENGTH = 64;

    ReadinessCondition() {}

    /**
     * Returns the condition's stable code, one of the {@code program.guard.*} codes of {@link
     * ProgramViolation}.
     *
     * @return the code, never null
     */
    @JsonProperty("code")
    public abstract String code();

    /**
     * Returns whether the condition is met.
     *
     * @return true when met
     */
    @JsonProperty("met")
    public abstract boolean met();

    /**
     * Returns whether an unmet condition blocks the advance; an advisory one is only recommended.
     *
     * @return true for a blocking condition
     */
    @JsonProperty("blocking")
    public abstract boolean blocking();

    /**
     * Returns the arguments of the message, such as the number of mentors needed and enrolled.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("arguments")
    public abstract List<String> arguments();

    /**
     * Returns what the condition asks for, in the locale's language (English for a language other
     * than Finnish and Swedish).
     *
     * @param locale the locale, not null
     * @return the message, never null
     */
    public String message(Locale locale) {
        return toViolation().message(Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns the condition as a violation with its code and arguments, as an advance refused for
     * it lists it.
     *
     * @return the violation, never null
     */
    public Violation toViolation() {
        return Violation.of(code(), "phase", arguments().toArray());
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    @JsonCreator
    private static ReadinessCondition fromJson(ImmutableReadinessCondition value) {
        return value;
    }

    /**
     * Checks the lengths of the code and the arguments, so that a hostile document cannot store
     * megabytes in a checklist.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        violations.checkMaxLength(code(), MAX_TEXT_LENGTH, "code");
        for (int i = 0; i < arguments().size(); i++) {
            violations.checkMaxLength(arguments().get(i), MAX_TEXT_LENGTH, "arguments[" + i + "]");
        }
        violations.throwIfAny();
    }

    /** Builds a condition. */
    public static final class Builder extends ImmutableReadinessCondition.Builder {}
}
