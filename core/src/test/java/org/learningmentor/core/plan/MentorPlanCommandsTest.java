package org.learningmentor.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningmentor.core.plan.PlanFixtures.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.program.MentoringProgram;

/** Every rule by which a plan command is refused, with its code, and what each command does. */
class MentorPlanCommandsTest {

    private final MentoringProgram program = aProgram();
    private final PersonId aino = MENTOR_1.id();

    private static void assertRefused(ThrowingCallable command, String... codes) {
        assertThatThrownBy(command)
                .isInstanceOfSatisfying(
                        PlanRuleException.class, e -> assertThat(e.codes()).containsExactly(codes));
    }

    private static void assertInvalid(ThrowingCallable command, String... codes) {
        assertThatThrownBy(command)
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.codes()).containsExactly(codes));
    }

    // ------------------------------------------------------------------ drafting

    @Test
    void draftIndividualWhenTheMentorHasWithdrawnThenRefusesWithMentorNotActive() {
        assertRefused(
                () -> MentorPlan.draftIndividual(PLAN, program, MENTOR_4, text("Plan"), T0), "plan.mentor.not-active");
        assertRefused(
                () -> MentorPlan.draftIndividual(PLAN, program, EMPLOYEE, text("Plan"), T0), "plan.mentor.not-active");
    }

    @Test
    void draftIndividualWhenThePersonIsOfAnotherOrganizationThenRefusesWithEveryRule() {
        assertRefused(
                () -> MentorPlan.draftIndividual(PLAN, program, OUTSIDER, text("Plan"), T0),
                "plan.person.other-organization",
                "plan.mentor.not-active");
    }

    @Test
    void draftIndividualWhenTheTitleIsTooLongThenFailsValidation() {
        assertInvalid(
                () -> MentorPlan.draftIndividual(PLAN, program, MENTOR_1, text("t".repeat(255)), T0),
                "common.text.too-long");
    }

    @Test
    void draftIndividualWhenAnArgumentIsNullThenThrowsNullPointerExceptionNamingIt() {
        assertThatThrownBy(() -> MentorPlan.draftIndividual(PLAN, program, null, text("Plan"), T0))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("mentor");
        assertThatThrownBy(() -> aDraft().linkGoal(GOAL_1, program, aino, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("at");
    }

    @Test
    void draftForPairWhenThePairIsNotActiveThenRefusesWithPairNotActive() {
        assertRefused(
                () -> MentorPlan.draftForPair(PAIR_PLAN, program, anEndedPair(), MENTOR_1, text("P"), T0),
                "plan.pair.not-active");
    }

    @Test
    void draftForPairWhenThePairIsOfAMentorAndAMenteeThenRefusesWithNotMentorPair() {
        var pair = aPair(PAIR, MENTOR_1, EMPLOYEE, "MENTOR_MENTEE", "ACTIVE");
        assertRefused(
                () -> MentorPlan.draftForPair(PAIR_PLAN, program, pair, MENTOR_1, text("P"), T0),
                "plan.pair.not-mentor-pair",
                "plan.mentor.not-active");
    }

    @Test
    void draftForPairWhenThePairIsOfAnotherProgrammeThenRefusesWithPairOtherProgram() {
        assertRefused(
                () -> MentorPlan.draftForPair(PAIR_PLAN, anotherProgram(), anActivePair(), MENTOR_1, text("P"), T0),
                "plan.pair.other-program");
    }

    @Test
    void draftForPairWhenTheActorIsNotInThePairThenRefusesWithNotOwner() {
        assertRefused(
                () -> MentorPlan.draftForPair(PAIR_PLAN, program, anActivePair(), MENTOR_3, text("P"), T0),
                "plan.actor.not-owner");
        assertRefused(
                () -> MentorPlan.draftForPair(PAIR_PLAN, program, anActivePair(), OUTSIDER, text("P"), T0),
                "plan.person.other-organization",
                "plan.actor.not-owner");
    }

    @Test
    void draftForPairWhenAMemberHasWithdrawnFromTheProgrammeThenRefusesWithMentorNotActive() {
        var pair = aPair(PAIR, MENTOR_1, MENTOR_4, "MENTOR_PAIR", "ACTIVE");
        assertThatThrownBy(() -> MentorPlan.draftForPair(PAIR_PLAN, program, pair, MENTOR_1, text("P"), T0))
                .isInstanceOfSatisfying(PlanRuleException.class, e -> {
                    assertThat(e.codes()).containsExactly("plan.mentor.not-active");
                    assertThat(e.violations().get(0).arguments())
                            .containsExactly(MENTOR_4.id().toString());
                });
    }

    // ------------------------------------------------------------------ editing

    @Test
    void editWhenTheActorDoesNotOwnThePlanThenRefusesWithNotOwner() {
        MentorPlan draft = aDraft();
        assertRefused(() -> draft.linkGoal(GOAL_1, program, MENTOR_2.id(), days(1)), "plan.actor.not-owner");
        assertRefused(() -> draft.changeTitle(text("New"), HR.id(), days(1)), "plan.actor.not-owner");
    }

    @Test
    void editWhenThePlanIsSubmittedThenRefusesWithStatusWrong() {
        MentorPlan submitted = aSubmittedPlan();
        assertRefused(() -> submitted.linkGoal(GOAL_2, program, aino, days(3)), "plan.status.wrong");
        assertRefused(() -> submitted.removeActionItem(itemId(1), aino, days(3)), "plan.status.wrong");
        assertRefused(() -> anApprovedPlan().unlinkGoal(GOAL_1, aino, days(4)), "plan.status.wrong");
    }

    @Test
    void linkGoalWhenTheProgrammeHasNoSuchGoalThenRefusesWithGoalUnknown() {
        assertRefused(() -> aDraft().linkGoal(FOREIGN_GOAL, program, aino, days(1)), "plan.goal.unknown");
    }

    @Test
    void linkGoalWhenAlreadyLinkedThenRefusesWithUnchanged() {
        MentorPlan plan = anApprovableDraft();
        assertRefused(() -> plan.linkGoal(GOAL_1, program, aino, days(1)), "plan.unchanged");
    }

    @Test
    void linkGoalWhenTheProgrammeIsAnotherThenRefusesWithProgramOther() {
        assertRefused(() -> aDraft().linkGoal(GOAL_1, anotherProgram(), aino, days(1)), "plan.program.other");
    }

    @Test
    void unlinkGoalRemovesItsScaleAndWeight() {
        MentorPlan plan = anApprovableDraft().unlinkGoal(GOAL_1, aino, days(2)).state();
        assertThat(plan.goals()).isEmpty();
        MentorPlan relinked = plan.linkGoal(GOAL_1, program, aino, days(2)).state();
        assertThat(relinked.goal(GOAL_1)).hasValue(LinkedGoal.of(GOAL_1));
    }

    @Test
    void goalCommandsWhenTheGoalIsNotLinkedThenRefuseWithGoalNotLinked() {
        MentorPlan draft = aDraft();
        assertRefused(() -> draft.unlinkGoal(GOAL_2, aino, days(1)), "plan.goal.not-linked");
        assertRefused(() -> draft.setScale(GOAL_2, aScale(), aino, days(1)), "plan.goal.not-linked");
        assertRefused(() -> draft.setGoalWeight(GOAL_2, BigDecimal.TEN, aino, days(1)), "plan.goal.not-linked");
    }

    @Test
    void setScaleOrWeightWhenTheSameThenRefusesWithUnchanged() {
        MentorPlan plan = anApprovableDraft();
        assertRefused(() -> plan.setScale(GOAL_1, aScale(), aino, days(1)), "plan.unchanged");
        assertRefused(() -> plan.setGoalWeight(GOAL_1, new BigDecimal("1.00"), aino, days(1)), "plan.unchanged");
    }

    @Test
    void setGoalWeightWhenNotPositiveOrTooLargeThenFailsValidation() {
        MentorPlan plan = anApprovableDraft();
        assertInvalid(() -> plan.setGoalWeight(GOAL_1, BigDecimal.ZERO, aino, days(1)), "plan.weight.out-of-range");
        assertInvalid(
                () -> plan.setGoalWeight(GOAL_1, BigDecimal.valueOf(1001), aino, days(1)), "plan.weight.out-of-range");
        assertThat(plan.setGoalWeight(GOAL_1, BigDecimal.valueOf(3), aino, days(1))
                        .state()
                        .goal(GOAL_1)
                        .orElseThrow()
                        .weight())
                .isEqualByComparingTo("3");
    }

    @Test
    void linkDevelopmentTargetWhenTheAnalysisDidNotChooseItThenRefusesWithTargetUnknown() {
        assertRefused(
                () -> aDraft().linkDevelopmentTarget(FOREIGN_TARGET, program, aino, days(1)), "plan.target.unknown");
    }

    @Test
    void developmentTargetsAreLinkedOnceAndUnlinkedOnlyWhenLinked() {
        MentorPlan plan =
                aDraft().linkDevelopmentTarget(TARGET_2, program, aino, days(1)).state();
        assertThat(plan.targetIds()).containsExactly(TARGET_2);
        assertRefused(() -> plan.linkDevelopmentTarget(TARGET_2, program, aino, days(1)), "plan.unchanged");
        assertRefused(() -> plan.unlinkDevelopmentTarget(TARGET_1, aino, days(1)), "plan.record.unknown");
        assertThat(plan.unlinkDevelopmentTarget(TARGET_2, aino, days(1)).state().targetIds())
                .isEmpty();
    }

    @Test
    void addTargetUnitWhenTheUnitIsNotInTheProgrammeThenRefusesWithUnitNotInProgramme() {
        assertRefused(() -> aDraft().addTargetUnit(LEGAL, program, aino, days(1)), "plan.unit.not-in-programme");
    }

    @Test
    void targetUnitsAreAddedOnceAndRemovedOnlyWhenAdded() {
        MentorPlan plan =
                aDraft().addTargetUnit(FINANCE, program, aino, days(1)).state();
        assertRefused(() -> plan.addTargetUnit(FINANCE, program, aino, days(1)), "plan.unchanged");
        assertRefused(() -> plan.removeTargetUnit(SERVICES, aino, days(1)), "plan.record.unknown");
        assertThat(plan.removeTargetUnit(FINANCE, aino, days(1)).state().unitIds())
                .isEmpty();
    }

    @Test
    void addActionItemWhenTheOwnerDoesNotOwnThePlanAndItIsDueAfterTheProgrammeThenRefusesWithBoth() {
        assertRefused(
                () -> aDraft().addActionItem(anItem(1, MENTOR_2, END.plusDays(1)), program, aino, days(1)),
                "plan.item.owner-not-owner",
                "plan.date.outside-programme");
        assertRefused(
                () -> aDraft().addActionItem(anItem(1, MENTOR_1, START.minusDays(1)), program, aino, days(1)),
                "plan.date.outside-programme");
    }

    @Test
    void addActionItemWhenTheIdIsTakenThenRefusesWithIdDuplicate() {
        assertRefused(
                () -> anApprovableDraft().addActionItem(anItem(1, MENTOR_1), program, aino, days(1)),
                "plan.id.duplicate");
    }

    @Test
    void updateActionItemReplacesTheItemAndRefusesUnknownOrUnchangedItems() {
        MentorPlan plan = anApprovableDraft();
        var later = anItem(1, MENTOR_1, LocalDate.of(2026, 10, 31));
        assertThat(plan.updateActionItem(later, program, aino, days(2)).state().actionItems())
                .containsExactly(later);
        assertRefused(() -> plan.updateActionItem(anItem(1, MENTOR_1), program, aino, days(2)), "plan.unchanged");
        assertRefused(() -> plan.updateActionItem(anItem(2, MENTOR_1), program, aino, days(2)), "plan.record.unknown");
        assertRefused(
                () -> plan.updateActionItem(anItem(1, MENTOR_1, END.plusDays(1)), program, aino, days(2)),
                "plan.date.outside-programme");
    }

    @Test
    void removeActionItemWhenUnknownThenRefusesWithRecordUnknown() {
        MentorPlan plan = anApprovableDraft();
        assertRefused(() -> plan.removeActionItem(itemId(9), aino, days(2)), "plan.record.unknown");
        assertThat(plan.removeActionItem(itemId(1), aino, days(2)).state().actionItems())
                .isEmpty();
    }

    @Test
    void setMonitoringDatesWhenADateIsOutsideTheProgrammeThenRefusesWithOutsideProgramme() {
        assertThatThrownBy(() -> aDraft().setMonitoringDates(
                                List.of(LocalDate.of(2026, 9, 1), END.plusDays(1)), program, aino, days(1)))
                .isInstanceOfSatisfying(PlanRuleException.class, e -> {
                    assertThat(e.codes()).containsExactly("plan.date.outside-programme");
                    assertThat(e.violations().get(0).path()).isEqualTo("dates[1]");
                });
    }

    @Test
    void setMonitoringDatesWhenNotAscendingThenFailsValidation() {
        assertInvalid(
                () -> aDraft().setMonitoringDates(
                                List.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 1)), program, aino, days(1)),
                "plan.monitoring.not-ascending");
    }

    @Test
    void describeSupportNeededWhenUnchangedThenRefusesAndOtherwiseSetsOrClearsIt() {
        MentorPlan plan = aDraft();
        assertRefused(() -> plan.describeSupportNeeded(Optional.empty(), aino, days(1)), "plan.unchanged");
        MentorPlan described = plan.describeSupportNeeded(Optional.of(text("Time")), aino, days(1))
                .state();
        assertThat(described.supportNeeded()).contains(text("Time"));
        assertThat(described
                        .describeSupportNeeded(Optional.empty(), aino, days(1))
                        .state()
                        .supportNeeded())
                .isEmpty();
    }

    @Test
    void changeTitleWhenTheSameThenRefusesWithUnchanged() {
        MentorPlan plan = aDraft();
        assertRefused(() -> plan.changeTitle(plan.title(), aino, days(1)), "plan.unchanged");
        assertThat(plan.changeTitle(text("Better"), aino, days(1)).state().title())
                .isEqualTo(text("Better"));
    }

    // ------------------------------------------------------------------ submission and approval

    @Test
    void submitWhenThePlanIsEmptyThenRefusesListingEveryUnmetCondition() {
        assertThatThrownBy(() -> aDraft().submit(program, aino, days(1)))
                .isInstanceOfSatisfying(PlanRuleException.class, e -> {
                    assertThat(e.codes()).containsExactly("plan.approval.no-goal", "plan.approval.no-action-item");
                    assertThat(e.planId()).isEqualTo(PLAN);
                    assertThat(e.getMessage())
                            .isEqualTo("Plan " + PLAN
                                    + " cannot be submitted: it is linked to no programme goal; it has no action item");
                });
    }

    @Test
    void submitWhenAGoalHasNoScaleAndAnItemIsDueOutsideAShorterProgrammeThenRefusesWithBoth() {
        MentorPlan plan =
                anApprovableDraft().linkGoal(GOAL_2, program, aino, days(1)).state();
        MentoringProgram shorter = MentoringProgram.builder()
                .id(PROGRAM)
                .organizationId(AGENCY)
                .name(program.name())
                .template(program.template())
                .plannedStart(START)
                .plannedEnd(LocalDate.of(2026, 6, 30))
                .addAllGoals(program.goals())
                .build();
        assertRefused(
                () -> plan.submit(shorter, aino, days(1)),
                "plan.approval.scale-missing",
                "plan.date.outside-programme");
    }

    @Test
    void submitWhenAGoalWasRemovedFromTheProgrammeThenRefusesWithGoalUnknown() {
        MentoringProgram withoutGoals = MentoringProgram.builder()
                .id(PROGRAM)
                .organizationId(AGENCY)
                .name(program.name())
                .template(program.template())
                .plannedStart(START)
                .plannedEnd(END)
                .build();
        assertRefused(() -> anApprovableDraft().submit(withoutGoals, aino, days(1)), "plan.goal.unknown");
    }

    @Test
    void submitWhenNotAnOwnerOrAlreadySubmittedThenRefuses() {
        assertRefused(() -> anApprovableDraft().submit(program, HR.id(), days(1)), "plan.actor.not-owner");
        assertRefused(() -> aSubmittedPlan().submit(program, aino, days(3)), "plan.status.wrong");
    }

    @Test
    void approveWhenTheActorIsNotHrThenRefusesWithNotHr() {
        assertRefused(
                () -> aSubmittedPlan().approve(EMPLOYEE, program, Optional.empty(), days(3)), "plan.actor.not-hr");
        assertRefused(
                () -> aSubmittedPlan().approve(MENTOR_1, program, Optional.empty(), days(3)), "plan.actor.not-hr");
    }

    @Test
    void approveWhenHrIsOfAnotherOrganizationThenRefusesWithOtherOrganization() {
        assertRefused(
                () -> aSubmittedPlan().approve(OUTSIDER, program, Optional.empty(), days(3)),
                "plan.person.other-organization");
    }

    @Test
    void approveWhenThePlanIsADraftThenRefusesWithStatusWrong() {
        assertRefused(() -> anApprovableDraft().approve(HR, program, Optional.empty(), days(3)), "plan.status.wrong");
    }

    @Test
    void approveWhenThePlanNoLongerMeetsTheConditionsThenRefusesListingThem() {
        MentorPlan submitted = aSubmittedPlan();
        assertRefused(() -> submitted.approve(HR, anotherProgram(), Optional.empty(), days(3)), "plan.program.other");
    }

    @Test
    void approveWhenThePairIsMissingOrNotActiveThenRefusesWithPairRules() {
        MentorPlan submitted =
                anApprovablePairDraft().submit(program, aino, days(2)).state();
        assertRefused(() -> submitted.approve(HR, program, Optional.empty(), days(3)), "plan.pair.missing");
        var otherPair = aPair(
                org.learningmentor.core.common.PairId.of(uuid(0x499)), MENTOR_1, MENTOR_2, "MENTOR_PAIR", "ACTIVE");
        assertRefused(() -> submitted.approve(HR, program, Optional.of(otherPair), days(3)), "plan.pair.missing");
        assertRefused(
                () -> submitted.approve(HR, program, Optional.of(anEndedPair()), days(3)), "plan.pair.not-active");
        assertThat(submitted
                        .approve(HR, program, Optional.of(anActivePair()), days(3))
                        .state()
                        .status())
                .isEqualTo(PlanStatus.APPROVED);
    }

    @Test
    void anIndividualPlanIgnoresAPairGivenToApproval() {
        assertThat(aSubmittedPlan().isApprovable(program, Optional.of(anEndedPair())))
                .isTrue();
    }

    @Test
    void returnForChangesWhenNotHrOrNotSubmittedThenRefuses() {
        assertRefused(() -> aSubmittedPlan().returnForChanges(MENTOR_1, text("No"), days(3)), "plan.actor.not-hr");
        assertRefused(() -> anApprovedPlan().returnForChanges(HR, text("No"), days(4)), "plan.status.wrong");
    }

    @Test
    void completeWhenNeitherOwnerNorHrOrNotApprovedThenRefuses() {
        assertRefused(() -> anApprovedPlan().complete(MENTOR_3, days(4)), "plan.actor.not-owner-or-hr");
        assertRefused(() -> aSubmittedPlan().complete(HR, days(4)), "plan.status.wrong");
        assertRefused(() -> anApprovedPlan().complete(OUTSIDER, days(4)), "plan.person.other-organization");
        assertThat(anApprovedPlan().complete(MENTOR_1, days(4)).state().status())
                .isEqualTo(PlanStatus.COMPLETED);
    }

    @Test
    void cancelFromEveryOpenStatusRecordsThePreviousStatus() {
        for (MentorPlan plan : List.of(aDraft(), aSubmittedPlan(), anApprovedPlan())) {
            Change<MentorPlan> cancelled = plan.cancel(MENTOR_1, days(5));
            assertThat(cancelled.state().status()).isEqualTo(PlanStatus.CANCELLED);
            assertThat(cancelled.events())
                    .singleElement()
                    .isInstanceOfSatisfying(
                            PlanCancelled.class,
                            e -> assertThat(e.previousStatus()).isEqualTo(plan.status()));
        }
        assertThat(aSubmittedPlan()
                        .returnForChanges(HR, text("x"), days(3))
                        .state()
                        .cancel(HR, days(4))
                        .state()
                        .status())
                .isEqualTo(PlanStatus.CANCELLED);
    }

    @Test
    void cancelWhenCompletedOrCancelledOrByAnotherMentorThenRefuses() {
        MentorPlan completed = anApprovedPlan().complete(HR, days(4)).state();
        assertRefused(() -> completed.cancel(MENTOR_1, days(5)), "plan.status.wrong");
        MentorPlan cancelled = aDraft().cancel(MENTOR_1, days(5)).state();
        assertRefused(() -> cancelled.cancel(HR, days(6)), "plan.status.wrong");
        assertRefused(() -> aDraft().cancel(MENTOR_2, days(5)), "plan.actor.not-owner-or-hr");
    }

    // ------------------------------------------------------------------ progress

    @Test
    void recordProgressWhenThePlanIsNotApprovedThenRefusesWithStatusWrong() {
        assertRefused(
                () -> aSubmittedPlan().recordProgress(anEntry(1, List.of(), List.of()), aino, days(3)),
                "plan.status.wrong");
    }

    @Test
    void recordProgressWhenNotAnOwnerThenRefusesWithNotOwner() {
        assertRefused(
                () -> anApprovedPlan().recordProgress(anEntry(1, List.of(), List.of()), HR.id(), days(4)),
                "plan.actor.not-owner");
    }

    @Test
    void recordProgressWhenTheEntryNamesUnknownItemsAndUnlinkedGoalsThenRefusesWithEveryRule() {
        MentorPlan approved = anApprovedPlan()
                .recordProgress(anEntry(1, List.of(), List.of()), aino, days(4))
                .state();
        assertThatThrownBy(() -> approved.recordProgress(
                        anEntry(1, List.of(done(7)), List.of(GoalRating.of(GOAL_2, 1))), aino, days(5)))
                .isInstanceOfSatisfying(
                        PlanRuleException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.code() + "@" + v.path())
                                .containsExactly(
                                        "plan.id.duplicate@entry.id",
                                        "plan.record.unknown@entry.statusChanges[0].itemId",
                                        "plan.goal.not-linked@entry.ratings[0].goalId"));
    }

    @Test
    void recordProgressEmitsAnEventWithoutTheNote() {
        Change<MentorPlan> change = anApprovedPlan()
                .recordProgress(anEntry(1, List.of(done(1)), List.of(GoalRating.of(GOAL_1, -1))), aino, days(4));
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(ProgressRecorded.class, e -> {
            assertThat(e.entryId()).isEqualTo(entryId(1));
            assertThat(e.checkpointId()).contains(checkpointId(1));
            assertThat(e.ratings()).containsExactly(GoalRating.of(GOAL_1, -1));
            assertThat(e.statusChanges()).containsExactly(done(1));
            assertThat(e.toString()).doesNotContain("Ville");
        });
        assertThat(change.state().tScore())
                .hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("40.00"));
    }
}
