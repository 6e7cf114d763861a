package org.learningmentor.core.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import org.learningmentor.core.common.GoalId;
import org.learningmentor.core.common.Violations;

/**
 * The level of attainment of one linked goal at a progress entry: −2 (much less than expected) to
 * +2 (much more than expected) on the goal's {@link GoalAttainmentScale} ({@code
 * plan.rating.level-out-of-range}). This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class GoalRating {

    GoalRating() {}

    /**
     * Returns the goal rated.
     *
     * @return the goal's id, never null
     */
    @JsonProperty("goalId")
    public abstract GoalId goalId();

    /**
     * Returns the level reached.
     *
     * @return the level, from −2 to +2
     */
    @JsonProperty("level")
    public abstract int level();

    /**
     * Returns a rating.
     *
     * @param goalId the goal, not null
     * @param level the level, from −2 to +2
     * @return the rating, never null
     * @throws org.learningmentor.core.common.ValidationException when the level is out of range
     */
    public static GoalRating of(GoalId goalId, int level) {
        return builder().goalId(goalId).level(level).build();
    }

    /**
     * Returns a new builder; both attributes are required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the level.
     *
     * @throws org.learningmentor.core.common.ValidationException when it is outside −2..+2
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        violations.check(
                GoalAttainmentScale.isLevel(level()), PlanViolation.RATING_LEVEL_OUT_OF_RANGE, "level", level());
        violations.throwIfAny();
    }

    @JsonCreator
    private static GoalRating fromJson(ImmutableGoalRating value) {
        return value;
    }

    /** Builds a rating; throws a {@link org.learningmentor.core.common.ValidationException} for a bad level. */
    public static final class Builder extends ImmutableGoalRating.Builder {}
}
