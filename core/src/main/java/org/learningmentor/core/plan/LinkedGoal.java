package org.learningmentor.core.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.GoalId;
import org.learningmentor.core.common.Violations;

/**
 * A programme goal a {@link MentorPlan} works towards: the goal's id, its weight in the plan's
 * goal attainment T-score (1 unless set) and, once written, its {@link GoalAttainmentScale}. The
 * weight is above 0 and at most {@value #MAX_WEIGHT} ({@code plan.weight.out-of-range}). This type
 * is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class LinkedGoal {

    /** The largest weight of a goal. */
    public static final int MAX_WEIGHT = 1_000;

    LinkedGoal() {}

    /**
     * Returns the programme goal.
     *
     * @return the goal's id, never null
     */
    @JsonProperty("goalId")
    public abstract GoalId goalId();

    /**
     * Returns the goal's weight in the T-score.
     *
     * @return the weight, above 0 and at most {@value #MAX_WEIGHT}; 1 unless set
     */
    @JsonProperty("weight")
    @Value.Default
    public BigDecimal weight() {
        return BigDecimal.ONE;
    }

    /**
     * Returns the goal's attainment scale.
     *
     * @return the scale, or empty while none is written
     */
    @JsonProperty("scale")
    public abstract Optional<GoalAttainmentScale> scale();

    /**
     * Returns a link to the goal with weight 1 and no scale.
     *
     * @param goalId the goal, not null
     * @return the link, never null
     */
    public static LinkedGoal of(GoalId goalId) {
        return builder().goalId(goalId).build();
    }

    /**
     * Returns a copy with another weight.
     *
     * @param weight the weight, not null, above 0 and at most {@value #MAX_WEIGHT}
     * @return the copy, never null
     * @throws org.learningmentor.core.common.ValidationException when the weight is out of range
     */
    public abstract LinkedGoal withWeight(BigDecimal weight);

    /**
     * Returns a copy with a scale.
     *
     * @param scale the scale, not null
     * @return the copy, never null
     */
    public abstract LinkedGoal withScale(GoalAttainmentScale scale);

    /**
     * Returns a new builder; the goal id is required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the weight.
     *
     * @throws org.learningmentor.core.common.ValidationException when it is out of range
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        checkWeight(weight(), "weight", violations);
        violations.throwIfAny();
    }

    static boolean checkWeight(BigDecimal weight, String path, Violations violations) {
        return violations.check(
                weight.signum() > 0 && weight.compareTo(BigDecimal.valueOf(MAX_WEIGHT)) <= 0,
                PlanViolation.WEIGHT_OUT_OF_RANGE,
                path,
                Violations.quote(weight.toString()),
                MAX_WEIGHT);
    }

    @JsonCreator
    private static LinkedGoal fromJson(ImmutableLinkedGoal value) {
        return value;
    }

    /** Builds a link; throws a {@link org.learningmentor.core.common.ValidationException} for a bad weight. */
    public static final class Builder extends ImmutableLinkedGoal.Builder {}
}
