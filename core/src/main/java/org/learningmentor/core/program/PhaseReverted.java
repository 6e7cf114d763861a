package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;
import org.learningmentor.core.common.Violations;

/**
 * The programme went back to its previous phase, for the reason recorded, such as "Two mentors
 * withdrew; we recruit more before training". Checked: the reason not blank and at most {@value
 * org.learningmentor.core.common.LocalizedText#MAX_LENGTH} characters ({@code program.text.blank},
 * {@code common.text.too-long}).
 *
 * <p>JSON type name {@code "program.phase-reverted"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutablePhaseReverted.class, name = "program.phase-reverted"))
public abstract non-sealed class PhaseReverted implements ProgramEvent {

    PhaseReverted() {}

    /**
     * Returns the phase it left.
     *
     * @return the phase, never null
     */
    @JsonProperty("previousPhase")
    public abstract ProgramPhase previousPhase();

    /**
     * Returns the phase it went back to, the one before {@link #previousPhase()}.
     *
     * @return the phase, never null
     */
    @JsonProperty("phase")
    public abstract ProgramPhase phase();

    /**
     * Returns why it went back; about the programme, not about a person.
     *
     * @return the reason, never null
     */
    @JsonProperty("reason")
    public abstract String reason();

    /**
     * Returns a new builder.
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
        Checks.checkText(reason(), "reason", violations);
        violations.throwIfAny();
    }

    /** Builds the event; every attribute is required. */
    public static final class Builder extends ImmutablePhaseReverted.Builder {}
}
