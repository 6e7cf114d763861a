package org.learningmentor.testkit.sample;

import java.util.List;
import java.util.Objects;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.program.MentoringProgram;

/**
 * A generated learning-mentoring programme with the events that built it, as {@link
 * SamplePrograms#inPhase} returns it: the programme's state and its whole history in order, from
 * {@code ProgramCreated} to the advance into its phase, as an outbox would have stored it.
 *
 * <p>This type is immutable and thread-safe.
 */
public final class SampleProgram {

    private final SampleOrganization agency;
    private final MentoringProgram program;
    private final List<DomainEvent> history;

    SampleProgram(SampleOrganization agency, MentoringProgram program, List<DomainEvent> history) {
        this.agency = Objects.requireNonNull(agency, "agency");
        this.program = Objects.requireNonNull(program, "program");
        this.history = List.copyOf(history);
    }

    /**
     * Returns the organization that runs the programme, with its people.
     *
     * @return the sample organization, never null
     */
    public SampleOrganization agency() {
        return agency;
    }

    /**
     * Returns the programme's state.
     *
     * @return the programme, never null
     */
    public MentoringProgram program() {
        return program;
    }

    /**
     * Returns every event of the programme's history, oldest first.
     *
     * @return an unmodifiable list, never null
     */
    public List<DomainEvent> history() {
        return history;
    }

    @Override
    public String toString() {
        return "SampleProgram{" + program.id() + ", phase=" + program.phase() + ", mentors="
                + program.activeMentors().size() + ", events=" + history.size() + "}";
    }
}
