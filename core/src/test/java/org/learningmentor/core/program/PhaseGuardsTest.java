package org.learningmentor.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.learningmentor.core.program.ProgramCommandsTest.assertInvalid;
import static org.learningmentor.core.program.ProgramCommandsTest.assertRefused;
import static org.learningmentor.core.program.ProgramFixtures.DIRECTOR;
import static org.learningmentor.core.program.ProgramFixtures.HR;
import static org.learningmentor.core.program.ProgramFixtures.ORGANIZATION;
import static org.learningmentor.core.program.ProgramFixtures.OUTSIDER;
import static org.learningmentor.core.program.ProgramFixtures.PROGRAM;
import static org.learningmentor.core.program.ProgramFixtures.aGoalWithoutIndicators;
import static org.learningmentor.core.program.ProgramFixtures.aProgram;
import static org.learningmentor.core.program.ProgramFixtures.aProgramIn;
import static org.learningmentor.core.program.ProgramFixtures.days;
import static org.learningmentor.core.program.ProgramFixtures.mentor;
import static org.learningmentor.core.program.ProgramFixtures.sessionId;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.DomainRuleException;
import org.learningmentor.core.common.ValidationException;

/** The readiness checklist of every phase, each guard with its code, and the guarded advance and return. */
class PhaseGuardsTest {

    private static final Instant AT = days(200);

    @Test
    void readinessListsTheGuardsOfEachPhaseInOrderWithBlockingAndAdvisoryApart() {
        Map<ProgramPhase, List<String>> expected = Map.of(
                ProgramPhase.PREPARATION, List.of("sponsor-named!", "coordinator-named!"),
                ProgramPhase.ANALYSIS,
                        List.of(
                                "hr-day-held!",
                                "culture-analysed!",
                                "development-target-chosen!",
                                "baseline-survey-recommended?"),
                ProgramPhase.GOAL_SETTING, List.of("goal-set!", "goal-indicators!"),
                ProgramPhase.RECRUITMENT, List.of("mentors-enrolled!", "sessions-scheduled!", "assignments-given?"),
                ProgramPhase.TRAINING,
                        List.of(
                                "sessions-held!",
                                "attendance-recorded!",
                                "credos-written!",
                                "mentor-hr-meetings-recommended?"),
                ProgramPhase.IMPLEMENTATION, List.of("checkpoint-recorded!"),
                ProgramPhase.EVALUATION, List.of("evaluation-recorded!"),
                ProgramPhase.CLOSED, List.of(),
                ProgramPhase.EMBEDDING, List.of());
        for (ProgramPhase phase : ProgramPhase.values()) {
            Readiness readiness = aProgramIn(phase).readiness();
            assertThat(readiness.phase()).isEqualTo(phase);
            assertThat(readiness.nextPhases()).isEqualTo(phase.nextPhases());
            assertThat(readiness.conditions())
                    .as("%s", phase)
                    .extracting(c -> c.code().substring("program.guard.".length()) + (c.blocking() ? "!" : "?"))
                    .containsExactlyElementsOf(expected.get(phase));
        }
    }

    @Test
    void aFreshProgrammeIsNotReadyAndAdvancingListsEveryUnmetCondition() {
        MentoringProgram program = aProgram();
        assertThat(program.readiness().isReady()).isFalse();

        PhaseAdvanceException refused =
                catchThrowableOfType(PhaseAdvanceException.class, () -> program.advance(HR, AT));

        assertThat(refused.codes()).containsExactly("program.guard.sponsor-named", "program.guard.coordinator-named");
        assertThat(refused.phase()).isEqualTo(ProgramPhase.PREPARATION);
        assertThat(refused.target()).isEqualTo(ProgramPhase.ANALYSIS);
        assertThat(refused.programId()).isEqualTo(PROGRAM);
        assertThat(refused.getMessage())
                .isEqualTo("Programme " + PROGRAM + " cannot advance from PREPARATION to ANALYSIS: a sponsor with the"
                        + " MANAGEMENT role must be named; a coordinator with the HR role must be named");
    }

    @Test
    void analysisWithoutHrDayFindingsOrTargetThenRefusesWithEachButNotTheAdvisorySurvey() {
        PhaseAdvanceException refused = catchThrowableOfType(
                PhaseAdvanceException.class,
                () -> aProgramIn(ProgramPhase.ANALYSIS).advance(HR, AT));
        assertThat(refused.codes())
                .containsExactly(
                        "program.guard.hr-day-held",
                        "program.guard.culture-analysed",
                        "program.guard.development-target-chosen");
    }

    @Test
    void goalSettingWithAGoalWithoutIndicatorThenRefusesWithGoalIndicators() {
        MentoringProgram program = aProgramIn(ProgramPhase.GOAL_SETTING);
        assertThat(catchThrowableOfType(PhaseAdvanceException.class, () -> program.advance(HR, AT))
                        .codes())
                .containsExactly("program.guard.goal-set");

        MentoringProgram withBadGoal = program.setGoal(aGoalWithoutIndicators(), ORGANIZATION, DIRECTOR, AT)
                .state();
        PhaseAdvanceException refused =
                catchThrowableOfType(PhaseAdvanceException.class, () -> withBadGoal.advance(HR, AT));
        assertThat(refused.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("program.guard.goal-indicators");
            assertThat(v.arguments()).containsExactly("1");
        });
    }

    @Test
    void recruitmentWithOneMentorAndNoSessionsThenRefusesWithMentorsAndSessions() {
        MentoringProgram program = aProgramIn(ProgramPhase.RECRUITMENT)
                .enrollMentor(mentor(1), HR, AT)
                .state();
        PhaseAdvanceException refused =
                catchThrowableOfType(PhaseAdvanceException.class, () -> program.advance(HR, AT));
        assertThat(refused.violations())
                .extracting(v -> v.code() + v.arguments())
                .containsExactly("program.guard.mentors-enrolled[2, 1]", "program.guard.sessions-scheduled[3, 0]");
        assertThat(program.readiness().advisories())
                .extracting(ReadinessCondition::code)
                .containsExactly("program.guard.assignments-given");
    }

    @Test
    void trainingWithSessionsNotHeldAttendanceMissingAndNoCredosThenRefusesWithEach() {
        MentoringProgram program = aProgramIn(ProgramPhase.TRAINING, 2)
                .holdSession(sessionId(1), HR, AT)
                .andThen(p -> p.recordAttendance(sessionId(1), mentor(1).id(), true, HR, AT))
                .state();
        PhaseAdvanceException refused =
                catchThrowableOfType(PhaseAdvanceException.class, () -> program.advance(HR, AT));
        assertThat(refused.violations())
                .extracting(v -> v.code() + v.arguments())
                .containsExactly(
                        "program.guard.sessions-held[3, 1]",
                        "program.guard.attendance-recorded[1]",
                        "program.guard.credos-written[2]");
    }

    @Test
    void trainingWhenAMentorWithdrawsThenTheirAttendanceAndCredoAreNoLongerRequired() {
        MentoringProgram program = aProgramIn(ProgramPhase.IMPLEMENTATION, 3);
        assertThat(program.readiness().conditions()).hasSize(1);
        MentoringProgram back = program.goBack("A new mentor joins", HR, AT)
                .andThen(p -> p.enrollMentor(mentor(4), HR, AT))
                .state();
        assertThat(back.readiness().unmet())
                .extracting(ReadinessCondition::code)
                .containsExactly("program.guard.attendance-recorded", "program.guard.credos-written");
        assertThat(back.withdrawMentor(mentor(4).id(), HR, AT)
                        .state()
                        .readiness()
                        .isReady())
                .isTrue();
    }

    @Test
    void implementationWithoutCheckpointAndEvaluationWithoutEvaluationThenRefuseWithTheirCodes() {
        assertThat(catchThrowableOfType(
                                PhaseAdvanceException.class,
                                () -> aProgramIn(ProgramPhase.IMPLEMENTATION).advance(HR, AT))
                        .codes())
                .containsExactly("program.guard.checkpoint-recorded");
        assertThat(catchThrowableOfType(
                                PhaseAdvanceException.class,
                                () -> aProgramIn(ProgramPhase.EVALUATION).advance(HR, AT))
                        .codes())
                .containsExactly("program.guard.evaluation-recorded");
    }

    @Test
    void advanceWhenReadyThenMovesToTheNextPhaseAndEmitsPhaseAdvanced() {
        Change<MentoringProgram> change = aProgram()
                .nameSponsor(DIRECTOR, HR, AT)
                .andThen(p -> p.nameCoordinator(HR, HR, AT))
                .andThen(p -> p.advance(DIRECTOR, AT));
        assertThat(change.state().phase()).isEqualTo(ProgramPhase.ANALYSIS);
        assertThat(change.state().phaseHistory())
                .containsExactly(PhaseChange.builder()
                        .fromPhase(ProgramPhase.PREPARATION)
                        .toPhase(ProgramPhase.ANALYSIS)
                        .at(AT)
                        .actor(DIRECTOR.id())
                        .build());
        assertThat(change.events().get(2)).isInstanceOfSatisfying(PhaseAdvanced.class, e -> {
            assertThat(e.fromPhase()).isEqualTo(ProgramPhase.PREPARATION);
            assertThat(e.toPhase()).isEqualTo(ProgramPhase.ANALYSIS);
            assertThat(e.actor()).isEqualTo(DIRECTOR.id());
        });
    }

    @Test
    void evaluationAdvancesToClosedByDefaultOrToEmbeddingOnRequest() {
        assertThat(aProgramIn(ProgramPhase.CLOSED).phase()).isEqualTo(ProgramPhase.CLOSED);
        assertThat(aProgramIn(ProgramPhase.EMBEDDING).phase()).isEqualTo(ProgramPhase.EMBEDDING);
    }

    @Test
    void advanceToAPhaseThatDoesNotFollowThenRefusesWithNotNext() {
        assertRefused(
                () -> aProgramIn(ProgramPhase.ANALYSIS).advanceTo(ProgramPhase.TRAINING, HR, AT),
                "program.phase.not-next");
        assertRefused(() -> aProgram().advanceTo(ProgramPhase.PREPARATION, HR, AT), "program.phase.not-next");
    }

    @ParameterizedTest
    @EnumSource(
            value = ProgramPhase.class,
            names = {"CLOSED", "EMBEDDING"})
    void aProgrammeThatEndedCannotAdvanceNorGoBack(ProgramPhase phase) {
        MentoringProgram ended = aProgramIn(phase);
        assertThat(ended.readiness().isReady()).isFalse();
        assertRefused(() -> ended.advance(HR, AT), "program.phase.closed");
        assertRefused(() -> ended.goBack("Reopen", HR, AT), "program.phase.closed");
    }

    @Test
    void advanceByAnOutsiderThenRefusesWithOtherOrganization() {
        assertRefused(
                () -> aProgramIn(ProgramPhase.EVALUATION).advance(OUTSIDER, AT), "program.person.other-organization");
    }

    @Test
    void goBackThenReturnsToThePreviousPhaseWithTheReasonRecorded() {
        Change<MentoringProgram> change =
                aProgramIn(ProgramPhase.TRAINING).goBack("Two mentors withdrew; we recruit more", HR, AT);
        assertThat(change.state().phase()).isEqualTo(ProgramPhase.RECRUITMENT);
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(PhaseReverted.class, e -> {
            assertThat(e.fromPhase()).isEqualTo(ProgramPhase.TRAINING);
            assertThat(e.toPhase()).isEqualTo(ProgramPhase.RECRUITMENT);
            // The reason may be about people: it stays in the programme, out of the event.
            assertThat(e.toString()).doesNotContain("withdrew");
        });
        PhaseChange last =
                change.state().phaseHistory().get(change.state().phaseHistory().size() - 1);
        assertThat(last.fromPhase()).isEqualTo(ProgramPhase.TRAINING);
        assertThat(last.toPhase()).isEqualTo(ProgramPhase.RECRUITMENT);
        assertThat(last.actor()).isEqualTo(HR.id());
        assertThat(last.at()).isEqualTo(AT);
        assertThat(last.reason()).contains("Two mentors withdrew; we recruit more");
        assertThat(last.toString()).doesNotContain("withdrew");
        assertThat(change.state().phaseHistory()).hasSize(5);
        assertThat(change.state().sessions()).hasSize(3);
    }

    @Test
    void goBackFromPreparationThenRefusesWithNoPrevious() {
        assertRefused(() -> aProgram().goBack("Why not", HR, AT), "program.phase.no-previous");
    }

    @Test
    void goBackWithoutAReasonThenRejectsWithTextBlank() {
        ValidationException invalid =
                assertInvalid(() -> aProgramIn(ProgramPhase.ANALYSIS).goBack(" ", HR, AT), "program.text.blank");
        assertThat(invalid.violations().get(0).path()).isEqualTo("reason");
        assertInvalid(
                () -> aProgramIn(ProgramPhase.ANALYSIS).goBack("x".repeat(10_001), HR, AT), "common.text.too-long");
    }

    @Test
    void conditionsSpeakFinnishSwedishAndEnglish() {
        ReadinessCondition mentors =
                aProgramIn(ProgramPhase.RECRUITMENT).readiness().conditions().get(0);
        Map<String, String> messages = List.of("en", "fi", "sv").stream()
                .collect(Collectors.toMap(tag -> tag, tag -> mentors.message(Locale.forLanguageTag(tag))));
        assertThat(messages)
                .containsEntry("en", "at least 2 mentors must be enrolled, now 0")
                .containsEntry("fi", "mentoreita on oltava vähintään 2, nyt 0")
                .containsEntry("sv", "minst 2 mentorer måste vara anmälda, nu 0");
        assertThat(mentors.message(Locale.GERMAN)).isEqualTo(messages.get("en"));
    }

    @Test
    void refusalsAreSerializableWithTheirCodes() throws Exception {
        PhaseAdvanceException advance = catchThrowableOfType(
                PhaseAdvanceException.class, () -> aProgram().advance(HR, AT));
        ProgramRuleException rule = catchThrowableOfType(
                ProgramRuleException.class, () -> aProgram().goBack("x", HR, AT));
        for (DomainRuleException refusal : List.of(advance, rule)) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
                out.writeObject(refusal);
            }
            try (java.io.ObjectInputStream in =
                    new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
                DomainRuleException back = (DomainRuleException) in.readObject();
                assertThat(back.codes()).isEqualTo(refusal.codes());
                assertThat(back.getMessage()).isEqualTo(refusal.getMessage());
            }
        }
        assertThat(rule.codes()).containsExactly("program.phase.no-previous");
    }
}
