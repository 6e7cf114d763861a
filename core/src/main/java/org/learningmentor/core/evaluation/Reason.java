package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.learningmentor.core.common.Violation;
import org.learningmentor.core.common.ViolationCode;
import org.learningmentor.core.common.Violations;

/**
 * Why a rule concluded what it did, or why a metric has no value: a stable code (one of {@link
 * FindingReason}, or a host's own such as {@code acme.budget.exceeded}) and the arguments of its
 * message. {@link #message(Locale)} gives the message in English, Finnish or Swedish from the same
 * bundles as violations; a host's code without a bundle gives the code and its arguments. In JSON:
 * {@code {"code": "evaluation.finding.data-missing", "arguments": ["plannedMentors"]}}.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class Reason {

    /** The most arguments a reason may have. */
    public static final int MAX_ARGUMENTS = 10;

    /** The longest code, and the longest argument, in characters. */
    public static final int MAX_LENGTH = 254;

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(\\.[a-z0-9][a-z0-9-]*)+");

    Reason() {}

    /**
     * Returns the stable code, such as {@code evaluation.finding.suppressed}.
     *
     * @return the code, never null
     */
    @JsonProperty("code")
    public abstract String code();

    /**
     * Returns the arguments of the message, in order.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("arguments")
    public abstract List<String> arguments();

    /**
     * Returns a reason of a code with arguments written by {@code String.valueOf}.
     *
     * @param code the code, not null
     * @param arguments the arguments, not null
     * @return the reason, never null
     */
    public static Reason of(ViolationCode code, Object... arguments) {
        Objects.requireNonNull(code, "code");
        return of(code.code(), arguments);
    }

    /**
     * Returns a reason of a code given as text, for hosts' own rules.
     *
     * @param code the dotted code, not null, at most {@value #MAX_LENGTH} characters
     * @param arguments the arguments, not null, at most {@value #MAX_ARGUMENTS}
     * @return the reason, never null
     * @throws org.learningmentor.core.common.ValidationException when the code or arguments are malformed
     */
    public static Reason of(String code, Object... arguments) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(arguments, "arguments");
        return builder()
                .code(code)
                .addAllArguments(Arrays.stream(arguments).map(String::valueOf).toList())
                .build();
    }

    /**
     * Returns the message in the locale's language: Finnish, Swedish, or English for any other.
     *
     * @param locale the locale, not null
     * @return the message, never null
     */
    public String message(Locale locale) {
        return Violation.of(code(), "", arguments().toArray()).message(Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns a new builder; the code is required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks that the code is dotted lower-case text of at most {@value #MAX_LENGTH} characters and
     * that there are at most {@value #MAX_ARGUMENTS} arguments of at most {@value #MAX_LENGTH}
     * characters each.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        if (violations.checkMaxLength(code(), MAX_LENGTH, "code")) {
            violations.check(
                    CODE.matcher(code()).matches(),
                    EvaluationViolation.REASON_CODE_MALFORMED,
                    "code",
                    Violations.quote(code()));
        }
        violations.check(
                arguments().size() <= MAX_ARGUMENTS,
                EvaluationViolation.REASON_TOO_MANY_ARGUMENTS,
                "arguments",
                MAX_ARGUMENTS,
                arguments().size());
        for (int i = 0; i < arguments().size() && i <= MAX_ARGUMENTS; i++) {
            violations.checkMaxLength(arguments().get(i), MAX_LENGTH, "arguments[" + i + "]");
        }
        violations.throwIfAny();
    }

    @JsonCreator
    private static Reason fromJson(ImmutableReason value) {
        return value;
    }

    /** Builds a reason; {@code build()} throws a ValidationException listing every violation. */
    public static final class Builder extends ImmutableReason.Builder {}
}
