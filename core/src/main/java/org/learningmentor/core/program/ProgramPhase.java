package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Optional;
import org.learningmentor.core.common.EnumNames;

/**
 * A phase of a learning-mentoring programme, in the order a programme goes through them: {@code
 * PREPARATION → ANALYSIS → GOAL_SETTING → RECRUITMENT → TRAINING → IMPLEMENTATION → EVALUATION},
 * then {@code CLOSED}, or {@code EMBEDDING} when the organization makes learning mentoring a lasting
 * part of its competence development. Each advance is guarded: see {@link MentoringProgram#readiness()}.
 *
 * <p>In JSON a phase is its constant name, such as {@code "TRAINING"}; a number or another text is
 * refused with {@code program.phase.unknown}.
 */
public enum ProgramPhase {
    /** Preparation: the sponsor (management) and the coordinator (HR) are named. */
    PREPARATION,
    /** Analysis on the HR days (HR-päivät): the learning culture is analysed and development targets chosen. */
    ANALYSIS,
    /** Goal setting: management sets the programme's goals (päätavoitteet), each with indicators. */
    GOAL_SETTING,
    /** Recruitment: volunteers enrol as mentors with consent; the training sessions are scheduled. */
    RECRUITMENT,
    /** Training (oppimismentorivalmennus): sessions, interim assignments, mentor–HR meetings, credos. */
    TRAINING,
    /** Implementation: the mentors carry out their plans; monitoring checkpoints record progress. */
    IMPLEMENTATION,
    /** Evaluation (arviointi): the programme is judged against its goals. */
    EVALUATION,
    /** Closed: the programme is over; nothing more is recorded. A final phase. */
    CLOSED,
    /** Embedding (juurruttaminen): the organization continues the model. A final phase of this programme. */
    EMBEDDING;

    /**
     * Returns whether the programme ends in this phase: {@link #CLOSED} or {@link #EMBEDDING}. A
     * programme in a final phase takes no more commands.
     *
     * @return true for a final phase
     */
    public boolean isFinal() {
        return this == CLOSED || this == EMBEDDING;
    }

    /**
     * Returns the phases a programme in this phase may advance to: the next one, or from {@link
     * #EVALUATION} either {@link #CLOSED} (the default, first) or {@link #EMBEDDING}.
     *
     * @return an unmodifiable list, empty for a final phase
     */
    public List<ProgramPhase> nextPhases() {
        return switch (this) {
            case EVALUATION -> List.of(CLOSED, EMBEDDING);
            case CLOSED, EMBEDDING -> List.of();
            default -> List.of(values()[ordinal() + 1]);
        };
    }

    /**
     * Returns the phase a programme in this phase may go back to.
     *
     * @return the previous phase; empty for {@link #PREPARATION} and for the final phases, which
     *     are not reopened
     */
    public Optional<ProgramPhase> previous() {
        return this == PREPARATION || isFinal() ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /**
     * Returns the phase of exactly the given name, as JSON holds it.
     *
     * @param name the constant name, such as {@code "TRAINING"}, not null
     * @return the phase, never null
     * @throws org.learningmentor.core.common.ValidationException with {@code program.phase.unknown}
     *     at {@code phase} when no phase has the name
     */
    @JsonCreator
    public static ProgramPhase parse(String name) {
        return EnumNames.parse(ProgramPhase.class, name, ProgramViolation.PHASE_UNKNOWN, "phase");
    }
}
