package org.learningmentor.core.program;

import java.util.List;
import java.util.Objects;
import org.learningmentor.core.common.DomainRuleException;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.Violation;

/**
 * An advance of a {@link MentoringProgram} to its next phase refused because blocking conditions
 * of the current phase are unmet: {@code "Programme 3f2a… cannot advance from RECRUITMENT to
 * TRAINING: at least 2 active mentors must be enrolled, now 1; …"}. {@link #violations()} lists
 * every unmet blocking condition ({@code program.guard.*}); {@link MentoringProgram#readiness()}
 * gives the whole checklist. The programme is unchanged. The exception is serializable.
 */
public final class PhaseAdvanceException extends DomainRuleException {

    private static final long serialVersionUID = 1L;

    private final ProgramId programId;
    private final ProgramPhase phase;
    private final ProgramPhase target;

    /**
     * Creates the exception.
     *
     * @param programId the programme, not null
     * @param target the phase the advance aimed at, not null
     * @param readiness the checklist with at least one unmet blocking condition, not null
     */
    PhaseAdvanceException(ProgramId programId, ProgramPhase target, Readiness readiness) {
        this(
                programId,
                target,
                readiness,
                readiness.unmet().stream().map(ReadinessCondition::toViolation).toList());
    }

    private PhaseAdvanceException(
            ProgramId programId, ProgramPhase target, Readiness readiness, List<Violation> violations) {
        super(
                "Programme " + Objects.requireNonNull(programId, "programId") + " cannot advance from "
                        + readiness.phase() + " to " + target + ": " + englishMessages(violations),
                violations);
        this.programId = programId;
        this.phase = readiness.phase();
        this.target = target;
    }

    /**
     * Returns the programme.
     *
     * @return the programme's id, never null
     */
    public ProgramId programId() {
        return programId;
    }

    /**
     * Returns the phase the programme is in.
     *
     * @return the phase, never null
     */
    public ProgramPhase phase() {
        return phase;
    }

    /**
     * Returns the phase the refused advance aimed at.
     *
     * @return the phase, never null
     */
    public ProgramPhase target() {
        return target;
    }
}
