package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.PlanId;
import org.learningmentor.core.common.Violations;
import org.learningmentor.core.plan.PlanStatus;

/**
 * A mentor plan as the evaluation sees it: its owners, status, action items and the GAS ratings of
 * its goals. A host builds it from its plans; the plan module's adapter ({@code
 * PlanFacts.of(MentorPlan)}) is the intended source once plans exist.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class PlanFacts {

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
     * Returns the plan's Kiresuk–Sherman T-score over its ratings (ρ = 0.3).
     *
     * @return the T-score, or empty when nothing is rated
     */
    @JsonIgnore
    public OptionalDouble tScore() {
        return Gas.tScore(gasRatings());
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
        Numbers.checkUnique(
                ownerIds(),
                p -> p,
                new Numbers.EvaluationViolationPath(EvaluationViolation.PERSON_DUPLICATE, "ownerIds", ""),
                violations);
        Numbers.checkNotNegative(actionItems(), "actionItems", violations);
        Numbers.checkNotNegative(actionItemsDone(), "actionItemsDone", violations);
        Numbers.checkNotNegative(actionItemsIncomplete(), "actionItemsIncomplete", violations);
        violations.check(
                actionItemsDone() <= actionItems(),
                EvaluationViolation.DONE_EXCEEDS_TOTAL,
                "actionItemsDone",
                actionItemsDone(),
                actionItems());
        violations.check(
                actionItemsIncomplete() <= actionItems(),
                EvaluationViolation.DONE_EXCEEDS_TOTAL,
                "actionItemsIncomplete",
                actionItemsIncomplete(),
                actionItems());
        violations.throwIfAny();
    }

    @JsonCreator
    private static PlanFacts fromJson(ImmutablePlanFacts value) {
        return value;
    }

    /** Builds plan facts; {@code build()} throws a ValidationException listing every violation. */
    public static final class Builder extends ImmutablePlanFacts.Builder {}
}
