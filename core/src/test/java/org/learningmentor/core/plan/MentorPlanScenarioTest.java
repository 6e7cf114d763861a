package org.learningmentor.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningmentor.core.plan.PlanFixtures.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.pair.MentoringPair;
import org.learningmentor.core.program.ActionStatus;
import org.learningmentor.core.program.MentoringProgram;

/** The life of a mentor plan told as stories: an individual plan and a pair plan, from draft to completion. */
class MentorPlanScenarioTest {

    private final MentoringProgram program = aProgram();

    @Test
    void anIndividualPlanIsDraftedReturnedImprovedApprovedCarriedOutAndCompleted() {
        PersonId aino = MENTOR_1.id();

        // Aino, an active mentor, drafts her plan during training.
        Change<MentorPlan> change =
                MentorPlan.draftIndividual(PLAN, program, MENTOR_1, text("Feedback culture in finance"), T0);
        assertThat(change.state().status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(change.state().ownerIds()).containsExactly(aino);
        assertThat(change.events()).singleElement().isInstanceOf(PlanDrafted.class);

        // She links the programme's first goal and development target, the finance unit and one action item.
        change = change.andThen(p -> p.linkGoal(GOAL_1, program, aino, days(1)))
                .andThen(p -> p.linkDevelopmentTarget(TARGET_1, program, aino, days(1)))
                .andThen(p -> p.addTargetUnit(FINANCE, program, aino, days(1)))
                .andThen(p -> p.addActionItem(anItem(1, MENTOR_1), program, aino, days(1)))
                .andThen(p -> p.describeSupportNeeded(
                        Optional.of(text("Two hours a month for the sessions")), aino, days(1)));
        assertThat(change.events()).hasSize(6);

        // Before she may submit it, the goal needs its attainment scale: that is the only condition left.
        MentorPlan draft = change.state();
        assertThat(draft.unmetApprovalConditions(program, Optional.empty()))
                .extracting(v -> v.code())
                .containsExactly("plan.approval.scale-missing");
        draft = draft.setScale(GOAL_1, aScale(), aino, days(2)).state();
        MentorPlan submitted = draft.submit(program, aino, days(2)).state();
        assertThat(submitted.status()).isEqualTo(PlanStatus.SUBMITTED);

        // HR asks for monitoring dates.
        Change<MentorPlan> returned = submitted.returnForChanges(HR, text("Please add monitoring dates"), days(3));
        assertThat(returned.state().status()).isEqualTo(PlanStatus.RETURNED);
        assertThat(returned.state().hrComments()).singleElement().satisfies(c -> {
            assertThat(c.authorId()).isEqualTo(HR.id());
            assertThat(c.at()).isEqualTo(days(3));
        });
        assertThat(returned.events()).singleElement().isInstanceOf(PlanReturned.class);

        // Aino adds them, weights the goal and submits again; HR approves.
        Change<MentorPlan> approved = returned.andThen(p -> p.setMonitoringDates(
                        List.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 1)), program, aino, days(4)))
                .andThen(p -> p.setGoalWeight(GOAL_1, BigDecimal.valueOf(2), aino, days(4)))
                .andThen(p -> p.submit(program, aino, days(4)))
                .andThen(p -> p.approve(HR, program, Optional.empty(), days(5)));
        assertThat(approved.state().status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(approved.events().get(approved.events().size() - 1)).isInstanceOf(PlanApproved.class);
        assertThat(approved.state().tScore()).isEmpty();

        // At the first checkpoint the item is done and the goal is reached as expected; later, more than expected.
        MentorPlan carriedOut = approved.state()
                .recordProgress(anEntry(1, List.of(done(1)), List.of(GoalRating.of(GOAL_1, 0))), aino, days(200))
                .andThen(p ->
                        p.recordProgress(anEntry(2, List.of(), List.of(GoalRating.of(GOAL_1, 1))), aino, days(260)))
                .state();
        assertThat(carriedOut.actionItem(itemId(1)).orElseThrow().status()).isEqualTo(ActionStatus.DONE);
        assertThat(carriedOut.latestRatings()).containsExactly(org.assertj.core.api.Assertions.entry(GOAL_1, 1));
        assertThat(carriedOut.tScore()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("60.00"));

        // HR marks it completed.
        Change<MentorPlan> completed = carriedOut.complete(HR, days(300));
        assertThat(completed.state().status()).isEqualTo(PlanStatus.COMPLETED);
        assertThat(completed.events()).singleElement().isInstanceOf(PlanCompleted.class);
    }

    @Test
    void aPairPlanIsDraftedByOneMemberEditedByTheOtherAndApprovedWhileThePairIsActive() {
        MentoringPair pair = anActivePair();

        // Björn drafts the pair's plan; both he and Aino own it.
        Change<MentorPlan> change =
                MentorPlan.draftForPair(PAIR_PLAN, program, pair, MENTOR_2, text("Onboarding together"), T0);
        MentorPlan plan = change.state();
        assertThat(plan.kind()).isEqualTo(PlanKind.PAIR);
        assertThat(plan.ownerIds()).containsExactly(MENTOR_1.id(), MENTOR_2.id());
        assertThat(plan.pairId()).contains(PAIR);
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(PlanDrafted.class, e -> {
            assertThat(e.pairId()).contains(PAIR);
            assertThat(e.ownerIds()).containsExactly(MENTOR_1.id(), MENTOR_2.id());
        });

        // Aino edits it: a goal with its scale and an item for each of them.
        PersonId aino = MENTOR_1.id();
        change = change.andThen(p -> p.linkGoal(GOAL_2, program, aino, days(1)))
                .andThen(p -> p.setScale(GOAL_2, aScale(), aino, days(1)))
                .andThen(p -> p.addActionItem(anItem(1, MENTOR_1), program, aino, days(1)))
                .andThen(p -> p.addActionItem(anItem(2, MENTOR_2), program, MENTOR_2.id(), days(1)))
                .andThen(p -> p.submit(program, aino, days(2)))
                .andThen(p -> p.returnForChanges(HR, text("Name the units"), days(3)))
                .andThen(p -> p.addTargetUnit(SERVICES, program, MENTOR_2.id(), days(4)))
                .andThen(p -> p.submit(program, MENTOR_2.id(), days(4)))
                .andThen(p -> p.approve(HR, program, Optional.of(pair), days(5)))
                .andThen(p -> p.recordProgress(
                        anEntry(1, List.of(done(1), done(2)), List.of(GoalRating.of(GOAL_2, 2))),
                        MENTOR_2.id(),
                        days(200)))
                .andThen(p -> p.complete(MENTOR_1, days(300)));
        assertThat(change.state().status()).isEqualTo(PlanStatus.COMPLETED);
        assertThat(change.events())
                .extracting(e -> e.getClass().getInterfaces()[0].getSimpleName())
                .containsExactly(
                        "PlanDrafted",
                        "PlanEdited",
                        "PlanEdited",
                        "PlanEdited",
                        "PlanEdited",
                        "PlanSubmitted",
                        "PlanReturned",
                        "PlanEdited",
                        "PlanSubmitted",
                        "PlanApproved",
                        "ProgressRecorded",
                        "PlanCompleted");
        assertThat(change.state().tScore())
                .hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("70.00"));
    }

    @Test
    void everyEventNamesTheOrganizationTheActorTheTimeThePlanAndTheProgramme() {
        Change<MentorPlan> change = MentorPlan.draftIndividual(
                        PLAN, program, MENTOR_1, LocalizedText.of(Language.FI, "Palautekulttuuri"), T0)
                .andThen(p -> p.linkGoal(GOAL_1, program, MENTOR_1.id(), days(1)));
        for (DomainEvent event : change.events()) {
            assertThat(event).isInstanceOfSatisfying(PlanEvent.class, e -> {
                assertThat(e.organizationId()).isEqualTo(AGENCY);
                assertThat(e.actor()).isEqualTo(MENTOR_1.id());
                assertThat(e.planId()).isEqualTo(PLAN);
                assertThat(e.programId()).isEqualTo(PROGRAM);
            });
        }
        assertThat(change.events().get(1)).isInstanceOfSatisfying(PlanEdited.class, e -> {
            assertThat(e.edit()).isEqualTo(PlanEdit.GOAL_LINKED);
            assertThat(e.goalId()).contains(GOAL_1);
            assertThat(e.occurredAt()).isEqualTo(days(1));
        });
    }
}
