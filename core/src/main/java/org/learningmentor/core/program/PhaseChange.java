package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.Violations;

/**
 * One change of a programme's phase, kept in {@link MentoringProgram#phaseHistory()}: an advance,
 * or a return to the previous phase with its reason. The reason is free text that may be about
 * people ("two mentors withdrew"), so it is kept in the programme only, never in an event, and is
 * redacted from {@link #toString()}. Checked: a reason, when given, not blank and at most {@value
 * org.learningmentor.core.common.LocalizedText#MAX_LENGTH} characters ({@code program.text.blank},
 * {@code common.text.too-long}). This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class PhaseChange {

    PhaseChange() {}

    /**
     * Returns the phase the programme left.
     *
     * @return the phase, never null
     */
    @JsonProperty("fromPhase")
    public abstract ProgramPhase fromPhase();

    /**
     * Returns the phase the programme entered.
     *
     * @return the phase, never null
     */
    @JsonProperty("toPhase")
    public abstract ProgramPhase toPhase();

    /**
     * Returns when the phase changed.
     *
     * @return the instant, never null
     */
    @JsonProperty("at")
    public abstract Instant at();

    /**
     * Returns who changed it.
     *
     * @return the person's id, never null
     */
    @JsonProperty("actor")
    public abstract PersonId actor();

    /**
     * Returns why the programme went back, redacted from {@link #toString()}.
     *
     * @return the reason of a return; empty for an advance
     */
    @JsonProperty("reason")
    @Value.Redacted
    public abstract Optional<String> reason();

    /**
     * Returns a new builder; every attribute but the reason is required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the reason.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        Checks.checkNotes(reason(), "reason", violations);
        violations.throwIfAny();
    }

    @JsonCreator
    private static PhaseChange fromJson(ImmutablePhaseChange value) {
        return value;
    }

    /** Builds a phase change. */
    public static final class Builder extends ImmutablePhaseChange.Builder {}
}
