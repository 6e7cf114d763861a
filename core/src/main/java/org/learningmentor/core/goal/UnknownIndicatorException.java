package org.learningmentor.core.goal;

import java.util.List;
import java.util.Objects;
import org.learningmentor.core.common.DomainRuleException;
import org.learningmentor.core.common.GoalId;
import org.learningmentor.core.common.IndicatorId;
import org.learningmentor.core.common.Violation;

/**
 * A change addressed an indicator that the goal does not have, such as recording an actual value
 * for it: {@code "Goal 3f2a… cannot record a measurement: the goal has no indicator 9c1b…"}. Its
 * violation has the code {@code goal.indicator.unknown} at the path {@code indicators}.
 */
public final class UnknownIndicatorException extends DomainRuleException {

    private static final long serialVersionUID = 1L;

    /** The goal that was addressed. */
    private final GoalId goalId;

    /** The indicator the goal does not have. */
    private final IndicatorId indicatorId;

    /**
     * Creates the exception.
     *
     * @param goalId the goal, not null
     * @param indicatorId the indicator it does not have, not null
     * @param action what the goal cannot do, such as {@code "record a measurement"}, not null
     */
    UnknownIndicatorException(GoalId goalId, IndicatorId indicatorId, String action) {
        this(
                Objects.requireNonNull(goalId, "goalId"),
                Objects.requireNonNull(indicatorId, "indicatorId"),
                Objects.requireNonNull(action, "action"),
                List.of(Violation.of(GoalViolation.INDICATOR_UNKNOWN, "indicators", indicatorId)));
    }

    private UnknownIndicatorException(
            GoalId goalId, IndicatorId indicatorId, String action, List<Violation> violations) {
        super("Goal " + goalId + " cannot " + action + ": " + englishMessages(violations), violations);
        this.goalId = goalId;
        this.indicatorId = indicatorId;
    }

    /**
     * Returns the goal that was addressed.
     *
     * @return the goal's id, never null
     */
    public GoalId goalId() {
        return goalId;
    }

    /**
     * Returns the indicator the goal does not have.
     *
     * @return the indicator's id, never null
     */
    public IndicatorId indicatorId() {
        return indicatorId;
    }
}
