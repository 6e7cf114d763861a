package org.learningmentor.core.plan;

import static org.learningmentor.core.plan.PlanStatus.APPROVED;
import static org.learningmentor.core.plan.PlanStatus.CANCELLED;
import static org.learningmentor.core.plan.PlanStatus.COMPLETED;
import static org.learningmentor.core.plan.PlanStatus.DRAFT;
import static org.learningmentor.core.plan.PlanStatus.RETURNED;
import static org.learningmentor.core.plan.PlanStatus.SUBMITTED;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.immutables.value.Value;
import org.learningmentor.core.common.ActionItemId;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.DevelopmentTargetId;
import org.learningmentor.core.common.GoalId;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PairId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.PlanId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violation;
import org.learningmentor.core.common.Violations;
import org.learningmentor.core.pair.MentoringPair;
import org.learningmentor.core.pair.PairKind;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.program.ActionItem;
import org.learningmentor.core.program.DevelopmentTarget;
import org.learningmentor.core.program.MentoringProgram;

/**
 * A mentor's or a mentor pair's plan to renew the learning culture of their work community
 * (yksilöity suunnitelma, parisuunnitelma), based on the programme's culture analysis and goals:
 * the programme goals it works towards, each with a weight and a {@linkplain GoalAttainmentScale
 * goal attainment scale}; the development targets and units it addresses; its {@linkplain
 * ActionItem action items} (who does what by when); the support needed from HR; monitoring dates;
 * HR's comments when it returned the plan; and the {@linkplain ProgressEntry progress} recorded
 * while it is carried out.
 *
 * <pre>{@code
 * Change<MentorPlan> change = MentorPlan.draftIndividual(planId, program, mentor, title, at)
 *     .andThen(p -> p.linkGoal(goalId, program, mentor.id(), at))
 *     .andThen(p -> p.setScale(goalId, scale, mentor.id(), at))
 *     .andThen(p -> p.addActionItem(item, program, mentor.id(), at))
 *     .andThen(p -> p.submit(program, mentor.id(), at))
 *     .andThen(p -> p.approve(hr, program, Optional.empty(), at));
 * }</pre>
 *
 * <p><b>Lifecycle.</b> {@code DRAFT → SUBMITTED → APPROVED → COMPLETED}, with {@code RETURNED}
 * when HR asks for changes and {@code CANCELLED} (see {@link PlanStatus#successors()}). Only the
 * owners edit, and only a {@code DRAFT} or {@code RETURNED} plan; only HR approves or returns; the
 * owners or HR complete an approved plan or cancel an open one; the owners record progress on an
 * approved plan.
 *
 * <p><b>Approval.</b> A plan is approvable ({@link #unmetApprovalConditions}) when it links at least
 * one goal of the programme, each with a goal attainment scale; has at least one action item, each
 * owned by an owner of the plan and due inside the programme; and, for a pair plan, its pair is
 * active. {@link #submit} and {@link #approve} list every unmet condition.
 *
 * <p><b>Commands.</b> Every change is a command taking the acting person and the time and returning
 * the next state with one {@link PlanEvent}. A refused command throws a {@link PlanRuleException}
 * listing every rule it broke, with codes {@code plan.*}; invalid data (a too long text) gives a
 * {@link ValidationException} first. A refused command leaves this plan as it was (it is
 * immutable) and returns nothing.
 *
 * <p><b>Structure.</b> Building a plan, by builder, by command or from JSON, checks and reports
 * together: one owner for an individual plan, two different ones and a pair id for a pair plan;
 * the title at most {@value LocalizedText#NAME_MAX_LENGTH} characters per translation; goals,
 * targets, units, action items and progress entries each listed once; action items owned by owners;
 * monitoring dates in ascending order; ratings only of linked goals and status changes only of the
 * plan's items; the version not negative.
 *
 * <p><b>Attainment.</b> {@link #latestRatings()} gives each goal's latest rating and {@link
 * #tScore()} their Kiresuk–Sherman T-score ({@link GoalAttainment}).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class MentorPlan {

    private static final Set<PlanStatus> EDITABLE = EnumSet.of(DRAFT, RETURNED);
    private static final Set<PlanStatus> CANCELLABLE = EnumSet.of(DRAFT, SUBMITTED, RETURNED, APPROVED);

    MentorPlan() {}

    // ---------------------------------------------------------------- attributes

    /**
     * Returns the plan's identity.
     *
     * @return the id, never null
     */
    @JsonProperty("id")
    public abstract PlanId id();

    /**
     * Returns the organization (tenant) the plan belongs to.
     *
     * @return the organization id, never null
     */
    @JsonProperty("organizationId")
    public abstract OrganizationId organizationId();

    /**
     * Returns the programme the plan belongs to.
     *
     * @return the programme id, never null
     */
    @JsonProperty("programId")
    public abstract ProgramId programId();

    /**
     * Returns whether one mentor or a pair owns the plan.
     *
     * @return the kind, never null
     */
    @JsonProperty("kind")
    public abstract PlanKind kind();

    /**
     * Returns the owners: the mentor of an individual plan, or the two mentors of the pair.
     *
     * @return an unmodifiable list of one or two ids, never null
     */
    @JsonProperty("ownerIds")
    public abstract List<PersonId> ownerIds();

    /**
     * Returns the pair owning a pair plan.
     *
     * @return the pair's id; empty for an individual plan
     */
    @JsonProperty("pairId")
    public abstract Optional<PairId> pairId();

    /**
     * Returns the plan's title.
     *
     * @return the title, never null
     */
    @JsonProperty("title")
    public abstract LocalizedText title();

    /**
     * Returns the programme goals the plan works towards, with their weights and scales.
     *
     * @return an unmodifiable list in the order linked, never null
     */
    @JsonProperty("goals")
    public abstract List<LinkedGoal> goals();

    /**
     * Returns the development targets of the culture analysis the plan addresses.
     *
     * @return an unmodifiable list in the order linked, never null
     */
    @JsonProperty("targetIds")
    public abstract List<DevelopmentTargetId> targetIds();

    /**
     * Returns the work communities (units) the plan addresses.
     *
     * @return an unmodifiable list in the order added, never null
     */
    @JsonProperty("unitIds")
    public abstract List<OrgUnitId> unitIds();

    /**
     * Returns the action items: who does what by when.
     *
     * @return an unmodifiable list in the order added, never null
     */
    @JsonProperty("actionItems")
    public abstract List<ActionItem> actionItems();

    /**
     * Returns the support the owners need from HR.
     *
     * @return the description, or empty when none is asked
     */
    @JsonProperty("supportNeeded")
    public abstract Optional<LocalizedText> supportNeeded();

    /**
     * Returns the days on which the owners review the plan's progress.
     *
     * @return an unmodifiable list in ascending order, never null
     */
    @JsonProperty("monitoringDates")
    public abstract List<LocalDate> monitoringDates();

    /**
     * Returns where the plan stands.
     *
     * @return the status, {@link PlanStatus#DRAFT} unless set
     */
    @JsonProperty("status")
    @Value.Default
    public PlanStatus status() {
        return DRAFT;
    }

    /**
     * Returns HR's comments, one for each time it returned the plan.
     *
     * @return an unmodifiable list, oldest first, never null
     */
    @JsonProperty("hrComments")
    public abstract List<HrComment> hrComments();

    /**
     * Returns the progress recorded while the plan is carried out.
     *
     * @return an unmodifiable list in the order recorded, never null
     */
    @JsonProperty("progress")
    public abstract List<ProgressEntry> progress();

    /**
     * Returns the optimistic-locking version managed by the persistence layer (0 = never stored).
     *
     * @return the version, not negative
     */
    @JsonProperty("version")
    @Value.Default
    public long version() {
        return 0;
    }

    /**
     * Returns a copy with another optimistic-locking version, for persistence implementations; the
     * model never changes the version itself.
     *
     * @param version the version, not negative
     * @return the copy, never null
     * @throws ValidationException when the version is negative ({@code plan.version.negative})
     */
    public abstract MentorPlan withVersion(long version);

    abstract MentorPlan withTitle(LocalizedText title);

    abstract MentorPlan withGoals(Iterable<? extends LinkedGoal> goals);

    abstract MentorPlan withTargetIds(Iterable<? extends DevelopmentTargetId> targetIds);

    abstract MentorPlan withUnitIds(Iterable<? extends OrgUnitId> unitIds);

    abstract MentorPlan withActionItems(Iterable<? extends ActionItem> items);

    abstract MentorPlan withSupportNeeded(Optional<? extends LocalizedText> supportNeeded);

    abstract MentorPlan withMonitoringDates(Iterable<? extends LocalDate> dates);

    abstract MentorPlan withStatus(PlanStatus status);

    abstract MentorPlan withHrComments(Iterable<? extends HrComment> comments);

    abstract MentorPlan withProgress(Iterable<? extends ProgressEntry> progress);

    // ---------------------------------------------------------------- queries

    /**
     * Tells whether the person owns the plan.
     *
     * @param personId the person, not null
     * @return true for the mentor of an individual plan or either mentor of a pair plan
     */
    public boolean isOwner(PersonId personId) {
        Objects.requireNonNull(personId, "personId");
        return ownerIds().contains(personId);
    }

    /**
     * Returns the ids of the linked goals.
     *
     * @return an unmodifiable list in the order linked, never null
     */
    public List<GoalId> goalIds() {
        return goals().stream().map(LinkedGoal::goalId).toList();
    }

    /**
     * Returns a linked goal.
     *
     * @param goalId the goal, not null
     * @return the link with its weight and scale, or empty when the goal is not linked
     */
    public Optional<LinkedGoal> goal(GoalId goalId) {
        Objects.requireNonNull(goalId, "goalId");
        return goals().stream().filter(g -> g.goalId().equals(goalId)).findFirst();
    }

    /**
     * Returns an action item.
     *
     * @param itemId the item, not null
     * @return the item, or empty
     */
    public Optional<ActionItem> actionItem(ActionItemId itemId) {
        Objects.requireNonNull(itemId, "itemId");
        return actionItems().stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    /**
     * Returns each linked goal's latest rating: the level of the last recorded progress entry that
     * rated it.
     *
     * @return an unmodifiable map in the order of {@link #goals()}, without goals never rated;
     *     never null
     */
    public Map<GoalId, Integer> latestRatings() {
        Map<GoalId, Integer> ordered = new LinkedHashMap<>();
        for (LinkedGoal goal : goals()) {
            latestRating(goal.goalId()).ifPresent(level -> ordered.put(goal.goalId(), level));
        }
        return Collections.unmodifiableMap(ordered);
    }

    /**
     * Returns the level of a goal's latest rating: the one in the last progress entry that rates it.
     * Reads the entries from the last backwards without building a map, for callers that look at
     * each goal of many plans (the evaluation's facts).
     *
     * @param goalId the goal, not null
     * @return the level, −2 to +2, or empty when the goal has not been rated
     */
    public OptionalInt latestRating(GoalId goalId) {
        Objects.requireNonNull(goalId, "goalId");
        for (int e = progress().size() - 1; e >= 0; e--) {
            List<GoalRating> ratings = progress().get(e).ratings();
            for (int r = ratings.size() - 1; r >= 0; r--) {
                if (ratings.get(r).goalId().equals(goalId)) {
                    return OptionalInt.of(ratings.get(r).level());
                }
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Returns the plan's goal attainment T-score from the latest rating of each rated goal, weighted
     * by the goals' weights ({@link GoalAttainment#tScore(List, List)}).
     *
     * @return the T-score with two decimals, or empty while no goal is rated
     */
    public Optional<BigDecimal> tScore() {
        Map<GoalId, Integer> latest = latestRatings();
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> levels = new ArrayList<>();
        List<BigDecimal> weights = new ArrayList<>();
        for (LinkedGoal goal : goals()) {
            Integer level = latest.get(goal.goalId());
            if (level != null) {
                levels.add(level);
                weights.add(goal.weight());
            }
        }
        return Optional.of(GoalAttainment.tScore(levels, weights));
    }

    /**
     * Returns every approval condition the plan does not meet; empty when it is approvable. The
     * conditions: the programme is the plan's ({@code plan.program.other}); at least one linked goal
     * ({@code plan.approval.no-goal}), each a goal of the programme ({@code plan.goal.unknown}) with a
     * scale ({@code plan.approval.scale-missing}); at least one action item ({@code
     * plan.approval.no-action-item}), each due inside the programme ({@code
     * plan.date.outside-programme}; owners among the plan's owners hold by structure); for a pair
     * plan, the pair given, the plan's ({@code plan.pair.missing}) and active ({@code
     * plan.pair.not-active}).
     *
     * @param program the plan's programme, not null
     * @param pair the plan's pair, not null; ignored for an individual plan
     * @return the unmet conditions as violations, never null
     */
    public List<Violation> unmetApprovalConditions(MentoringProgram program, Optional<MentoringPair> pair) {
        Objects.requireNonNull(pair, "pair");
        List<Violation> unmet = new ArrayList<>();
        contentConditions(program, unmet);
        pairConditions(pair, unmet);
        return List.copyOf(unmet);
    }

    /**
     * Tells whether HR may approve the plan as it stands, whatever its status.
     *
     * @param program the plan's programme, not null
     * @param pair the plan's pair, not null; ignored for an individual plan
     * @return true when {@link #unmetApprovalConditions} is empty
     */
    public boolean isApprovable(MentoringProgram program, Optional<MentoringPair> pair) {
        return unmetApprovalConditions(program, pair).isEmpty();
    }

    private void contentConditions(MentoringProgram program, List<Violation> unmet) {
        Objects.requireNonNull(program, "program");
        checkProgram(program, unmet);
        if (goals().isEmpty()) {
            unmet.add(Violation.of(PlanViolation.APPROVAL_NO_GOAL, "goals"));
        }
        for (int i = 0; i < goals().size(); i++) {
            LinkedGoal goal = goals().get(i);
            if (program.goal(goal.goalId()).isEmpty()) {
                unmet.add(Violation.of(PlanViolation.GOAL_UNKNOWN, "goals[" + i + "].goalId", goal.goalId()));
            }
            if (goal.scale().isEmpty()) {
                unmet.add(Violation.of(PlanViolation.APPROVAL_SCALE_MISSING, "goals[" + i + "].scale", goal.goalId()));
            }
        }
        if (actionItems().isEmpty()) {
            unmet.add(Violation.of(PlanViolation.APPROVAL_NO_ACTION_ITEM, "actionItems"));
        }
        for (int i = 0; i < actionItems().size(); i++) {
            checkInsideProgramme(program, actionItems().get(i).dueOn(), "actionItems[" + i + "].dueOn", unmet);
        }
    }

    private void pairConditions(Optional<MentoringPair> pair, List<Violation> unmet) {
        if (kind() != PlanKind.PAIR) {
            return;
        }
        PairId pairId = pairId().orElseThrow();
        if (pair.isEmpty() || !pair.get().id().equals(pairId)) {
            unmet.add(Violation.of(PlanViolation.PAIR_MISSING, "pair", pairId));
        } else if (!pair.get().isActive()) {
            unmet.add(Violation.of(
                    PlanViolation.PAIR_NOT_ACTIVE, "pair", pairId, pair.get().status()));
        }
    }

    // ---------------------------------------------------------------- creation

    /**
     * Drafts a mentor's individual plan.
     *
     * @param id the plan's id, not null
     * @param program the programme, not null
     * @param mentor the mentor, who owns and drafts the plan; of the programme's organization and an
     *     active mentor of the programme; not null
     * @param title the title, not null, at most {@value LocalizedText#NAME_MAX_LENGTH} characters per
     *     translation
     * @param at when, from the caller's clock; not null
     * @return the plan in {@link PlanStatus#DRAFT} and one {@link PlanDrafted}, never null
     * @throws ValidationException when the title is too long
     * @throws PlanRuleException with {@code plan.person.other-organization} or {@code
     *     plan.mentor.not-active}, every one that applies
     */
    public static Change<MentorPlan> draftIndividual(
            PlanId id, MentoringProgram program, Person mentor, LocalizedText title, Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(mentor, "mentor");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(at, "at");
        MentorPlan plan = builder()
                .id(id)
                .organizationId(program.organizationId())
                .programId(program.id())
                .kind(PlanKind.INDIVIDUAL)
                .addOwnerIds(mentor.id())
                .title(title)
                .build();
        List<Violation> refused = new ArrayList<>();
        plan.checkOrganization(mentor, "mentor", refused);
        if (!program.isActiveMentor(mentor.id())) {
            refused.add(Violation.of(PlanViolation.MENTOR_NOT_ACTIVE, "mentor", mentor.id()));
        }
        plan.refuseIfAny("be drafted", refused);
        return Change.of(plan, plan.drafted(mentor.id(), at));
    }

    /**
     * Drafts a pair plan, owned by the two mentors of an active pair.
     *
     * @param id the plan's id, not null
     * @param program the programme, not null
     * @param pair the pair, not null: of the programme, active, of two mentors ({@link
     *     PairKind#MENTOR_PAIR}) who are both active mentors of the programme
     * @param actor the member of the pair who drafts the plan, of the organization; not null
     * @param title the title, not null, at most {@value LocalizedText#NAME_MAX_LENGTH} characters per
     *     translation
     * @param at when; not null
     * @return the plan in {@link PlanStatus#DRAFT} and one {@link PlanDrafted}, never null
     * @throws ValidationException when the title is too long
     * @throws PlanRuleException with {@code plan.person.other-organization}, {@code
     *     plan.pair.other-program}, {@code plan.pair.not-active}, {@code plan.pair.not-mentor-pair},
     *     {@code plan.mentor.not-active} or {@code plan.actor.not-owner}, every one that applies
     */
    public static Change<MentorPlan> draftForPair(
            PlanId id, MentoringProgram program, MentoringPair pair, Person actor, LocalizedText title, Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(at, "at");
        MentorPlan plan = builder()
                .id(id)
                .organizationId(program.organizationId())
                .programId(program.id())
                .kind(PlanKind.PAIR)
                .addOwnerIds(pair.first(), pair.second())
                .pairId(pair.id())
                .title(title)
                .build();
        List<Violation> refused = new ArrayList<>();
        plan.checkOrganization(actor, "actor", refused);
        if (!pair.organizationId().equals(program.organizationId())
                || !pair.programId().equals(program.id())) {
            refused.add(Violation.of(PlanViolation.PAIR_OTHER_PROGRAM, "pair", pair.id()));
        }
        if (!pair.isActive()) {
            refused.add(Violation.of(PlanViolation.PAIR_NOT_ACTIVE, "pair", pair.id(), pair.status()));
        }
        if (pair.kind() != PairKind.MENTOR_PAIR) {
            refused.add(Violation.of(PlanViolation.PAIR_NOT_MENTOR_PAIR, "pair", pair.id(), pair.kind()));
        }
        for (PersonId member : List.of(pair.first(), pair.second())) {
            if (!program.isActiveMentor(member)) {
                refused.add(Violation.of(PlanViolation.MENTOR_NOT_ACTIVE, "pair", member));
            }
        }
        if (!pair.involves(actor.id())) {
            refused.add(Violation.of(PlanViolation.ACTOR_NOT_OWNER, "actor", actor.id()));
        }
        plan.refuseIfAny("be drafted", refused);
        return Change.of(plan, plan.drafted(actor.id(), at));
    }

    private PlanDrafted drafted(PersonId actor, Instant at) {
        return PlanDrafted.builder()
                .organizationId(organizationId())
                .actor(actor)
                .occurredAt(at)
                .planId(id())
                .programId(programId())
                .kind(kind())
                .addAllOwnerIds(ownerIds())
                .pairId(pairId())
                .title(title())
                .build();
    }

    /**
     * Returns a new builder; {@code id}, {@code organizationId}, {@code programId}, {@code kind} and
     * {@code title} are required. Hosts use it to restore a stored plan; new plans start with {@link
     * #draftIndividual} or {@link #draftForPair}.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    // ---------------------------------------------------------------- editing

    /**
     * Changes the title.
     *
     * @param title the new title, not null, at most {@value LocalizedText#NAME_MAX_LENGTH} characters
     *     per translation
     * @param actor an owner; not null
     * @param at when; not null
     * @return the plan and one {@link PlanEdited} ({@link PlanEdit#TITLE_CHANGED}), never null
     * @throws ValidationException when the title is too long
     * @throws PlanRuleException with {@code plan.actor.not-owner}, {@code plan.status.wrong} or
     *     {@code plan.unchanged}, every one that applies
     */
    public Change<MentorPlan> changeTitle(LocalizedText title, PersonId actor, Instant at) {
        Objects.requireNonNull(title, "title");
        List<Violation> refused = editRefusals(actor, at);
        if (title.equals(title())) {
            refused.add(Violation.of(PlanViolation.UNCHANGED, "title"));
        }
        MentorPlan next = withTitle(title);
        refuseIfAny("change its title", refused);
        return edited(next, PlanEdit.TITLE_CHANGED, actor, at, b -> {});
    }

    /**
     * Links a goal of the programme, with weight 1 and no scale yet.
     *
     * @param goalId the goal, not null, a goal of the programme not yet linked
     * @param program the plan's programme, not null
     * @param actor an owner; not null
     * @param at when; not null
     * @return the plan and one {@link PlanEdited} ({@link PlanEdit#GOAL_LINKED}), never null
     * @throws PlanRuleException with {@code plan.program.other}, {@code plan.goal.unknown}, {@code
     *     plan.unchanged}, {@code plan.actor.not-owner} or {@code plan.status.wrong}, every one that
     *     applies
     */
    public Change<MentorPlan> linkGoal(GoalId goalId, MentoringProgram program, PersonId actor, Instant at) {
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(program, "program");
        List<Violation> refused = editRefusals(actor, at);
        checkProgram(program, refused);
        if (program.goal(goalId).isEmpty()) {
            refused.add(Violation.of(PlanViolation.GOAL_UNKNOWN, "goalId", goalId));
        }
        if (goal(goalId).isPresent()) {
            refused.add(Violation.of(PlanViolation.UNCHANGED, "goalId"));
        }
        refuseIfAny("link goal " + goalId, refused);
        return edited(
                withGoals(appended(goals(), LinkedGoal.of(goalId))),
                PlanEdit.GOAL_LINKED,
                actor,
                at,
                b -> b.goalId(goalId));
    }

    /**
     * Unlinks a goal, with its weight and scale.
     *
     * @param goalId the goal, not null, linked
     * @param actor an owner; not null
     * @param at when; not null
     * @return the plan and one {@link PlanEdited} ({@link PlanEdit#GOAL_UNLINKED}), never null
     * @throws PlanRuleException with {@code plan.goal.not-linked}, {@code plan.actor.not-owner} or
     *     {@code plan.status.wrong}, every one that applies
     */
    public Change<MentorPlan> unlinkGoal(GoalId goalId, PersonId actor, Instant at) {
        Objects.requireNonNull(goalId, "goalId");
        List<Violation> refused = editRefusals(actor, at);
        checkLinked(goalId, refused);
        refuseIfAny("unlink goal " + goalId, refused);
        return edited(
                withGoals(
                        goals().stream().filter(g -> !g.goalId().equals(goalId)).toList()),
                PlanEdit.GOAL_UNLINKED,
                actor,
                at,
                b -> b.goalId(goalId));
    }

    /**
     * Sets the goal attainment scale of a linked goal.
     *
     * @param goalId the goal, not null, linked
     * @param scale the scale, not null
     * @param actor an owner; not null
     * @param at when; not null
     * @return the plan and one {@link PlanEdited} ({@link PlanEdit#SCALE_SET}), never null
     * @throws PlanRuleException with {@code plan.goal.not-linked}, {@code plan.unchanged}, {@code
     *     plan.actor.not-owner} or {@code plan.status.wrong}, every one that applies
     */
    public Change<MentorPlan> setScale(GoalId goalId, GoalAttainmentScale scale, PersonId actor, Instant at) {
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(scale, "scale");
        List<Violation> refused = editRefusals(actor, at);
        Optional<LinkedGoal> goal = checkLinked(goalId, refused);
        if (goal.isPresent() && goal.get().scale().equals(Optional.of(scale))) {
            refused.add(Violation.of(PlanViolation.UNCHANGED, "scale"));
        }
        refuseIfAny("set the scale of goal " + goalId, refused);
        return edited(
                withGoals(replaced(goals(), LinkedGoal::goalId, goal.get().withScale(scale))),
                PlanEdit.SCALE_SET,
                actor,
                at,
                b -> b.goalId(goalId));
    }

    /**
     * Sets the weight of a linked goal in the T-score.
     *
     * @param goalId the goal, not null, linked
     * @param weight the weight, not null, above 0 and at most {@value LinkedGoal#MAX_WEIGHT}
     * @param actor an owner; not null
     * @param at when; not null
     * @return the plan and one {@link PlanEdited} ({@link PlanEdit#WEIGHT_SET}), never null
     * @throws ValidationException when the weight is out of range ({@code plan.weight.out-of-range})
     * @throws PlanRuleException with {@code plan.goal.not-linked}, {@code plan.unchanged}, {@code
     *     plan.actor.not-owner} or {@code plan.status.wrong}, every one that applies
     */
    public Change<MentorPlan> setGoalWeight(GoalId goalId, BigDecimal weight, PersonId actor, Instant at) {
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(weight, "weight");
        Violations invalid = new Violations();
        LinkedGoal.checkWeight(weight, "weight", invalid);
        invalid.throwIfAny();
        List<Violation> refused = editRefusals(actor, at);
        Optional<LinkedGoal> goal = checkLinked(goalId, refused);
        if (goal.isPresent() && goal.get().weight().compareTo(weight) == 0) {
            refused.add(Violation.of(PlanViolation.UNCHANGED, "weight"));
        }
        refuseIfAny("set the weight of goal " + goalId, refused);
        return edited(
                withGoals(replaced(goals(), LinkedGoal::goalId, goal.get().withWeight(weight))),
                PlanEdit.WEIGHT_SET,
                actor,
                at,
                b -> b.goalId(goalId));
    }

    /**
     * Links a development target chosen in the programme's culture analysis.
     *
     * @param targetId the target, not null, of the programme's analysis and not yet linked
     * @param program the plan's programme, not null
     * @param actor an owner; not null
     * @param at when; not null
     * @return the plan and one {@link PlanEdited} ({@link PlanEdit#TARGET_LINKED}), never null
     * @throws PlanRuleException with {@code plan.program.other}, {@code plan.target.unknown}, {@code
     *     plan.unchanged}, {@code plan.actor.not-owner} or {@code plan.status.wrong}, every one that
     *     applies
     */
    public Change<MentorPlan> linkDevelopmentTarget(
            DevelopmentTargetId targetId, MentoringProgram program, PersonId actor, Instant at) {
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(program, "program");
        List<Violation> refused = editRefusals(actor, at);
        checkProgram(program, refused);
        if (program.cultureAnalysis().targets().stream()
                .map(DevelopmentTarget::id)
                .noneMatch(targetId::equals)) {
            refused.add(Violation.of(PlanViolation.TARGET_UNKNOWN, "targetId", targetId));
        }
        if (targetIds().contains(targetId)) {
            refused.add(Violation.of(PlanViolation.UNCHANGED, "targetId"));
        }
        refuseIfAny("link development target " + targetId, refused);
        return edited(
                withTargetIds(appended(targetIds(), targetId)),
                PlanEdit.TARGET_LINKED,
                actor,
                at,
                b -> b.targetId(targetId));
    }

    /**
     * Unlinks a development target.
     *
     * @param targetId the target, not null, linked
     * @param actor an owner; not null
     * @param at when; not null
     * @return the plan and one {@link PlanEdited} ({@link PlanEdit#TARGET_UNLINKED}), never null
     * @throws PlanRuleException with {@code plan.record.unknown}, {@code plan.actor.not-owner} or
     *     {@code plan.status.wrong}, every one that applies
     */
    public Change<MentorPlan> unlinkDevelopmentTarget(DevelopmentTargetId targetId, PersonId actor, Instant at) {
        Objects.requireNonNull(targetId, "targetId");
        List<Violation> refused = editRefusals(actor, at);
        if (!targetIds().contains(targetId)) {
            refused.add(Violation.of(PlanViolation.RECORD_UNKNOWN, "targetId", targetId));
        }
        refuseIfAny("unlink development target " + targetId, refused);
        return edited(
                withTargetIds(
                        targetIds().stream().filter(t -> !t.equals(targetId)).toList()),
                PlanEdit.TARGET_UNLINKED,
                actor,
                at,
                b -> b.targetId(targetId));
    }

    /**
     * Adds a work community (unit) the plan addresses.
     *
     * @param unitId the unit, not null, not yet added; one of the programme's units when the
     *     programme names any
     * @param program the plan's programme, not null
     * @param actor an owner; not null
     * @param at when; not null
     * @return the plan and one {@link PlanEdited} ({@link PlanEdit#UNIT_ADDED}), never null
     * @throws PlanRuleException with {@code plan.program.other}, {@code plan.unit.not-in-programme},
     *     {@code plan.unchanged}, {@code plan.actor.not-owner} or {@code plan.status.wrong}, every one
     *     that applies
     */
    public Change<MentorPlan> addTargetUnit(OrgUnitId unitId, MentoringProgram program, PersonId actor, Instant at) {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(program, "program");
        List<Violation> refused = editRefusals(actor, at);
        checkProgram(program, refused);
        if (!program.unitIds().isEmpty() && !program.unitIds().contains(unitId)) {
            refused.add(Violation.of(PlanViolation.UNIT_NOT_IN_PROGRAMME, "unitId", unitId));
        }
        if (unitIds().contains(unitId)) {
            refused.add(Violation.of(PlanViolation.UNCHANGED, "unitId"));
        }
        refuseIfAny("add unit " + unitId, refused);
        return edited(withUnitIds(appended(unitIds(), unitId)), PlanEdit.UNIT_ADDED, actor, at, b -> b.unitId(unitId));
    }

    /**
     * Removes a target unit.
     *
     * @param unitId the unit, not null, added
     * @param actor an owner; not null
     * @param at when; not null
     * @return the plan and one {@link PlanEdited} ({@link PlanEdit#UNIT_REMOVED}), never null
     * @throws PlanRuleException with {@code plan.record.unknown}, {@code plan.actor.not-owner} or
     *     {@code plan.status.wrong}, every one that applies
     */
    public Change<MentorPlan> removeTargetUnit(OrgUnitId unitId, PersonId actor, Instant at) {
        Objects.requireNonNull(unitId, "unitId");
        List<Violation> refused = editRefusals(actor, at);
        if (!unitIds().contains(unitId)) {
            refused.add(Violation.of(PlanViolation.RECORD_UNKNOWN, "unitId", unitId));
        }
        refuseIfAny("remove unit " + unitId, refused);
        return edited(
                withUnitIds(unitIds().stream().filter(u -> !u.equals(unitId)).toList()),
                PlanEdit.UNIT_REMOVED,
                actor,
                at,
                b -> b.unitId(unitId));
    }

    /**
     * Adds an action item.
     *
     * @param item the item, not null: a new id, owned by an owner of the plan, due inside the
     *     programme
     * @param program the plan's programme, not null
     * @param actor an owner; not null
     * @param at when; not null
     * @return the plan and one {@link PlanEdited} ({@link PlanEdit#ACTION_ITEM_ADDED}), never null
     * @throws PlanRuleException with {@code plan.id.duplicate}, {@code plan.item.owner-not-owner},
     *     {@code plan.date.outside-programme}, {@code plan.program.other}, {@code plan.actor.not-owner}
     *     or {@code plan.status.wrong}, every one that applies
     */
    public Change<MentorPlan> addActionItem(ActionItem item, MentoringProgram program, PersonId actor, Instant at) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(program, "program");
        List<Violation> refused = editRefusals(actor, at);
        if (actionItem(item.id()).isPresent()) {
            refused.add(Violation.of(PlanViolation.ID_DUPLICATE, "item.id", item.id()));
        }
        checkItem(item, program, refused);
        refuseIfAny("add action item " + item.id(), refused);
        return edited(
                withActionItems(appended(actionItems(), item)),
                PlanEdit.ACTION_ITEM_ADDED,
                actor,
                at,
                b -> b.itemId(item.id()));
    }

    /**
     * Replaces an action item with a changed one of the same id.
     *
     * @param item the changed item, not null: the id of an item of the plan, owned by an owner of the
     *     plan, due inside the programme
     * @param program the plan's programme, not null
     * @param actor an owner; not null
     * @param at when; not null
     * @return the plan and one {@link PlanEdited} ({@link PlanEdit#ACTION_ITEM_UPDATED}), never null
     * @throws PlanRuleException with {@code plan.record.unknown}, {@code plan.unchanged}, {@code
     *     plan.item.owner-not-owner}, {@code plan.date.outside-programme}, {@code plan.program.other},
     *     {@code plan.actor.not-owner} or {@code plan.status.wrong}, every one that applies
     */
    public Change<MentorPlan> updateActionItem(ActionItem item, MentoringProgram program, PersonId actor, Instant at) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(program, "program");
        List<Violation> refused = editRefusals(actor, at);
        Optional<ActionItem> current = actionItem(item.id());
        if (current.isEmpty()) {
            refused.add(Violation.of(PlanViolation.RECORD_UNKNOWN, "item.id", item.id()));
        } else if (current.get().equals(item)) {
            refused.add(Violation.of(PlanViolation.UNCHANGED, "item"));
        }
        checkItem(item, program, refused);
        refuseIfAny("update action item " + item.id(), refused);
        return edited(
                withActionItems(replaced(actionItems(), ActionItem::id, item)),
                PlanEdit.ACTION_ITEM_UPDATED,
                actor,
                at,
                b -> b.itemId(item.id()));
    }

    /**
     * Removes an action item.
     *
     * @param itemId the item, not null, of the plan
     * @param actor an owner; not null
     * @param at when; not null
     * @return the plan and one {@link PlanEdited} ({@link PlanEdit#ACTION_ITEM_REMOVED}), never null
     * @throws PlanRuleException with {@code plan.record.unknown}, {@code plan.actor.not-owner} or
     *     {@code plan.status.wrong}, every one that applies
     */
    public Change<MentorPlan> removeActionItem(ActionItemId itemId, PersonId actor, Instant at) {
        Objects.requireNonNull(itemId, "itemId");
        List<Violation> refused = editRefusals(actor, at);
        if (actionItem(itemId).isEmpty()) {
            refused.add(Violation.of(PlanViolation.RECORD_UNKNOWN, "itemId", itemId));
        }
        refuseIfAny("remove action item " + itemId, refused);
        return edited(
                withActionItems(actionItems().stream()
                        .filter(i -> !i.id().equals(itemId))
                        .toList()),
                PlanEdit.ACTION_ITEM_REMOVED,
                actor,
                at,
                b -> b.itemId(itemId));
    }

    /**
     * Describes the support the owners need from HR, or clears it.
     *
     * @param supportNeeded the description, or empty to clear it; not null
     * @param actor an owner; not null
     * @param at when; not null
     * @return the plan and one {@link PlanEdited} ({@link PlanEdit#SUPPORT_DESCRIBED}), never null
     * @throws PlanRuleException with {@code plan.unchanged}, {@code plan.actor.not-owner} or {@code
     *     plan.status.wrong}, every one that applies
     */
    public Change<MentorPlan> describeSupportNeeded(Optional<LocalizedText> supportNeeded, PersonId actor, Instant at) {
        Objects.requireNonNull(supportNeeded, "supportNeeded");
        List<Violation> refused = editRefusals(actor, at);
        if (supportNeeded.equals(supportNeeded())) {
            refused.add(Violation.of(PlanViolation.UNCHANGED, "supportNeeded"));
        }
        refuseIfAny("describe the support needed", refused);
        return edited(withSupportNeeded(supportNeeded), PlanEdit.SUPPORT_DESCRIBED, actor, at, b -> {});
    }

    /**
     * Sets the days on which the owners review the plan's progress.
     *
     * @param dates the days, not null, in ascending order, each inside the programme
     * @param program the plan's programme, not null
     * @param actor an owner; not null
     * @param at when; not null
     * @return the plan and one {@link PlanEdited} ({@link PlanEdit#MONITORING_DATES_SET}), never null
     * @throws ValidationException when the days are not in ascending order ({@code
     *     plan.monitoring.not-ascending})
     * @throws PlanRuleException with {@code plan.date.outside-programme}, {@code plan.unchanged},
     *     {@code plan.program.other}, {@code plan.actor.not-owner} or {@code plan.status.wrong}, every
     *     one that applies
     */
    public Change<MentorPlan> setMonitoringDates(
            List<LocalDate> dates, MentoringProgram program, PersonId actor, Instant at) {
        Objects.requireNonNull(dates, "dates");
        dates.forEach(d -> Objects.requireNonNull(d, "dates contains null"));
        Objects.requireNonNull(program, "program");
        MentorPlan next = withMonitoringDates(dates);
        List<Violation> refused = editRefusals(actor, at);
        checkProgram(program, refused);
        for (int i = 0; i < dates.size(); i++) {
            checkInsideProgramme(program, dates.get(i), "dates[" + i + "]", refused);
        }
        if (dates.equals(monitoringDates())) {
            refused.add(Violation.of(PlanViolation.UNCHANGED, "dates"));
        }
        refuseIfAny("set the monitoring dates", refused);
        return edited(next, PlanEdit.MONITORING_DATES_SET, actor, at, b -> {});
    }

    // ---------------------------------------------------------------- approval

    /**
     * Submits the plan to HR for approval.
     *
     * @param program the plan's programme, not null
     * @param actor an owner; not null
     * @param at when; not null
     * @return the plan in {@link PlanStatus#SUBMITTED} and one {@link PlanSubmitted}, never null
     * @throws PlanRuleException with {@code plan.actor.not-owner}, {@code plan.status.wrong} and every
     *     unmet approval condition but the pair's ({@link #unmetApprovalConditions}), every one that
     *     applies
     */
    public Change<MentorPlan> submit(MentoringProgram program, PersonId actor, Instant at) {
        List<Violation> refused = editRefusals(actor, at);
        contentConditions(program, refused);
        refuseIfAny("be submitted", refused);
        return Change.of(
                withStatus(SUBMITTED),
                PlanSubmitted.builder()
                        .organizationId(organizationId())
                        .actor(actor)
                        .occurredAt(at)
                        .planId(id())
                        .programId(programId())
                        .build());
    }

    /**
     * Approves a submitted plan.
     *
     * @param hr the person approving, of the organization, with {@link Role#HR}; not null
     * @param program the plan's programme, not null
     * @param pair the plan's pair for a pair plan, not null; ignored for an individual plan
     * @param at when; not null
     * @return the plan in {@link PlanStatus#APPROVED} and one {@link PlanApproved}, never null
     * @throws PlanRuleException with {@code plan.person.other-organization}, {@code plan.actor.not-hr},
     *     {@code plan.status.wrong} and every unmet approval condition ({@link
     *     #unmetApprovalConditions}), every one that applies
     */
    public Change<MentorPlan> approve(Person hr, MentoringProgram program, Optional<MentoringPair> pair, Instant at) {
        Objects.requireNonNull(pair, "pair");
        List<Violation> refused = hrRefusals(hr, at);
        contentConditions(program, refused);
        pairConditions(pair, refused);
        refuseIfAny("be approved", refused);
        return Change.of(
                withStatus(APPROVED),
                PlanApproved.builder()
                        .organizationId(organizationId())
                        .actor(hr.id())
                        .occurredAt(at)
                        .planId(id())
                        .programId(programId())
                        .build());
    }

    /**
     * Returns a submitted plan to its owners for changes, with HR's comments.
     *
     * @param hr the person returning it, of the organization, with {@link Role#HR}; not null
     * @param comments what to change, not null; kept in {@link #hrComments()}, never in the event
     * @param at when; not null
     * @return the plan in {@link PlanStatus#RETURNED} and one {@link PlanReturned}, never null
     * @throws PlanRuleException with {@code plan.person.other-organization}, {@code plan.actor.not-hr}
     *     or {@code plan.status.wrong}, every one that applies
     */
    public Change<MentorPlan> returnForChanges(Person hr, LocalizedText comments, Instant at) {
        Objects.requireNonNull(comments, "comments");
        List<Violation> refused = hrRefusals(hr, at);
        refuseIfAny("be returned", refused);
        HrComment comment =
                HrComment.builder().authorId(hr.id()).at(at).comments(comments).build();
        return Change.of(
                withStatus(RETURNED).withHrComments(appended(hrComments(), comment)),
                PlanReturned.builder()
                        .organizationId(organizationId())
                        .actor(hr.id())
                        .occurredAt(at)
                        .planId(id())
                        .programId(programId())
                        .build());
    }

    /**
     * Marks an approved plan as carried out.
     *
     * @param actor an owner or a person with {@link Role#HR}, of the organization; not null
     * @param at when; not null
     * @return the plan in {@link PlanStatus#COMPLETED} and one {@link PlanCompleted}, never null
     * @throws PlanRuleException with {@code plan.person.other-organization}, {@code
     *     plan.actor.not-owner-or-hr} or {@code plan.status.wrong}, every one that applies
     */
    public Change<MentorPlan> complete(Person actor, Instant at) {
        List<Violation> refused = ownerOrHrRefusals(actor, at, EnumSet.of(APPROVED));
        refuseIfAny("be completed", refused);
        return Change.of(
                withStatus(COMPLETED),
                PlanCompleted.builder()
                        .organizationId(organizationId())
                        .actor(actor.id())
                        .occurredAt(at)
                        .planId(id())
                        .programId(programId())
                        .build());
    }

    /**
     * Abandons a plan that is not yet completed or cancelled.
     *
     * @param actor an owner or a person with {@link Role#HR}, of the organization; not null
     * @param at when; not null
     * @return the plan in {@link PlanStatus#CANCELLED} and one {@link PlanCancelled}, never null
     * @throws PlanRuleException with {@code plan.person.other-organization}, {@code
     *     plan.actor.not-owner-or-hr} or {@code plan.status.wrong}, every one that applies
     */
    public Change<MentorPlan> cancel(Person actor, Instant at) {
        List<Violation> refused = ownerOrHrRefusals(actor, at, CANCELLABLE);
        refuseIfAny("be cancelled", refused);
        return Change.of(
                withStatus(CANCELLED),
                PlanCancelled.builder()
                        .organizationId(organizationId())
                        .actor(actor.id())
                        .occurredAt(at)
                        .planId(id())
                        .programId(programId())
                        .previousStatus(status())
                        .build());
    }

    // ---------------------------------------------------------------- implementation

    /**
     * Records progress on an approved plan: the entry is appended, its status changes are applied to
     * the action items and its ratings become the goals' latest ({@link #latestRatings()}).
     *
     * @param entry the entry, not null: a new id, status changes only of the plan's items, ratings
     *     only of linked goals
     * @param actor an owner; not null
     * @param at when; not null
     * @return the plan and one {@link ProgressRecorded}, never null
     * @throws PlanRuleException with {@code plan.id.duplicate}, {@code plan.record.unknown}, {@code
     *     plan.goal.not-linked}, {@code plan.actor.not-owner} or {@code plan.status.wrong}, every one
     *     that applies
     */
    public Change<MentorPlan> recordProgress(ProgressEntry entry, PersonId actor, Instant at) {
        Objects.requireNonNull(entry, "entry");
        List<Violation> refused = ownerRefusals(actor, at, EnumSet.of(APPROVED));
        if (progress().stream().anyMatch(e -> e.id().equals(entry.id()))) {
            refused.add(Violation.of(PlanViolation.ID_DUPLICATE, "entry.id", entry.id()));
        }
        List<ActionItem> items = new ArrayList<>(actionItems());
        for (int i = 0; i < entry.statusChanges().size(); i++) {
            ActionStatusChange change = entry.statusChanges().get(i);
            int index = indexOf(items, ActionItem::id, change.itemId());
            if (index < 0) {
                refused.add(Violation.of(
                        PlanViolation.RECORD_UNKNOWN, "entry.statusChanges[" + i + "].itemId", change.itemId()));
            } else {
                items.set(index, withItemStatus(items.get(index), change));
            }
        }
        for (int i = 0; i < entry.ratings().size(); i++) {
            GoalId goalId = entry.ratings().get(i).goalId();
            if (goal(goalId).isEmpty()) {
                refused.add(Violation.of(PlanViolation.GOAL_NOT_LINKED, "entry.ratings[" + i + "].goalId", goalId));
            }
        }
        refuseIfAny("record progress " + entry.id(), refused);
        return Change.of(
                withActionItems(items).withProgress(appended(progress(), entry)),
                ProgressRecorded.builder()
                        .organizationId(organizationId())
                        .actor(actor)
                        .occurredAt(at)
                        .planId(id())
                        .programId(programId())
                        .entryId(entry.id())
                        .date(entry.date())
                        .checkpointId(entry.checkpointId())
                        .addAllStatusChanges(entry.statusChanges())
                        .addAllRatings(entry.ratings())
                        .build());
    }

    private static ActionItem withItemStatus(ActionItem item, ActionStatusChange change) {
        return ActionItem.builder()
                .id(item.id())
                .what(item.what())
                .ownerId(item.ownerId())
                .dueOn(item.dueOn())
                .status(change.status())
                .build();
    }

    // ---------------------------------------------------------------- rule helpers

    private List<Violation> editRefusals(PersonId actor, Instant at) {
        return ownerRefusals(actor, at, EDITABLE);
    }

    private List<Violation> ownerRefusals(PersonId actor, Instant at, Set<PlanStatus> allowed) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        List<Violation> refused = new ArrayList<>();
        if (!isOwner(actor)) {
            refused.add(Violation.of(PlanViolation.ACTOR_NOT_OWNER, "actor", actor));
        }
        checkStatus(allowed, refused);
        return refused;
    }

    private List<Violation> hrRefusals(Person hr, Instant at) {
        Objects.requireNonNull(hr, "hr");
        Objects.requireNonNull(at, "at");
        List<Violation> refused = new ArrayList<>();
        checkOrganization(hr, "hr", refused);
        if (!hr.hasRole(Role.HR)) {
            refused.add(Violation.of(PlanViolation.ACTOR_NOT_HR, "hr", hr.id()));
        }
        checkStatus(EnumSet.of(SUBMITTED), refused);
        return refused;
    }

    private List<Violation> ownerOrHrRefusals(Person actor, Instant at, Set<PlanStatus> allowed) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        List<Violation> refused = new ArrayList<>();
        checkOrganization(actor, "actor", refused);
        if (!isOwner(actor.id()) && !actor.hasRole(Role.HR)) {
            refused.add(Violation.of(PlanViolation.ACTOR_NOT_OWNER_OR_HR, "actor", actor.id()));
        }
        checkStatus(allowed, refused);
        return refused;
    }

    private void checkStatus(Set<PlanStatus> allowed, List<Violation> refused) {
        if (!allowed.contains(status())) {
            refused.add(Violation.of(PlanViolation.STATUS_WRONG, "status", status(), allowed));
        }
    }

    private void checkOrganization(Person person, String path, List<Violation> refused) {
        if (!person.organizationId().equals(organizationId())) {
            // The other organization's id is not named: it would reveal another tenant.
            refused.add(Violation.of(PlanViolation.PERSON_OTHER_ORGANIZATION, path, person.id()));
        }
    }

    private void checkProgram(MentoringProgram program, List<Violation> refused) {
        if (!program.id().equals(programId()) || !program.organizationId().equals(organizationId())) {
            refused.add(Violation.of(PlanViolation.PROGRAM_OTHER, "program", program.id()));
        }
    }

    private Optional<LinkedGoal> checkLinked(GoalId goalId, List<Violation> refused) {
        Optional<LinkedGoal> goal = goal(goalId);
        if (goal.isEmpty()) {
            refused.add(Violation.of(PlanViolation.GOAL_NOT_LINKED, "goalId", goalId));
        }
        return goal;
    }

    private void checkItem(ActionItem item, MentoringProgram program, List<Violation> refused) {
        checkProgram(program, refused);
        if (!isOwner(item.ownerId())) {
            refused.add(Violation.of(PlanViolation.ITEM_OWNER_NOT_OWNER, "item.ownerId", item.ownerId()));
        }
        checkInsideProgramme(program, item.dueOn(), "item.dueOn", refused);
    }

    private static void checkInsideProgramme(
            MentoringProgram program, LocalDate date, String path, List<Violation> refused) {
        if (date.isBefore(program.plannedStart()) || date.isAfter(program.plannedEnd())) {
            refused.add(Violation.of(
                    PlanViolation.DATE_OUTSIDE_PROGRAMME, path, date, program.plannedStart(), program.plannedEnd()));
        }
    }

    private void refuseIfAny(String action, List<Violation> refused) {
        if (!refused.isEmpty()) {
            throw new PlanRuleException(id(), action, refused);
        }
    }

    private Change<MentorPlan> edited(
            MentorPlan next, PlanEdit edit, PersonId actor, Instant at, Consumer<PlanEdited.Builder> ids) {
        PlanEdited.Builder event = PlanEdited.builder();
        event.organizationId(organizationId())
                .actor(actor)
                .occurredAt(at)
                .planId(id())
                .programId(programId())
                .edit(edit);
        ids.accept(event);
        return Change.of(next, event.build());
    }

    private static <T> List<T> appended(List<T> items, T item) {
        List<T> copy = new ArrayList<>(items);
        copy.add(item);
        return copy;
    }

    private static <T, I> List<T> replaced(List<T> items, Function<T, I> id, T item) {
        List<T> copy = new ArrayList<>(items);
        copy.set(indexOf(items, id, id.apply(item)), item);
        return copy;
    }

    private static <T, I> int indexOf(List<T> items, Function<T, I> id, I wanted) {
        for (int i = 0; i < items.size(); i++) {
            if (id.apply(items.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- structure

    /**
     * Checks the structural rules listed in the class description.
     *
     * @throws ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        violations.checkMaxLength(title(), LocalizedText.NAME_MAX_LENGTH, "title");
        violations.check(
                ownerIds().size() == kind().ownerCount(),
                PlanViolation.OWNERS_COUNT,
                "ownerIds",
                kind(),
                kind().ownerCount(),
                ownerIds().size());
        checkUnique(ownerIds(), "ownerIds", PlanViolation.OWNERS_DUPLICATE, violations);
        violations.check(
                pairId().isPresent() == (kind() == PlanKind.PAIR), PlanViolation.PAIR_ID_KIND, "pairId", kind());
        checkUnique(goalIds(), "goals", PlanViolation.ID_DUPLICATE, violations);
        checkUnique(targetIds(), "targetIds", PlanViolation.ID_DUPLICATE, violations);
        checkUnique(unitIds(), "unitIds", PlanViolation.ID_DUPLICATE, violations);
        checkUnique(
                actionItems().stream().map(ActionItem::id).toList(),
                "actionItems",
                PlanViolation.ID_DUPLICATE,
                violations);
        checkUnique(
                progress().stream().map(ProgressEntry::id).toList(),
                "progress",
                PlanViolation.ID_DUPLICATE,
                violations);
        for (int i = 0; i < actionItems().size(); i++) {
            PersonId owner = actionItems().get(i).ownerId();
            violations.check(
                    ownerIds().contains(owner),
                    PlanViolation.ITEM_OWNER_NOT_OWNER,
                    "actionItems[" + i + "].ownerId",
                    owner);
        }
        for (int i = 1; i < monitoringDates().size(); i++) {
            LocalDate date = monitoringDates().get(i);
            LocalDate previous = monitoringDates().get(i - 1);
            violations.check(
                    date.isAfter(previous),
                    PlanViolation.MONITORING_NOT_ASCENDING,
                    "monitoringDates[" + i + "]",
                    date,
                    previous);
        }
        Set<GoalId> goalIds = new HashSet<>(goalIds());
        Set<ActionItemId> itemIds = new HashSet<>();
        actionItems().forEach(item -> itemIds.add(item.id()));
        for (int i = 0; i < progress().size(); i++) {
            ProgressEntry entry = progress().get(i);
            for (int j = 0; j < entry.ratings().size(); j++) {
                GoalId goalId = entry.ratings().get(j).goalId();
                violations.check(
                        goalIds.contains(goalId),
                        PlanViolation.GOAL_NOT_LINKED,
                        "progress[" + i + "].ratings[" + j + "].goalId",
                        goalId);
            }
            for (int j = 0; j < entry.statusChanges().size(); j++) {
                ActionItemId itemId = entry.statusChanges().get(j).itemId();
                violations.check(
                        itemIds.contains(itemId),
                        PlanViolation.RECORD_UNKNOWN,
                        "progress[" + i + "].statusChanges[" + j + "].itemId",
                        itemId);
            }
        }
        violations.check(version() >= 0, PlanViolation.VERSION_NEGATIVE, "version", version());
        violations.throwIfAny();
    }

    private static void checkUnique(List<?> values, String path, PlanViolation code, Violations violations) {
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            violations.check(seen.add(value), code, path + "[" + i + "]", value);
        }
    }

    @JsonCreator
    private static MentorPlan fromJson(ImmutableMentorPlan value) {
        return value;
    }

    /** Builds a plan; throws a {@link ValidationException} listing every structural violation. */
    public static final class Builder extends ImmutableMentorPlan.Builder {}
}
