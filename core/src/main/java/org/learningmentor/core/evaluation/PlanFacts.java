package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.PlanId;
import org.learningmentor.core.common.Violations;
import org.learningmentor.core.plan.GoalAttainment;
import org.learningmentor.core.plan.LinkedGoal;
import org.learningmentor.core.plan.MentorPlan;
import org.learningmentor.core.plan.PlanStatus;
import org.learningmentor.core.program.ActionItem;
import org.learningmentor.core.program.ActionStatus;

/**
 * A mentor plan as the evaluation sees it: its owners, status, action items and the GAS ratings of
 * its goals, taken from a {@link MentorPlan} by {@link #of(MentorPlan)} (or built by a host that
 * keeps plans elsewhere).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class PlanFacts {

    private static final Numbers.EvaluationViolationPath OWNERS_PATH =
            new Numbers.EvaluationViolationPath(EvaluationViolation.PERSON_DUPLICATE, "ownerIds", "");

    PlanFacts() {}

    /**
     * Returns the plan's id.
     *
     * @return the id, never null
     */
    @JsonProperty("planId")
    public abstract PlanId planId();

    /**
     * Returns the plan's owners: one mentor, or the two of a pair.
     *
     * @return an unmodifiable list, no person twice
     */
    @JsonProperty("ownerIds")
    public abstract List<PersonId> ownerIds();

    /**
     * Returns the plan's status.
     *
     * @return the status, never null
     */
    @JsonProperty("status")
    public abstract PlanStatus status();

    /**
     * Returns how many action items the plan has, cancelled ones left out.
     *
     * @return the count, not negative
     */
    @JsonProperty("actionItems")
    @Value.Default
    public int actionItems() {
        return 0;
    }

    /**
     * Returns how many of the action items are done.
     *
     * @return the count, not negative, at most {@link #actionItems()}
     */
    @JsonProperty("actionItemsDone")
    @Value.Default
    public int actionItemsDone() {
        return 0;
    }

    /**
     * Returns how many of the action items lack an owner or a due date.
     *
     * @return the count, not negative, at most {@link #actionItems()}
     */
    @JsonProperty("actionItemsIncomplete")
    @Value.Default
    public int actionItemsIncomplete() {
        return 0;
    }

    /**
     * Returns the GAS ratings of the plan's goals that have been rated.
     *
     * @return an unmodifiable list, empty before any rating
     */
    @JsonProperty("gasRatings")
    public abstract List<GasRating> gasRatings();

    /**
     * Returns the plan's Kiresuk–Sherman T-score over its ratings, as {@link
     * GoalAttainment#tScore(List, List)} computes it (ρ = 0.3, two decimals); for facts taken from a
     * plan it equals {@link MentorPlan#tScore()}.
     *
     * @return the T-score, or empty when nothing is rated
     */
    @JsonIgnore
    public Optional<BigDecimal> tScore() {
        return GasRating.tScore(gasRatings());
    }

    /**
     * Returns the facts of a mentor plan: its id, owners and status; its action items that are not
     * cancelled and how many of them are done (none is incomplete: an {@link ActionItem} always has
     * an owner among the plan's owners and a due date); and, for each linked goal that has been
     * rated, its {@linkplain MentorPlan#latestRatings() latest rating} with the goal's weight, in the
     * order of the plan's goals.
     *
     * @param plan the plan, not null
     * @return the facts, never null
     */
    public static PlanFacts of(MentorPlan plan) {
        Objects.requireNonNull(plan, "plan");
        int items = 0;
        int done = 0;
        for (ActionItem item : plan.actionItems()) {
            if (item.status() != ActionStatus.CANCELLED) {
                items++;
                done += item.status() == ActionStatus.DONE ? 1 : 0;
            }
        }
        List<GasRating> ratings = new ArrayList<>(plan.goals().size());
        for (LinkedGoal goal : plan.goals()) {
            OptionalInt level = plan.latestRating(goal.goalId());
            if (level.isPresent()) {
                ratings.add(GasRating.of(level.getAsInt(), goal.weight()));
            }
        }
        return builder()
                .planId(plan.id())
                .addAllOwnerIds(plan.ownerIds())
                .status(plan.status())
                .actionItems(items)
                .actionItemsDone(done)
                .addAllGasRatings(ratings)
                .build();
    }

    /**
     * Returns whether the plan was approved (and perhaps completed).
     *
     * @return true for {@link PlanStatus#APPROVED} and {@link PlanStatus#COMPLETED}
     */
    @JsonIgnore
    public boolean isApproved() {
        return status() == PlanStatus.APPROVED || status() == PlanStatus.COMPLETED;
    }

    /**
     * Returns a new builder; the plan id and status are required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks that the owners are one or two distinct people and the counts are consistent.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        violations.check(
                !ownerIds().isEmpty(), org.learningmentor.core.common.CommonViolation.VALUE_REQUIRED, "ownerIds");
        Numbers.checkUnique(ownerIds(), p -> p, OWNERS_PATH, violations);
        Numbers.checkNotNegative(actionItems(), "actionItems", violations);
        Numbers.checkNotNegative(actionItemsDone(), "actionItemsDone", violations);
        Numbers.checkNotNegative(actionItemsIncomplete(), "actionItemsIncomplete", violations);
        // Checked with if rather than check(...), whose arguments would be boxed for every plan.
        if (actionItemsDone() > actionItems()) {
            violations.add(EvaluationViolation.DONE_EXCEEDS_TOTAL, "actionItemsDone", actionItemsDone(), actionItems());
        }
        if (actionItemsIncomplete() > actionItems()) {
            violations.add(
                    EvaluationViolation.DONE_EXCEEDS_TOTAL,
                    "actionItemsIncomplete",
                    actionItemsIncomplete(),
                    actionItems());
        }
        violations.throwIfAny();
    }

    @JsonCreator
    private static PlanFacts fromJson(ImmutablePlanFacts value) {
        return value;
    }

    /** Builds plan facts; {@code build()} throws a ValidationException listing every violation. */
    public static final class Builder extends ImmutablePlanFacts.Builder {}
}
