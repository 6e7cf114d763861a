package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.GoalId;

/**
 * How far one of management's goals has been attained: its indicators' progress and the goal's
 * attainment, the mean of the indicators' progress each capped at 1 (so going beyond one target
 * cannot hide another falling short; moving away from a target stays negative). A goal none of whose
 * indicators was measured has no attainment, and says why.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public interface GoalProgress {

    /**
     * Returns the goal.
     *
     * @return the id, never null
     */
    @JsonProperty("goalId")
    GoalId goalId();

    /**
     * Returns the progress of each of the goal's indicators, in the goal's order.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("indicators")
    List<IndicatorProgress> indicators();

    /**
     * Returns the goal's attainment: the mean of its measured indicators' progress, each capped at 1.
     *
     * @return the attainment, or empty when no indicator was measured
     */
    @JsonProperty("attainment")
    Optional<BigDecimal> attainment();

    /**
     * Returns why there is no attainment.
     *
     * @return the reason, present exactly when {@link #attainment()} is empty
     */
    @JsonProperty("reason")
    Optional<Reason> reason();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    @JsonCreator
    private static GoalProgress fromJson(ImmutableGoalProgress value) {
        return value;
    }

    /** Builds a goal's progress. */
    final class Builder extends ImmutableGoalProgress.Builder {}
}
