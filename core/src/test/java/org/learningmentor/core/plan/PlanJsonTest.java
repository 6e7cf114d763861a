package org.learningmentor.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningmentor.core.plan.PlanFixtures.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningmentor.core.JsonTesting;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.program.ActionStatus;
import org.learningmentor.core.program.MentoringProgram;

/** The wire format of the plan aggregate, its values and events, and what it does with hostile input. */
class PlanJsonTest {

    private static final MentoringProgram PROGRAM_FIXTURE = aProgram();

    /** The pair's plan, returned once, approved, with one progress entry. */
    private static Change<MentorPlan> aPairPlanHistory() {
        MentoringProgram program = PROGRAM_FIXTURE;
        var aino = MENTOR_1.id();
        return MentorPlan.draftForPair(PAIR_PLAN, program, anActivePair(), MENTOR_2, text("Onboarding together"), T0)
                .andThen(p -> p.linkGoal(GOAL_2, program, aino, days(1)))
                .andThen(p -> p.setScale(GOAL_2, aScale(), aino, days(1)))
                .andThen(p -> p.setGoalWeight(GOAL_2, new BigDecimal("2.5"), aino, days(1)))
                .andThen(p -> p.linkDevelopmentTarget(TARGET_2, program, aino, days(1)))
                .andThen(p -> p.addTargetUnit(SERVICES, program, aino, days(1)))
                .andThen(p -> p.addActionItem(anItem(1, MENTOR_2), program, aino, days(1)))
                .andThen(p -> p.describeSupportNeeded(Optional.of(text("A room once a month")), aino, days(1)))
                .andThen(p -> p.submit(program, aino, days(2)))
                .andThen(p -> p.returnForChanges(HR, text("Add monitoring dates"), days(3)))
                .andThen(p -> p.setMonitoringDates(
                        List.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 2)), program, aino, days(4)))
                .andThen(p -> p.submit(program, aino, days(4)))
                .andThen(p -> p.approve(HR, program, Optional.of(anActivePair()), days(5)))
                .andThen(p -> p.recordProgress(
                        anEntry(1, List.of(done(1)), List.of(GoalRating.of(GOAL_2, 1))), aino, days(200)))
                .andThen(p -> p.complete(HR, days(300)));
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void aPlanWithItsWholeHistoryRoundTripsAndMatchesItsGoldenFile(JsonTesting json) {
        json.assertGolden("plan-pair-plan", aPairPlanHistory().state(), MentorPlan.class);
        json.assertGolden("plan-individual-draft", aDraft(), MentorPlan.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void valuesRoundTripAndMatchTheirGoldenFiles(JsonTesting json) {
        MentorPlan plan = aPairPlanHistory().state();
        json.assertGolden("plan-scale", aScale(), GoalAttainmentScale.class);
        json.assertGolden("plan-linked-goal", plan.goals().get(0), LinkedGoal.class);
        json.assertGolden("plan-goal-rating", GoalRating.of(GOAL_1, -2), GoalRating.class);
        json.assertGolden("plan-action-status-change", done(1), ActionStatusChange.class);
        json.assertGolden("plan-progress-entry", plan.progress().get(0), ProgressEntry.class);
        json.assertGolden("plan-hr-comment", plan.hrComments().get(0), HrComment.class);
        json.assertRoundTrip(
                ProgressEntry.builder()
                        .id(entryId(2))
                        .date(LocalDate.of(2026, 9, 2))
                        .build(),
                ProgressEntry.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void everyEventRoundTripsAsADomainEventAndMatchesItsGoldenFile(JsonTesting json) {
        List<DomainEvent> events = aPairPlanHistory().events();
        List<DomainEvent> cancelled = aDraft().cancel(MENTOR_1, days(9)).events();
        assertThat(events)
                .extracting(e -> e.getClass().getInterfaces()[0].getSimpleName())
                .containsExactly(
                        "PlanDrafted",
                        "PlanEdited",
                        "PlanEdited",
                        "PlanEdited",
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
        json.assertGolden("plan-drafted", events.get(0), DomainEvent.class);
        json.assertGolden("plan-edited", events.get(1), DomainEvent.class);
        json.assertGolden("plan-submitted", events.get(8), DomainEvent.class);
        json.assertGolden("plan-returned", events.get(9), DomainEvent.class);
        json.assertGolden("plan-approved", events.get(12), DomainEvent.class);
        json.assertGolden("plan-progress-recorded", events.get(13), DomainEvent.class);
        json.assertGolden("plan-completed", events.get(14), DomainEvent.class);
        json.assertGolden("plan-cancelled", cancelled.get(0), DomainEvent.class);
        for (DomainEvent event : events) {
            json.assertRoundTrip(event, DomainEvent.class);
            String written = json.write(event, DomainEvent.class);
            assertThat(written).doesNotContain("Add monitoring dates").doesNotContain("Ville");
        }
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void unknownFieldsAreIgnoredAndDefaultsApply(JsonTesting json) throws Exception {
        MentorPlan read = json.read(minimal(",\"later\":{\"x\":[1,2]}"), MentorPlan.class);
        assertThat(read.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(read.version()).isZero();
        LinkedGoal goal = json.read("{\"goalId\":\"" + GOAL_1 + "\",\"x\":1}", LinkedGoal.class);
        assertThat(goal.weight()).isEqualByComparingTo("1");
        assertThat(goal.scale()).isEmpty();
    }

    static Stream<Arguments> hostilePlans() {
        String huge = "x".repeat(10 * 1024 * 1024);
        String scale4 = "{\"levels\":[{\"en\":\"a\"},{\"en\":\"b\"},{\"en\":\"c\"},{\"en\":\"d\"}]}";
        return Stream.of(
                Arguments.of(
                        "a 10 MB title",
                        minimal(",\"title\":{\"fi\":\"" + huge + "\"}"),
                        List.of("common.text.too-long@fi")),
                Arguments.of(
                        "a status in lower case",
                        minimal(",\"status\":\"approved\""),
                        List.of("plan.status.unknown@status")),
                Arguments.of("a kind as a number", minimal(",\"kind\":1"), List.of("plan.kind.unknown@kind")),
                Arguments.of(
                        "a negative version", minimal(",\"version\":-1"), List.of("plan.version.negative@version")),
                Arguments.of(
                        "a pair plan with one owner",
                        minimal(",\"kind\":\"PAIR\""),
                        List.of("plan.owners.count@ownerIds", "plan.pair.id-kind@pairId")),
                Arguments.of(
                        "a scale of four levels",
                        minimal(",\"goals\":[{\"goalId\":\"" + GOAL_1 + "\",\"scale\":" + scale4 + "}]"),
                        List.of("plan.scale.level-count@levels")),
                Arguments.of(
                        "a zero weight",
                        minimal(",\"goals\":[{\"goalId\":\"" + GOAL_1 + "\",\"weight\":0}]"),
                        List.of("plan.weight.out-of-range@weight")),
                Arguments.of(
                        "a 10 MB progress note",
                        minimal(",\"progress\":[{\"id\":\"" + entryId(1) + "\",\"date\":\"2026-09-01\",\"note\":\""
                                + huge + "\"}]"),
                        List.of("common.text.too-long@note")),
                Arguments.of(
                        "a rating of +3",
                        minimal(",\"progress\":[{\"id\":\"" + entryId(1)
                                + "\",\"date\":\"2026-09-01\",\"ratings\":[{\"goalId\":\"" + GOAL_1
                                + "\",\"level\":3}]}]"),
                        List.of("plan.rating.level-out-of-range@level")),
                Arguments.of(
                        "a plan without its title and kind",
                        "{\"id\":\"" + PLAN + "\",\"organizationId\":\"" + AGENCY + "\",\"programId\":\"" + PROGRAM
                                + "\",\"ownerIds\":[\"" + MENTOR_1.id() + "\"]}",
                        List.of("common.value.required@kind", "common.value.required@title")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostilePlans")
    void readingAPlanThatBreaksARuleThenFailsWithOurViolationsUnderBothJacksonLines(
            String what, String document, List<String> expected) {
        for (JsonTesting json : JsonTesting.values()) {
            assertThatThrownBy(() -> json.read(document, MentorPlan.class))
                    .as("%s under %s", what, json)
                    .isInstanceOf(json.exceptionType())
                    .satisfies(e -> {
                        assertThat(JsonTesting.validationCause(e).violations())
                                .extracting(v -> v.code() + "@" + v.path())
                                .containsExactlyInAnyOrderElementsOf(expected);
                        assertThat(e.getMessage()).hasSizeLessThan(5_000);
                    });
        }
    }

    static Stream<Arguments> plansOfTheWrongShape() {
        return Stream.of(
                Arguments.of("a number for the id", minimal(",\"id\":42")),
                Arguments.of("an id that is no UUID", minimal(",\"id\":\"P-1\"")),
                Arguments.of("a string for the goals", minimal(",\"goals\":\"three\"")),
                Arguments.of("an object for the owners", minimal(",\"ownerIds\":{}")),
                Arguments.of("a date that is no date", minimal(",\"monitoringDates\":[\"2026-02-30\"]")),
                Arguments.of(
                        "deeply nested arrays in an ignored field",
                        minimal(",\"x\":" + "[".repeat(10_000) + "]".repeat(10_000))),
                Arguments.of(
                        "deeply nested objects for the title",
                        minimal(",\"title\":" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000))),
                Arguments.of("no object at all", "[]"),
                Arguments.of("truncated", minimal("").substring(0, 40)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plansOfTheWrongShape")
    void readingAPlanOfTheWrongShapeThenFailsCleanlyUnderBothJacksonLines(String what, String document) {
        for (JsonTesting json : JsonTesting.values()) {
            assertThatThrownBy(() -> json.read(document, MentorPlan.class))
                    .as("%s under %s", what, json)
                    .isInstanceOf(json.exceptionType());
        }
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingAnEventWithAnUnknownEditOrStatusThenFailsWithOurViolation(JsonTesting json) {
        String edited = event("\"type\":\"plan.edited\",\"edit\":\"GOAL_EATEN\"");
        assertThatThrownBy(() -> json.read(edited, DomainEvent.class))
                .isInstanceOf(json.exceptionType())
                .satisfies(
                        e -> assertThat(JsonTesting.validationCause(e).codes()).containsExactly("plan.edit.unknown"));
        String cancelled = event("\"type\":\"plan.cancelled\",\"previousStatus\":\"LOST\"");
        assertThatThrownBy(() -> json.read(cancelled, DomainEvent.class))
                .isInstanceOf(json.exceptionType())
                .satisfies(
                        e -> assertThat(JsonTesting.validationCause(e).codes()).containsExactly("plan.status.unknown"));
        String status = "{\"itemId\":\"" + itemId(1) + "\",\"status\":\"FINISHED\"}";
        assertThatThrownBy(() -> json.read(status, ActionStatusChange.class))
                .isInstanceOf(json.exceptionType())
                .satisfies(e -> assertThat(JsonTesting.validationCause(e).codes())
                        .containsExactly("program.action-status.unknown"));
        assertThat(ActionStatus.DONE).isNotNull();
    }

    // ------------------------------------------------------------------ helpers

    /** A minimal valid plan document with more fields, a later field replacing an earlier one. */
    private static String minimal(String moreFields) {
        return "{\"id\":\"" + PLAN + "\",\"organizationId\":\"" + AGENCY + "\",\"programId\":\"" + PROGRAM
                + "\",\"kind\":\"INDIVIDUAL\",\"ownerIds\":[\"" + MENTOR_1.id()
                + "\"],\"title\":{\"fi\":\"Suunnitelma\"}"
                + moreFields + "}";
    }

    private static String event(String fields) {
        return "{\"organizationId\":\"" + AGENCY + "\",\"actor\":\"" + HR.id() + "\",\"planId\":\"" + PLAN
                + "\",\"programId\":\"" + PROGRAM + "\",\"occurredAt\":\"2026-03-02T09:00:00Z\"," + fields + "}";
    }
}
