package org.learningmentor.core.program;

import java.util.List;
import java.util.Objects;
import org.learningmentor.core.common.DomainRuleException;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.Violation;

/**
 * A command on a {@link MentoringProgram} that a rule refused, such as recording attendance for
 * someone not enrolled as a mentor: {@code "Programme 3f2a… cannot record attendance: person 9c1b…
 * is not enrolled as a mentor of the programme"}. {@link #violations()} lists every rule the
 * command broke, with codes from {@link ProgramViolation} and the path of the argument concerned;
 * the message joins their English messages. The programme the command ran on is unchanged. The
 * exception is serializable.
 */
public final class ProgramRuleException extends DomainRuleException {

    private static final long serialVersionUID = 1L;

    private final ProgramId programId;

    /**
     * Creates the exception.
     *
     * @param programId the programme, not null
     * @param action what was refused, in English, such as {@code "record attendance"}
     * @param violations the rules broken, not null and not empty
     */
    ProgramRuleException(ProgramId programId, String action, List<Violation> violations) {
        super(
                "Programme " + Objects.requireNonNull(programId, "programId") + " cannot "
                        + Objects.requireNonNull(action, "action") + ": " + englishMessages(violations),
                violations);
        this.programId = programId;
    }

    /**
     * Returns the programme the refused command concerned.
     *
     * @return the programme's id, never null
     */
    public ProgramId programId() {
        return programId;
    }
}
