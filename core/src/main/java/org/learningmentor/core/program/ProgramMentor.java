package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.Violations;

/**
 * A volunteer enrolled as a learning mentor in a programme, and when they left it, if they did.
 * Checked: not withdrawn before enrolled ({@code program.mentor.withdrawn-before-enrolled}). This
 * type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class ProgramMentor {

    ProgramMentor() {}

    /**
     * Returns the mentor.
     *
     * @return the person's id, never null
     */
    @JsonProperty("personId")
    public abstract PersonId personId();

    /**
     * Returns when the mentor enrolled.
     *
     * @return the instant, never null
     */
    @JsonProperty("enrolledAt")
    public abstract Instant enrolledAt();

    /**
     * Returns when the mentor left the programme.
     *
     * @return the instant, or empty while the mentor takes part
     */
    @JsonProperty("withdrawnAt")
    public abstract Optional<Instant> withdrawnAt();

    /**
     * Returns whether the mentor takes part.
     *
     * @return true when not withdrawn
     */
    @JsonIgnore
    public boolean isActive() {
        return withdrawnAt().isEmpty();
    }

    /** Returns a withdrawn copy; for the programme's commands. */
    abstract ProgramMentor withWithdrawnAt(Instant at);

    /**
     * Returns a new builder; {@code personId} and {@code enrolledAt} are required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the dates.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        withdrawnAt()
                .ifPresent(at -> violations.check(
                        !at.isBefore(enrolledAt()),
                        ProgramViolation.MENTOR_WITHDRAWN_BEFORE_ENROLLED,
                        "withdrawnAt",
                        at,
                        enrolledAt()));
        violations.throwIfAny();
    }

    @JsonCreator
    private static ProgramMentor fromJson(ImmutableProgramMentor value) {
        return value;
    }

    /** Builds a programme mentor. */
    public static final class Builder extends ImmutableProgramMentor.Builder {}
}
