package org.learningmentor.core.person;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violations;

/**
 * One entry of a person's {@linkplain MentorEnrollment mentor consent history}: consent to act as a
 * learning mentor {@linkplain ConsentKind#GIVEN given} or {@linkplain ConsentKind#WITHDRAWN
 * withdrawn} at an instant. A withdrawal carries the person's reason, free text of at most {@value
 * #MAX_REASON_LENGTH} characters; consent given carries none.
 *
 * <pre>{@code
 * ConsentRecord.given(Instant.parse("2026-02-02T08:00:00Z"));
 * ConsentRecord.withdrawn(Instant.parse("2026-09-01T12:00:00Z"), "Siirryn uusiin tehtäviin.");
 * }</pre>
 *
 * <p>The reason is personal data: it never appears in {@link #toString()}. This type is immutable
 * and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class ConsentRecord {

    /** The longest reason accepted, in characters. */
    public static final int MAX_REASON_LENGTH = 2_000;

    ConsentRecord() {}

    // @JsonProperty on the accessors lets Jackson write this type's properties when a host writes it
    // with its declared type (writerFor(ConsentRecord.class)); the generated class alone would give {}.

    /**
     * Returns whether consent was given or withdrawn.
     *
     * @return the kind, never null
     */
    @JsonProperty("kind")
    public abstract ConsentKind kind();

    /**
     * Returns when consent was given or withdrawn.
     *
     * @return the instant, never null
     */
    @JsonProperty("at")
    public abstract Instant at();

    /**
     * Returns why consent was withdrawn: present exactly for a {@link ConsentKind#WITHDRAWN}
     * record, not blank and at most {@value #MAX_REASON_LENGTH} characters. Personal free text,
     * redacted from {@link #toString()}.
     *
     * @return the reason, empty for consent given
     */
    @JsonProperty("reason")
    @Value.Redacted
    public abstract Optional<String> reason();

    /**
     * Returns a record of consent given.
     *
     * @param at when consent was given, not null
     * @return the record, never null
     */
    public static ConsentRecord given(Instant at) {
        Objects.requireNonNull(at, "at");
        return builder().kind(ConsentKind.GIVEN).at(at).build();
    }

    /**
     * Returns a record of consent withdrawn.
     *
     * @param at when consent was withdrawn, not null
     * @param reason why, not null, not blank, at most {@value #MAX_REASON_LENGTH} characters
     * @return the record, never null
     * @throws ValidationException when the reason is blank ({@code person.consent.reason-blank}) or
     *     too long ({@code common.text.too-long}), both at path {@code reason}
     */
    public static ConsentRecord withdrawn(Instant at, String reason) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        return builder().kind(ConsentKind.WITHDRAWN).at(at).reason(reason).build();
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
    private static ConsentRecord fromJson(ImmutableConsentRecord value) {
        return value;
    }

    /**
     * Checks the reason against the kind.
     *
     * @throws ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        Optional<String> reason = reason();
        if (kind() == ConsentKind.GIVEN) {
            violations.check(reason.isEmpty(), PersonViolation.CONSENT_REASON_UNEXPECTED, "reason");
        } else if (reason.isEmpty()) {
            violations.add(PersonViolation.CONSENT_REASON_MISSING, "reason");
        } else {
            String text = reason.get();
            violations.check(!text.isBlank(), PersonViolation.CONSENT_REASON_BLANK, "reason");
            violations.checkMaxLength(text, MAX_REASON_LENGTH, "reason");
        }
        violations.throwIfAny();
    }

    /**
     * Builds a record; {@code kind} and {@code at} are required, {@code reason} only for a
     * withdrawal.
     */
    public static final class Builder extends ImmutableConsentRecord.Builder {}
}
