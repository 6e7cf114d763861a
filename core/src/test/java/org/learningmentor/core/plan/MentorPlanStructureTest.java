package org.learningmentor.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningmentor.core.plan.PlanFixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.ValidationException;

/** The structural rules of a plan and its values, checked whenever one is built, and redaction of personal text. */
class MentorPlanStructureTest {

    private static MentorPlan.Builder minimal() {
        return minimal(PlanKind.INDIVIDUAL, "Plan");
    }

    private static MentorPlan.Builder minimal(PlanKind kind, String title) {
        MentorPlan.Builder builder = MentorPlan.builder();
        builder.id(PLAN)
                .organizationId(AGENCY)
                .programId(PROGRAM)
                .kind(kind)
                .addOwnerIds(MENTOR_1.id())
                .title(text(title));
        return builder;
    }

    private static void assertViolations(MentorPlan.Builder builder, String... expected) {
        assertThatThrownBy(builder::build)
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.code() + "@" + v.path())
                                .containsExactly(expected));
    }

    @Test
    void aMinimalPlanIsADraftOfVersionZero() {
        MentorPlan plan = minimal().build();
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.version()).isZero();
        assertThat(plan.withVersion(3).version()).isEqualTo(3);
    }

    @Test
    void anIndividualPlanWithTwoOwnersOrAPairIdBreaksTheOwnerRules() {
        assertViolations(
                minimal().addOwnerIds(MENTOR_2.id()).pairId(PAIR),
                "plan.owners.count@ownerIds",
                "plan.pair.id-kind@pairId");
    }

    @Test
    void aPairPlanNeedsTwoDifferentOwnersAndItsPair() {
        assertViolations(
                minimal(PlanKind.PAIR, "Plan").addOwnerIds(MENTOR_1.id()),
                "plan.owners.duplicate@ownerIds[1]",
                "plan.pair.id-kind@pairId");
        assertViolations(minimal(PlanKind.PAIR, "Plan").pairId(PAIR), "plan.owners.count@ownerIds");
    }

    @Test
    void repeatedRecordsItemsOfOthersAndUnorderedDatesAreReportedTogether() {
        assertViolations(
                minimal(PlanKind.INDIVIDUAL, "t".repeat(255))
                        .addGoals(LinkedGoal.of(GOAL_1), LinkedGoal.of(GOAL_1))
                        .addTargetIds(TARGET_1, TARGET_1)
                        .addUnitIds(FINANCE, FINANCE)
                        .addActionItems(anItem(1, MENTOR_1), anItem(1, MENTOR_2))
                        .addMonitoringDates(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 1))
                        .version(-1),
                "common.text.too-long@title.en",
                "plan.id.duplicate@goals[1]",
                "plan.id.duplicate@targetIds[1]",
                "plan.id.duplicate@unitIds[1]",
                "plan.id.duplicate@actionItems[1]",
                "plan.item.owner-not-owner@actionItems[1].ownerId",
                "plan.monitoring.not-ascending@monitoringDates[1]",
                "plan.version.negative@version");
    }

    @Test
    void progressMayRateOnlyLinkedGoalsAndChangeOnlyThePlansItems() {
        assertViolations(
                minimal()
                        .addProgress(anEntry(1, List.of(done(1)), List.of(GoalRating.of(GOAL_1, 1))))
                        .addProgress(anEntry(1, List.of(), List.of())),
                "plan.id.duplicate@progress[1]",
                "plan.goal.not-linked@progress[0].ratings[0].goalId",
                "plan.record.unknown@progress[0].statusChanges[0].itemId");
    }

    @Test
    void aProgressEntryWithABlankNoteOrRepeatedItemsAndGoalsFailsValidation() {
        assertThatThrownBy(() -> ProgressEntry.builder()
                        .id(entryId(1))
                        .date(LocalDate.of(2026, 9, 1))
                        .note(" ")
                        .addStatusChanges(done(1), done(1))
                        .addRatings(GoalRating.of(GOAL_1, 1), GoalRating.of(GOAL_1, 2))
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.code() + "@" + v.path())
                                .containsExactly(
                                        "plan.text.blank@note",
                                        "plan.id.duplicate@statusChanges[1].itemId",
                                        "plan.id.duplicate@ratings[1].goalId"));
        assertThatThrownBy(() -> ProgressEntry.builder()
                        .id(entryId(1))
                        .date(LocalDate.of(2026, 9, 1))
                        .note("n".repeat(10_001))
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.codes()).containsExactly("common.text.too-long"));
    }

    @Test
    void aPlanWithoutItsRequiredAttributesNamesEachMissingOne() {
        assertThatThrownBy(() -> MentorPlan.builder().id(PLAN).build())
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.codes()).containsOnly("common.value.required"));
    }

    @Test
    void notesAndHrCommentsNeverAppearInToString() {
        MentorPlan plan = anApprovedPlan()
                .recordProgress(anEntry(1, List.of(), List.of()), MENTOR_1.id(), days(4))
                .state();
        MentorPlan returned = aSubmittedPlan()
                .returnForChanges(HR, text("Ville needs more support from Aino"), days(3))
                .state();
        assertThat(plan.toString()).doesNotContain("Ville").doesNotContain("feedback 1");
        assertThat(plan.progress().get(0).toString()).doesNotContain("Ville");
        assertThat(returned.toString()).doesNotContain("Ville");
        assertThat(returned.hrComments().get(0).toString()).doesNotContain("Ville");
        assertThat(returned.hrComments().get(0).comments().in(org.learningmentor.core.common.Language.EN))
                .contains("Ville");
    }

    @Test
    void theStatusGraphAllowsOnlyTheDocumentedTransitions() {
        assertThat(PlanStatus.DRAFT.successors()).containsExactlyInAnyOrder(PlanStatus.SUBMITTED, PlanStatus.CANCELLED);
        assertThat(PlanStatus.SUBMITTED.successors())
                .containsExactlyInAnyOrder(PlanStatus.APPROVED, PlanStatus.RETURNED, PlanStatus.CANCELLED);
        assertThat(PlanStatus.APPROVED.successors())
                .containsExactlyInAnyOrder(PlanStatus.COMPLETED, PlanStatus.CANCELLED);
        assertThat(PlanStatus.COMPLETED.successors()).isEmpty();
        assertThat(PlanStatus.CANCELLED.successors()).isEmpty();
        assertThat(PlanStatus.RETURNED.isEditable()).isTrue();
        assertThat(PlanStatus.APPROVED.isEditable()).isFalse();
    }

    @Test
    void enumsReadOnlyTheirExactNames() {
        assertThat(PlanKind.parse("PAIR")).isEqualTo(PlanKind.PAIR);
        assertThat(PlanEdit.parse("SCALE_SET")).isEqualTo(PlanEdit.SCALE_SET);
        assertThatThrownBy(() -> PlanStatus.parse("approved"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.code() + "@" + v.path())
                                .containsExactly("plan.status.unknown@status"));
        assertThatThrownBy(() -> PlanKind.parse("0"))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.codes()).containsExactly("plan.kind.unknown"));
        assertThatThrownBy(() -> PlanEdit.parse("X"))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.codes()).containsExactly("plan.edit.unknown"));
    }

    @Test
    void messagesExistInFinnishAndSwedish() {
        var violation = org.learningmentor.core.common.Violation.of(PlanViolation.APPROVAL_NO_GOAL, "goals");
        assertThat(violation.message(java.util.Locale.forLanguageTag("fi")))
                .isEqualTo("siihen ei ole liitetty yhtään ohjelman tavoitetta");
        assertThat(violation.message(java.util.Locale.forLanguageTag("sv")))
                .isEqualTo("den är inte kopplad till något av programmets mål");
    }
}
