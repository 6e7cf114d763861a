package org.learningmentor.core.plan;

import java.util.List;
import java.util.Objects;
import org.learningmentor.core.common.DomainRuleException;
import org.learningmentor.core.common.PlanId;
import org.learningmentor.core.common.Violation;

/**
 * A command on a {@link MentorPlan} that a rule refused, such as approving a plan that links no
 * goal: {@code "Plan 3f2a… cannot be approved: it is linked to no programme goal"}. {@link
 * #violations()} lists every rule the command broke, with codes from {@link PlanViolation}; the
 * message joins their English messages. The plan the command ran on is unchanged. The exception is
 * serializable.
 */
public final class PlanRuleException extends DomainRuleException {

    private static final long serialVersionUID = 1L;

    private final PlanId planId;

    /**
     * Creates the exception.
     *
     * @param planId the plan, not null
     * @param action what was refused, in English, such as {@code "be approved"}
     * @param violations the rules broken, not null and not empty
     */
    PlanRuleException(PlanId planId, String action, List<Violation> violations) {
        super(
                "Plan " + Objects.requireNonNull(planId, "planId") + " cannot "
                        + Objects.requireNonNull(action, "action") + ": " + englishMessages(violations),
                violations);
        this.planId = planId;
    }

    /**
     * Returns the plan the refused command concerned.
     *
     * @return the plan's id, never null
     */
    public PlanId planId() {
        return planId;
    }
}
