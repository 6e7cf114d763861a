package org.learningmentor.core.pair;

import java.util.List;
import java.util.Objects;
import org.learningmentor.core.common.DomainRuleException;
import org.learningmentor.core.common.PairId;
import org.learningmentor.core.common.Violation;

/**
 * A command on a {@link MentoringPair} that a pairing rule refused, such as accepting a proposal
 * when the mentor already has as many active pairs as the policy allows: {@code "Pair 3f2a… cannot
 * be accepted: person 9c1b… has 1 active pairs of this kind in the programme, and the capacity is
 * 1"}. {@link #violations()} lists every rule the command broke, with codes from {@link
 * PairViolation} and the path of the argument concerned; the message joins their English messages
 * and names people only by their ids. The pair the command ran on (or the pairs given to it) are
 * unchanged. The exception is serializable.
 */
public final class PairRuleException extends DomainRuleException {

    private static final long serialVersionUID = 1L;

    private final PairId pairId;

    /**
     * Creates the exception.
     *
     * @param pairId the pair the command concerned (the new pair's id for a creation), not null
     * @param action what was refused, in English, such as {@code "be accepted"}
     * @param violations the rules broken, not null and not empty
     */
    PairRuleException(PairId pairId, String action, List<Violation> violations) {
        super(
                "Pair " + Objects.requireNonNull(pairId, "pairId") + " cannot "
                        + Objects.requireNonNull(action, "action") + ": "
                        + englishMessages(Objects.requireNonNull(violations, "violations")),
                violations);
        this.pairId = pairId;
    }

    /**
     * Returns the pair the refused command concerned.
     *
     * @return the pair's id, never null
     */
    public PairId pairId() {
        return pairId;
    }
}
