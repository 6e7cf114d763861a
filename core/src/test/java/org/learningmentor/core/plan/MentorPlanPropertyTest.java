package org.learningmentor.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningmentor.core.plan.PlanFixtures.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.DomainRuleException;
import org.learningmentor.core.common.GoalId;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.pair.MentoringPair;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.program.ActionStatus;
import org.learningmentor.core.program.MentoringProgram;

/**
 * Random sequences of plan commands, valid and invalid, by random people: every refused command
 * throws and returns no change, every accepted one emits exactly one event of the plan, the status
 * moves only along {@link PlanStatus#successors()}, and an approved or completed plan always meets
 * the approval conditions.
 */
class MentorPlanPropertyTest {

    private static final MentoringProgram PROGRAM_FIXTURE = aProgram();
    private static final List<Person> PEOPLE = List.of(MENTOR_1, MENTOR_2, MENTOR_3, HR, EMPLOYEE);
    private static final List<GoalId> GOALS = List.of(GOAL_1, GOAL_2, FOREIGN_GOAL);
    private static final List<OrgUnitId> UNITS = List.of(FINANCE, SERVICES, LEGAL);
    private static final int STEPS = 120;

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.learningmentor.core.Seeds#seeds")
    void randomCommandSequencesKeepEveryInvariant(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        MentoringProgram program = PROGRAM_FIXTURE;
        MentorPlan plan = random.nextBoolean()
                ? MentorPlan.draftIndividual(PLAN, program, MENTOR_1, text("Plan"), T0)
                        .state()
                : MentorPlan.draftForPair(PAIR_PLAN, program, anActivePair(), MENTOR_2, text("Pair plan"), T0)
                        .state();
        int accepted = 0;
        for (int step = 0; step < STEPS; step++) {
            Function<MentorPlan, Change<MentorPlan>> command = randomCommand(random, program, step);
            Change<MentorPlan> change = null;
            try {
                change = command.apply(plan);
            } catch (DomainRuleException e) {
                assertThat(e.codes())
                        .as("seed %d step %d", seed, step)
                        .isNotEmpty()
                        .allMatch(c -> c.startsWith("plan."));
            } catch (ValidationException e) {
                assertThat(e.codes()).as("seed %d step %d", seed, step).isNotEmpty();
            }
            if (change == null) {
                continue;
            }
            accepted++;
            MentorPlan next = change.state();
            assertThat(change.events()).singleElement().isInstanceOfSatisfying(PlanEvent.class, e -> {
                assertThat(e.planId()).isEqualTo(next.id());
                assertThat(e.organizationId()).isEqualTo(next.organizationId());
            });
            if (next.status() != plan.status()) {
                assertThat(plan.status().successors())
                        .as("seed %d step %d", seed, step)
                        .contains(next.status());
            } else {
                assertThat(next.status())
                        .as("only edits and progress keep the status")
                        .isIn(PlanStatus.DRAFT, PlanStatus.RETURNED, PlanStatus.APPROVED);
            }
            if (next.status() == PlanStatus.APPROVED || next.status() == PlanStatus.COMPLETED) {
                assertThat(next.unmetApprovalConditions(program, Optional.of(anActivePair())))
                        .as("seed %d step %d", seed, step)
                        .isEmpty();
            }
            assertThat(next.id()).isEqualTo(plan.id());
            assertThat(next.ownerIds()).isEqualTo(plan.ownerIds());
            plan = next;
        }
        assertThat(accepted).as("seed %d accepted some commands", seed).isPositive();
    }

    private static Person personOf(org.learningmentor.core.common.PersonId id) {
        return PEOPLE.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static <T> T any(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static Function<MentorPlan, Change<MentorPlan>> randomCommand(
            SplittableRandom random, MentoringProgram program, int step) {
        // Owners act most of the time, so sequences get far enough to be approved.
        boolean byOwner = random.nextInt(4) != 0;
        int ownerIndex = random.nextInt(2);
        Person someone = any(random, PEOPLE);
        Function<MentorPlan, Person> actorOf = p ->
                byOwner ? personOf(p.ownerIds().get(ownerIndex % p.ownerIds().size())) : someone;
        var at = days(step);
        GoalId goal = any(random, GOALS);
        int kind = random.nextInt(16);
        return switch (kind) {
            case 0, 1 -> p -> p.linkGoal(goal, program, actorOf.apply(p).id(), at);
            case 2 -> p -> p.unlinkGoal(goal, actorOf.apply(p).id(), at);
            case 3, 4 -> {
                // Mostly scale a linked goal that lacks a scale, so that plans become approvable.
                boolean unscaled = random.nextInt(4) != 0;
                yield p -> p.setScale(
                        unscaled
                                ? p.goals().stream()
                                        .filter(g -> g.scale().isEmpty())
                                        .map(LinkedGoal::goalId)
                                        .findFirst()
                                        .orElse(goal)
                                : goal,
                        aScale(),
                        actorOf.apply(p).id(),
                        at);
            }
            case 5 -> {
                BigDecimal weight = BigDecimal.valueOf(random.nextInt(4));
                yield p -> p.setGoalWeight(goal, weight, actorOf.apply(p).id(), at);
            }
            case 6 -> {
                var target = any(random, List.of(TARGET_1, TARGET_2, FOREIGN_TARGET));
                yield p -> p.linkDevelopmentTarget(
                        target, program, actorOf.apply(p).id(), at);
            }
            case 7 -> {
                OrgUnitId unit = any(random, UNITS);
                yield p -> p.addTargetUnit(unit, program, actorOf.apply(p).id(), at);
            }
            case 8, 9 -> {
                // Mostly an item of an owner, sometimes of someone else.
                boolean ofOwner = random.nextInt(5) != 0;
                Person other = any(random, List.of(MENTOR_3, HR));
                LocalDate due = random.nextInt(5) == 0 ? END.plusDays(1) : LocalDate.of(2026, 9, 30);
                int n = random.nextInt(1, 4);
                yield p -> p.addActionItem(
                        anItem(n, ofOwner ? actorOf.apply(p) : other, due),
                        program,
                        actorOf.apply(p).id(),
                        at);
            }
            case 10 -> {
                int n = random.nextInt(1, 4);
                yield p -> p.removeActionItem(itemId(n), actorOf.apply(p).id(), at);
            }
            case 11 -> p -> p.submit(program, actorOf.apply(p).id(), at);
            case 12 -> {
                Person approver = random.nextInt(3) == 0 ? any(random, PEOPLE) : HR;
                Optional<MentoringPair> pair =
                        any(random, List.of(Optional.of(anActivePair()), Optional.of(anEndedPair()), Optional.empty()));
                yield p -> p.approve(approver, program, pair, at);
            }
            case 13 -> {
                Person hr = random.nextInt(3) == 0 ? any(random, PEOPLE) : HR;
                yield p -> p.returnForChanges(hr, text("More detail"), at);
            }
            case 14 -> {
                int n = random.nextInt(1, 4);
                List<ActionStatusChange> changes = new ArrayList<>();
                if (random.nextBoolean()) {
                    changes.add(ActionStatusChange.of(
                            itemId(random.nextInt(1, 4)), any(random, List.of(ActionStatus.values()))));
                }
                List<GoalRating> ratings = new ArrayList<>();
                if (random.nextBoolean()) {
                    ratings.add(GoalRating.of(goal, random.nextInt(-2, 3)));
                }
                yield p -> p.recordProgress(
                        anEntry(n, changes, ratings), actorOf.apply(p).id(), at);
            }
            default -> {
                int what = random.nextInt(60);
                boolean hrCloses = random.nextBoolean();
                if (what == 0) {
                    // Rare: a cancelled plan takes no more commands.
                    yield p -> p.cancel(hrCloses ? HR : actorOf.apply(p), at);
                }
                yield what < 8
                        ? p -> p.complete(hrCloses ? HR : actorOf.apply(p), at)
                        : p -> p.setMonitoringDates(
                                List.of(LocalDate.of(2026, 9, 1)),
                                program,
                                actorOf.apply(p).id(),
                                at);
            }
        };
    }
}
