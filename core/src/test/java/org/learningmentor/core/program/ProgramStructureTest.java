package org.learningmentor.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.learningmentor.core.program.ProgramCommandsTest.assertInvalid;
import static org.learningmentor.core.program.ProgramFixtures.EMPLOYEE;
import static org.learningmentor.core.program.ProgramFixtures.FINANCE;
import static org.learningmentor.core.program.ProgramFixtures.HR;
import static org.learningmentor.core.program.ProgramFixtures.PROGRAM;
import static org.learningmentor.core.program.ProgramFixtures.SERVICES;
import static org.learningmentor.core.program.ProgramFixtures.T0;
import static org.learningmentor.core.program.ProgramFixtures.aProgram;
import static org.learningmentor.core.program.ProgramFixtures.aProgramIn;
import static org.learningmentor.core.program.ProgramFixtures.actionItemId;
import static org.learningmentor.core.program.ProgramFixtures.checkpointId;
import static org.learningmentor.core.program.ProgramFixtures.generated;
import static org.learningmentor.core.program.ProgramFixtures.hrDayId;
import static org.learningmentor.core.program.ProgramFixtures.meetingId;
import static org.learningmentor.core.program.ProgramFixtures.mentor;
import static org.learningmentor.core.program.ProgramFixtures.sessionId;
import static org.learningmentor.core.program.ProgramFixtures.supportId;
import static org.learningmentor.core.program.ProgramFixtures.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.AssignmentId;
import org.learningmentor.core.common.DevelopmentTargetId;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violation;

/**
 * The structural rules every programme and every record checks however it is built (by builder, by
 * command or from JSON), each with its code and path; the enums' exact names; and redaction of free
 * texts about people.
 */
class ProgramStructureTest {

    private static final LocalDate D = LocalDate.of(2026, 5, 5);

    // ------------------------------------------------------------------ the programme

    @Test
    void aProgrammeWhoseEndIsBeforeItsStartOrWhoseNameIsTooLongThenRejectsBoth() {
        ValidationException invalid = assertInvalid(
                () -> generated(aProgram())
                        .withPlannedEnd(LocalDate.of(2026, 1, 1))
                        .withName(LocalizedText.of(Language.FI, "n".repeat(255))),
                "program.dates.end-before-start");
        assertThat(invalid.violations().get(0).path()).isEqualTo("plannedEnd");
        assertInvalid(
                () -> generated(aProgram()).withName(LocalizedText.of(Language.FI, "n".repeat(255))),
                "common.text.too-long");
    }

    @Test
    void aProgrammeWithARepeatedIdOrMentorThenRejectsWithPaths() {
        MentoringProgram training = aProgramIn(ProgramPhase.TRAINING);
        List<ProgramMentor> mentors = new ArrayList<>(training.mentors());
        mentors.add(mentors.get(0));
        ValidationException invalid =
                assertInvalid(() -> generated(training).withMentors(mentors), "program.person.duplicate");
        assertThat(invalid.violations().get(0).path()).isEqualTo("mentors[3]");

        HrDay day =
                HrDay.builder().id(hrDayId(1)).date(D).addParticipants(HR.id()).build();
        invalid = assertInvalid(() -> generated(aProgram()).withHrDays(day, day), "program.id.duplicate");
        assertThat(invalid.violations().get(0).path()).isEqualTo("hrDays[1].id");
    }

    @Test
    void sessionsOutOfOrderTooManyOrHeldBeforeThePreviousThenRejectEach() {
        MentoringProgram training = aProgramIn(ProgramPhase.TRAINING);
        TrainingSession first = training.sessions().get(0);
        TrainingSession second = training.sessions().get(1);
        TrainingSession third = training.sessions().get(2);
        assertThat(assertInvalid(
                                () -> generated(training).withSessions(second, first, third),
                                "program.session.ordinal",
                                "program.session.ordinal",
                                "program.session.date-not-after-previous",
                                "program.assignment.due-outside-interval")
                        .violations())
                .extracting(v -> v.path())
                .containsExactly(
                        "sessions[0].ordinal", "sessions[1].ordinal", "sessions[1].date", "assignments[0].dueOn");
        TrainingSession fourth = TrainingSession.builder()
                .id(sessionId(4))
                .ordinal(4)
                .topic(text("Extra"))
                .date(LocalDate.of(2026, 7, 1))
                .build();
        assertInvalid(() -> generated(training).withSessions(first, second, third, fourth), "program.session.too-many");
        assertInvalid(
                () -> generated(training).withSessions(first, second.withHeld(true), third),
                "program.session.previous-not-held");
    }

    @Test
    void recordsDatedOutsideThePlannedDatesThenRejectEachWithOutsideProgramme() {
        MentoringProgram implementing = ProgramJsonTest.aRichHistory().state();
        assertThat(implementing.hrDays()).isNotEmpty();
        assertThat(implementing.meetings()).isNotEmpty();
        assertThat(implementing.checkpoints()).isNotEmpty();
        assertThat(implementing.actionPlan().items()).isNotEmpty();
        // Moving the planned end to the day before the first session puts every later record outside.
        LocalDate end = implementing.sessions().get(0).date().minusDays(1);
        ValidationException invalid = invalid(() -> generated(implementing).withPlannedEnd(end));
        assertThat(invalid.violations())
                .allSatisfy(v -> assertThat(v.code()).isEqualTo("program.date.outside-programme"))
                .extracting(v -> v.path())
                .contains(
                        "sessions[0].date",
                        "sessions[2].date",
                        "meetings[0].date",
                        "checkpoints[0].date",
                        "actionPlan.items[0].dueOn")
                .doesNotContain("hrDays[0].date");
        LocalDate start = implementing.hrDays().get(0).date().plusDays(1);
        assertThat(invalid(() -> generated(implementing).withPlannedStart(start))
                        .violations())
                .extracting(v -> v.code() + "@" + v.path())
                .contains("program.date.outside-programme@hrDays[0].date");
    }

    @Test
    void anAssignmentDueOutsideItsIntervalOrAfterAnUnscheduledSessionThenRejects() {
        MentoringProgram training = aProgramIn(ProgramPhase.TRAINING);
        InterimAssignment first = training.assignments().get(0);
        InterimAssignment late = ((ImmutableInterimAssignment) first)
                .withDueOn(training.sessions().get(1).date());
        ValidationException invalid = assertInvalid(
                () -> generated(training).withAssignments(late), "program.assignment.due-outside-interval");
        assertThat(invalid.violations().get(0).path()).isEqualTo("assignments[0].dueOn");
        invalid = assertInvalid(
                () -> generated(training).withSessions(training.sessions().get(0)),
                "program.assignment.session-not-scheduled",
                "program.assignment.session-not-scheduled");
        assertThat(invalid.violations().get(0).path()).isEqualTo("assignments[0].afterSession");
    }

    @Test
    void supportForSomeoneNotEnrolledOrUnitsRepeatedThenRejectsWithPaths() {
        MentoringProgram training = aProgramIn(ProgramPhase.TRAINING);
        SupportActivity support = SupportActivity.builder()
                .id(supportId(1))
                .kind(SupportKind.TIME)
                .description(text("Two hours a month"))
                .from(D)
                .addMentorIds(mentor(1).id(), EMPLOYEE.id())
                .build();
        ValidationException invalid =
                assertInvalid(() -> generated(training).withSupportActivities(support), "program.mentor.not-enrolled");
        assertThat(invalid.violations().get(0).path()).isEqualTo("supportActivities[0].mentorIds[1]");
        invalid = assertInvalid(
                () -> generated(training).withUnitIds(FINANCE, SERVICES, SERVICES), "program.unit.duplicate");
        assertThat(invalid.violations().get(0).path()).isEqualTo("unitIds[2]");
    }

    @Test
    void attendanceSubmissionsAndCredosOfPeopleNotEnrolledThenRejectWithNotEnrolled() {
        MentoringProgram training = aProgramIn(ProgramPhase.TRAINING);
        TrainingSession first = training.sessions().get(0);
        TrainingSession attended = first.withHeld(true).withAttendance(List.of(Attendance.of(EMPLOYEE.id(), true)));
        ValidationException invalid = assertInvalid(
                () -> generated(training)
                        .withSessions(
                                attended,
                                training.sessions().get(1),
                                training.sessions().get(2)),
                "program.mentor.not-enrolled");
        assertThat(invalid.violations().get(0).path()).isEqualTo("sessions[0].attendance[0].mentorId");

        InterimAssignment assignment = training.assignments().get(0);
        AssignmentSubmission bySomeoneElse = AssignmentSubmission.builder()
                .addMentorIds(EMPLOYEE.id())
                .submittedAt(T0)
                .build();
        assertInvalid(
                () -> generated(training).withAssignments(assignment.withSubmissions(List.of(bySomeoneElse))),
                "program.mentor.not-enrolled");

        MentorCredo credo = MentorCredo.builder()
                .mentorId(EMPLOYEE.id())
                .text("x")
                .writtenAt(T0)
                .build();
        MentorCredo mine = MentorCredo.builder()
                .mentorId(mentor(1).id())
                .text("x")
                .writtenAt(T0)
                .build();
        assertInvalid(() -> generated(training).withCredos(credo), "program.mentor.not-enrolled");
        assertInvalid(() -> generated(training).withCredos(mine, mine), "program.person.duplicate");
    }

    @Test
    void anAssignmentAfterTheLastSessionCheckpointsOutOfOrderAndANegativeVersionThenRejectEach() {
        MentoringProgram training = aProgramIn(ProgramPhase.TRAINING);
        InterimAssignment late = InterimAssignment.builder()
                .id(AssignmentId.of(ProgramFixtures.uuid(0x3ff)))
                .title(text("Late"))
                .afterSession(3)
                .dueOn(D)
                .build();
        assertInvalid(() -> generated(training).withAssignments(late), "program.assignment.after-session-out-of-range");

        MonitoringCheckpoint october = checkpoint(1, LocalDate.of(2026, 10, 1));
        MonitoringCheckpoint september = checkpoint(2, LocalDate.of(2026, 9, 1));
        assertInvalid(
                () -> generated(training).withCheckpoints(october, september),
                "program.checkpoint.date-before-previous");
        assertInvalid(() -> generated(training).withVersion(-1), "program.version.negative");
    }

    // ------------------------------------------------------------------ the records

    @Test
    void recordsCheckTheirOwnFields() {
        assertInvalid(
                () -> HrDay.builder().id(hrDayId(1)).date(D).notes(" ").build(),
                "program.people.empty",
                "program.text.blank");
        assertInvalid(
                () -> HrDay.builder()
                        .id(hrDayId(1))
                        .date(D)
                        .addParticipants(HR.id(), HR.id())
                        .build(),
                "program.person.duplicate");
        assertInvalid(
                () -> DevelopmentTarget.builder()
                        .id(DevelopmentTargetId.of(ProgramFixtures.uuid(1)))
                        .title(text("T"))
                        .dimension("no spaces")
                        .build(),
                "program.target.dimension-malformed");
        DevelopmentTarget target = ProgramFixtures.aTarget();
        assertInvalid(() -> CultureAnalysis.builder().addTargets(target, target).build(), "program.id.duplicate");
        assertInvalid(
                () -> TrainingSession.builder()
                        .id(sessionId(1))
                        .ordinal(0)
                        .topic(text("T"))
                        .date(D)
                        .addAttendance(Attendance.of(HR.id(), true), Attendance.of(HR.id(), false))
                        .build(),
                "program.session.ordinal",
                "program.person.duplicate",
                "program.session.not-held");
        assertInvalid(() -> AssignmentSubmission.builder().submittedAt(T0).build(), "program.people.empty");
        assertInvalid(
                () -> AssignmentSubmission.builder()
                        .addMentorIds(mentor(1).id(), mentor(2).id(), mentor(1).id())
                        .submittedAt(T0)
                        .build(),
                "program.submission.too-many-mentors",
                "program.person.duplicate");
        AssignmentSubmission one = AssignmentSubmission.builder()
                .addMentorIds(mentor(1).id())
                .submittedAt(T0)
                .build();
        assertInvalid(
                () -> InterimAssignment.builder()
                        .id(ProgramFixtures.assignmentId(1))
                        .title(text("A"))
                        .afterSession(1)
                        .dueOn(D)
                        .addSubmissions(one, one)
                        .build(),
                "program.submission.duplicate");
        assertInvalid(() -> MentorHrMeeting.builder().id(meetingId(1)).date(D).build(), "program.people.empty");
        assertInvalid(
                () -> MentorCredo.builder()
                        .mentorId(mentor(1).id())
                        .text("x".repeat(10_001))
                        .writtenAt(T0)
                        .build(),
                "common.text.too-long");
        ActionItem item = ActionItem.builder()
                .id(actionItemId(1))
                .what(text("W"))
                .ownerId(HR.id())
                .dueOn(D)
                .build();
        assertInvalid(() -> ActionPlan.builder().addItems(item, item).build(), "program.id.duplicate");
        assertInvalid(
                () -> SupportActivity.builder()
                        .id(supportId(1))
                        .kind(SupportKind.RESOURCE)
                        .description(text("R"))
                        .from(D)
                        .addMentorIds(HR.id(), HR.id())
                        .build(),
                "program.person.duplicate");
        assertInvalid(
                () -> MonitoringCheckpoint.builder()
                        .id(checkpointId(1))
                        .date(D)
                        .reviewed(text("R"))
                        .notes("")
                        .build(),
                "program.text.blank");
        assertInvalid(
                () -> ProgramMentor.builder()
                        .personId(mentor(1).id())
                        .enrolledAt(T0)
                        .withdrawnAt(T0.minusSeconds(1))
                        .build(),
                "program.mentor.withdrawn-before-enrolled");
        assertInvalid(
                () -> MentorPeriod.builder()
                        .enrolledAt(T0)
                        .withdrawnAt(T0.minusSeconds(1))
                        .build(),
                "program.mentor.withdrawn-before-enrolled");
        ValidationException overlapping = assertInvalid(
                () -> ProgramMentor.builder()
                        .personId(mentor(1).id())
                        .addEarlierPeriods(MentorPeriod.builder()
                                .enrolledAt(T0)
                                .withdrawnAt(T0.plusSeconds(10))
                                .build())
                        .addEarlierPeriods(MentorPeriod.builder()
                                .enrolledAt(T0.plusSeconds(5))
                                .withdrawnAt(T0.plusSeconds(20))
                                .build())
                        .enrolledAt(T0.plusSeconds(15))
                        .build(),
                "program.mentor.enrolled-before-withdrawal",
                "program.mentor.enrolled-before-withdrawal");
        assertThat(overlapping.violations())
                .extracting(Violation::path)
                .containsExactly("earlierPeriods[1].enrolledAt", "enrolledAt");
        assertInvalid(
                () -> PhaseChange.builder()
                        .fromPhase(ProgramPhase.ANALYSIS)
                        .toPhase(ProgramPhase.PREPARATION)
                        .at(T0)
                        .actor(HR.id())
                        .reason("  ")
                        .build(),
                "program.text.blank");
    }

    @Test
    void aBuilderMissingRequiredAttributesThenRejectsEachWithValueRequired() {
        assertThat(assertInvalid(
                                () -> MentoringProgram.builder().build(),
                                "common.value.required",
                                "common.value.required",
                                "common.value.required",
                                "common.value.required",
                                "common.value.required",
                                "common.value.required")
                        .violations())
                .extracting(v -> v.path())
                .containsExactlyInAnyOrder("id", "organizationId", "name", "template", "plannedStart", "plannedEnd");
    }

    // ------------------------------------------------------------------ enums

    @Test
    void enumsAcceptOnlyTheirExactNames() {
        assertThat(ProgramPhase.parse("TRAINING")).isEqualTo(ProgramPhase.TRAINING);
        assertInvalid(() -> ProgramPhase.parse("training"), "program.phase.unknown");
        assertInvalid(() -> ActionStatus.parse("4"), "program.action-status.unknown");
        assertInvalid(() -> SupportKind.parse("MONEY"), "program.support-kind.unknown");
    }

    @Test
    void phasesFollowEachOtherAndOnlyOpenPhasesHaveAPrevious() {
        assertThat(ProgramPhase.PREPARATION.nextPhases()).containsExactly(ProgramPhase.ANALYSIS);
        assertThat(ProgramPhase.EVALUATION.nextPhases()).containsExactly(ProgramPhase.CLOSED, ProgramPhase.EMBEDDING);
        assertThat(ProgramPhase.CLOSED.nextPhases()).isEmpty();
        assertThat(ProgramPhase.PREPARATION.previous()).isEmpty();
        assertThat(ProgramPhase.TRAINING.previous()).contains(ProgramPhase.RECRUITMENT);
        assertThat(ProgramPhase.EMBEDDING.previous()).isEmpty();
        assertThat(ProgramPhase.EMBEDDING.isFinal()).isTrue();
    }

    // ------------------------------------------------------------------ redaction

    @Test
    void notesAndCredosAboutPeopleNeverAppearInToString() {
        MentoringProgram program = aProgramIn(ProgramPhase.TRAINING)
                .holdMentorHrMeeting(meetingId(1), D, List.of(HR), Optional.of("MEETING-SECRET"), HR, T0)
                .andThen(p -> p.writeCredo(mentor(1).id(), "CREDO-SECRET", HR, T0))
                .andThen(p -> p.goBack("x", HR, T0))
                .andThen(p -> p.advance(HR, T0))
                .state();
        MentoringProgram withDay = generated(program)
                .withHrDays(HrDay.builder()
                        .id(hrDayId(1))
                        .date(D)
                        .addParticipants(HR.id())
                        .notes("DAY-SECRET")
                        .build())
                .withCheckpoints(MonitoringCheckpoint.builder()
                        .id(checkpointId(1))
                        .date(D)
                        .reviewed(text("R"))
                        .notes("CHECKPOINT-SECRET")
                        .build());

        assertThat(withDay.toString())
                .doesNotContain("MEETING-SECRET", "CREDO-SECRET", "DAY-SECRET", "CHECKPOINT-SECRET")
                .contains(PROGRAM.toString());
        assertThat(withDay.meetings().get(0).notes()).contains("MEETING-SECRET");
        assertThat(withDay.credo(mentor(1).id()).orElseThrow().text()).isEqualTo("CREDO-SECRET");
    }

    private static MonitoringCheckpoint checkpoint(int n, LocalDate date) {
        return MonitoringCheckpoint.builder()
                .id(checkpointId(n))
                .date(date)
                .reviewed(text("R"))
                .build();
    }

    private static ValidationException invalid(ThrowingCallable command) {
        ValidationException invalid = catchThrowableOfType(ValidationException.class, command);
        assertThat(invalid).as("a ValidationException").isNotNull();
        return invalid;
    }

    @Test
    void queriesGivenNullThenThrowNullPointerNamingTheParameter() {
        MentoringProgram program = aProgramIn(ProgramPhase.IMPLEMENTATION);
        assertThatNullPointerException()
                .isThrownBy(() -> program.actionPlan().item(null))
                .withMessage("id");
        assertThatNullPointerException()
                .isThrownBy(() -> program.sessions().get(0).attendanceOf(null))
                .withMessage("mentorId");
        assertThatNullPointerException()
                .isThrownBy(() -> program.assignments().get(0).isSubmittedBy(null))
                .withMessage("mentorId");
    }
}
