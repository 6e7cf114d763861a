package org.learningmentor.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.learningmentor.core.program.ProgramFixtures.AGENCY;
import static org.learningmentor.core.program.ProgramFixtures.ARCHIVES;
import static org.learningmentor.core.program.ProgramFixtures.DIRECTOR;
import static org.learningmentor.core.program.ProgramFixtures.EMPLOYEE;
import static org.learningmentor.core.program.ProgramFixtures.END;
import static org.learningmentor.core.program.ProgramFixtures.FINANCE;
import static org.learningmentor.core.program.ProgramFixtures.HR;
import static org.learningmentor.core.program.ProgramFixtures.LEGAL;
import static org.learningmentor.core.program.ProgramFixtures.ORGANIZATION;
import static org.learningmentor.core.program.ProgramFixtures.OTHER_AGENCY;
import static org.learningmentor.core.program.ProgramFixtures.OTHER_ORGANIZATION;
import static org.learningmentor.core.program.ProgramFixtures.OTHER_UNIT;
import static org.learningmentor.core.program.ProgramFixtures.OUTSIDER;
import static org.learningmentor.core.program.ProgramFixtures.OUTSIDE_MENTOR;
import static org.learningmentor.core.program.ProgramFixtures.PROGRAM;
import static org.learningmentor.core.program.ProgramFixtures.SERVICES;
import static org.learningmentor.core.program.ProgramFixtures.SESSION_1;
import static org.learningmentor.core.program.ProgramFixtures.SESSION_2;
import static org.learningmentor.core.program.ProgramFixtures.SESSION_3;
import static org.learningmentor.core.program.ProgramFixtures.SPECIALIST;
import static org.learningmentor.core.program.ProgramFixtures.START;
import static org.learningmentor.core.program.ProgramFixtures.aGoal;
import static org.learningmentor.core.program.ProgramFixtures.aProgram;
import static org.learningmentor.core.program.ProgramFixtures.aProgramIn;
import static org.learningmentor.core.program.ProgramFixtures.aTarget;
import static org.learningmentor.core.program.ProgramFixtures.aUnitGoal;
import static org.learningmentor.core.program.ProgramFixtures.aWholeAgencyProgramIn;
import static org.learningmentor.core.program.ProgramFixtures.actionItemId;
import static org.learningmentor.core.program.ProgramFixtures.assignmentId;
import static org.learningmentor.core.program.ProgramFixtures.checkpointId;
import static org.learningmentor.core.program.ProgramFixtures.days;
import static org.learningmentor.core.program.ProgramFixtures.hrDayId;
import static org.learningmentor.core.program.ProgramFixtures.meetingId;
import static org.learningmentor.core.program.ProgramFixtures.mentor;
import static org.learningmentor.core.program.ProgramFixtures.sessionId;
import static org.learningmentor.core.program.ProgramFixtures.supportId;
import static org.learningmentor.core.program.ProgramFixtures.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.goal.ProgramGoal;

/** Every command of the programme: what it does, the one event it emits, and every rule that refuses it. */
class ProgramCommandsTest {

    private static final Instant AT = days(40);
    private static final LocalDate IN_MAY = LocalDate.of(2026, 5, 20);

    // ------------------------------------------------------------------ create

    @Test
    void createThenStartsInPreparationAndEmitsProgramCreated() {
        Change<MentoringProgram> change = MentoringProgram.create(
                PROGRAM, ORGANIZATION, text("Mentoring"), ProgramTemplate.standard(), START, END, List.of(), HR, AT);

        assertThat(change.state().phase()).isEqualTo(ProgramPhase.PREPARATION);
        assertThat(change.state().version()).isZero();
        assertThat(change.events())
                .containsExactly(ProgramCreated.builder()
                        .organizationId(AGENCY)
                        .actor(HR.id())
                        .occurredAt(AT)
                        .programId(PROGRAM)
                        .name(text("Mentoring"))
                        .templateCode("oppimismentorointi")
                        .plannedStart(START)
                        .plannedEnd(END)
                        .build());
    }

    @Test
    void createByAPersonOfAnotherOrganizationThenRefusesWithOtherOrganization() {
        ProgramRuleException refused = assertRefused(
                () -> MentoringProgram.create(
                        PROGRAM,
                        ORGANIZATION,
                        text("M"),
                        ProgramTemplate.standard(),
                        START,
                        END,
                        List.of(),
                        OUTSIDER,
                        AT),
                "program.person.other-organization");
        assertThat(refused.violations().get(0).path()).isEqualTo("actor");
        assertThat(refused.programId()).isEqualTo(PROGRAM);
    }

    @Test
    void createWhenTheEndIsBeforeTheStartThenRejectsWithEndBeforeStart() {
        assertInvalid(
                () -> MentoringProgram.create(
                        PROGRAM, ORGANIZATION, text("M"), ProgramTemplate.standard(), END, START, List.of(), HR, AT),
                "program.dates.end-before-start");
    }

    @Test
    void createWithUnitsOfAnotherOrganizationOrUnknownThenRefusesWithUnitUnknown() {
        ProgramRuleException refused = assertRefused(
                () -> MentoringProgram.create(
                        PROGRAM,
                        ORGANIZATION,
                        text("M"),
                        ProgramTemplate.standard(),
                        START,
                        END,
                        List.of(FINANCE, OTHER_UNIT),
                        HR,
                        AT),
                "program.unit.unknown");
        assertThat(refused.violations().get(0).path()).isEqualTo("unitIds[1]");
        assertThat(refused.violations().get(0).arguments()).containsExactly(OTHER_UNIT.toString());
    }

    @Test
    void createWithAClosedUnitThenRefusesWithUnitClosed() {
        ProgramRuleException refused = assertRefused(
                () -> MentoringProgram.create(
                        PROGRAM,
                        ORGANIZATION,
                        text("M"),
                        ProgramTemplate.standard(),
                        START,
                        END,
                        List.of(ARCHIVES),
                        HR,
                        AT),
                "program.unit.closed");
        assertThat(refused.violations().get(0).path()).isEqualTo("unitIds[0]");
    }

    @Test
    void createWithAUnitTwiceThenRejectsWithUnitDuplicate() {
        ValidationException invalid = assertInvalid(
                () -> MentoringProgram.create(
                        PROGRAM,
                        ORGANIZATION,
                        text("M"),
                        ProgramTemplate.standard(),
                        START,
                        END,
                        List.of(FINANCE, SERVICES, FINANCE),
                        HR,
                        AT),
                "program.unit.duplicate");
        assertThat(invalid.violations().get(0).path()).isEqualTo("unitIds[2]");
    }

    @Test
    void createForTheOtherOrganizationByOurHrThenRefusesWithOtherOrganization() {
        Change<MentoringProgram> created = MentoringProgram.create(
                PROGRAM,
                OTHER_ORGANIZATION,
                text("M"),
                ProgramTemplate.standard(),
                START,
                END,
                List.of(),
                OUTSIDER,
                AT);
        assertThat(created.state().organizationId()).isEqualTo(OTHER_AGENCY);
        assertRefused(
                () -> MentoringProgram.create(
                        PROGRAM,
                        OTHER_ORGANIZATION,
                        text("M"),
                        ProgramTemplate.standard(),
                        START,
                        END,
                        List.of(OTHER_UNIT),
                        HR,
                        AT),
                "program.person.other-organization");
    }

    // ------------------------------------------------------------------ sponsor and coordinator

    @Test
    void nameSponsorThenRecordsTheSponsorAndEmitsSponsorNamed() {
        Change<MentoringProgram> change = aProgram().nameSponsor(DIRECTOR, HR, AT);

        assertThat(change.state().sponsorId()).contains(DIRECTOR.id());
        assertThat(single(change, SponsorNamed.class)).satisfies(e -> {
            assertThat(e.sponsorId()).isEqualTo(DIRECTOR.id());
            assertThat(e.previousSponsorId()).isEmpty();
            assertThat(e.actor()).isEqualTo(HR.id());
        });
    }

    @Test
    void nameSponsorWithoutManagementThenRefusesWithNotManagement() {
        assertRefused(() -> aProgram().nameSponsor(EMPLOYEE, HR, AT), "program.sponsor.not-management");
    }

    @Test
    void nameSponsorOfAnotherOrganizationThenRefusesWithOtherOrganization() {
        ProgramRuleException refused =
                assertRefused(() -> aProgram().nameSponsor(OUTSIDER, HR, AT), "program.person.other-organization");
        assertThat(refused.violations().get(0).path()).isEqualTo("sponsor");
        // The other tenant's id is not revealed, in the arguments or in any language's message.
        assertThat(refused.violations().get(0).arguments())
                .containsExactly(OUTSIDER.id().toString());
        assertThat(refused.getMessage()).doesNotContain(OTHER_AGENCY.toString());
        for (Language language : Language.values()) {
            assertThat(refused.violations().get(0).message(language.toLocale()))
                    .contains(OUTSIDER.id().toString())
                    .doesNotContain(OTHER_AGENCY.toString());
        }
    }

    @Test
    void nameSponsorWhoIsTheSponsorAlreadyThenRefusesAsUnchanged() {
        MentoringProgram sponsored = aProgram().nameSponsor(DIRECTOR, HR, AT).state();
        assertRefused(() -> sponsored.nameSponsor(DIRECTOR, HR, AT), "program.unchanged");
    }

    @Test
    void nameCoordinatorThenEmitsCoordinatorNamed() {
        Change<MentoringProgram> change = aProgram().nameCoordinator(HR, DIRECTOR, AT);
        assertThat(change.state().coordinatorId()).contains(HR.id());
        assertThat(single(change, CoordinatorNamed.class).coordinatorId()).isEqualTo(HR.id());
    }

    @Test
    void nameCoordinatorWithoutHrThenRefusesWithNotHr() {
        assertRefused(() -> aProgram().nameCoordinator(SPECIALIST, HR, AT), "program.coordinator.not-hr");
    }

    @Test
    void anyCommandByAnActorOfAnotherOrganizationThenRefusesWithOtherOrganization() {
        ProgramRuleException refused = assertRefused(
                () -> aProgram().nameSponsor(DIRECTOR, OUTSIDER, AT), "program.person.other-organization");
        assertThat(refused.violations().get(0).path()).isEqualTo("actor");
    }

    @Test
    void aCommandWhenSeveralRulesAreBrokenThenListsEachOneAndNamesTheProgramme() {
        MentoringProgram closed = aProgramIn(ProgramPhase.CLOSED);
        ProgramRuleException refused = assertRefused(
                () -> closed.nameSponsor(OUTSIDER, OUTSIDER, AT),
                "program.person.other-organization",
                "program.phase.closed",
                "program.person.other-organization");
        assertThat(refused.getMessage())
                .startsWith("Programme " + PROGRAM + " cannot name the sponsor " + OUTSIDER.id() + ": ")
                .contains("the programme has ended (phase CLOSED)");
    }

    // ------------------------------------------------------------------ analysis

    @Test
    void holdHrDayThenAppendsItAndEmitsHrDayHeldWithoutTheNotes() {
        MentoringProgram analysis = aProgramIn(ProgramPhase.ANALYSIS);
        Change<MentoringProgram> change = analysis.holdHrDay(
                hrDayId(9), LocalDate.of(2026, 2, 11), List.of(HR, SPECIALIST), Optional.of("Notes"), HR, AT);

        assertThat(change.state().hrDays()).hasSize(1);
        assertThat(change.state().hrDays().get(0).notes()).contains("Notes");
        HrDayHeld event = single(change, HrDayHeld.class);
        assertThat(event.participants()).containsExactly(HR.id(), SPECIALIST.id());
        assertThat(event.toString()).doesNotContain("Notes");
    }

    @Test
    void holdHrDayInPreparationThenRefusesWithPhaseWrong() {
        ProgramRuleException refused = assertRefused(
                () -> aProgram().holdHrDay(hrDayId(9), START, List.of(HR), Optional.empty(), HR, AT),
                "program.phase.wrong");
        assertThat(refused.violations().get(0).arguments()).containsExactly("PREPARATION", "[ANALYSIS, GOAL_SETTING]");
    }

    @Test
    void holdHrDayOutsideTheProgrammeWithAnOutsiderAndATakenIdThenListsEachRule() {
        MentoringProgram analysed = aProgramIn(ProgramPhase.GOAL_SETTING);
        assertRefused(
                () -> analysed.holdHrDay(
                        hrDayId(1), LocalDate.of(2027, 1, 1), List.of(HR, OUTSIDER), Optional.empty(), HR, AT),
                "program.id.duplicate",
                "program.date.outside-programme",
                "program.person.other-organization");
    }

    @Test
    void holdHrDayWithoutParticipantsOrWithBlankNotesThenRejectsTheData() {
        MentoringProgram analysis = aProgramIn(ProgramPhase.ANALYSIS);
        assertInvalid(
                () -> analysis.holdHrDay(hrDayId(9), START, List.of(), Optional.of(" "), HR, AT),
                "program.people.empty",
                "program.text.blank");
    }

    @Test
    void recordCultureAnalysisThenKeepsTheTargetsAndEmitsCultureAnalysed() {
        MentoringProgram analysis = aProgramIn(ProgramPhase.ANALYSIS)
                .chooseDevelopmentTarget(aTarget(), HR, AT)
                .state();
        Change<MentoringProgram> change =
                analysis.recordCultureAnalysis(List.of(text("Silos")), Optional.of(START), HR, AT);

        assertThat(change.state().cultureAnalysis().findings()).containsExactly(text("Silos"));
        assertThat(change.state().cultureAnalysis().targets()).containsExactly(aTarget());
        assertThat(single(change, CultureAnalysed.class).baselineSurveyOn()).contains(START);
        assertRefused(
                () -> change.state().recordCultureAnalysis(List.of(text("Silos")), Optional.of(START), HR, AT),
                "program.unchanged");
    }

    @Test
    void recordCultureAnalysisWithoutFindingsThenRejectsWithFindingsEmpty() {
        assertInvalid(
                () -> aProgramIn(ProgramPhase.ANALYSIS).recordCultureAnalysis(List.of(), Optional.empty(), HR, AT),
                "program.findings.empty");
    }

    @Test
    void chooseDevelopmentTargetTwiceThenRefusesWithIdDuplicate() {
        MentoringProgram chosen = aProgramIn(ProgramPhase.ANALYSIS)
                .chooseDevelopmentTarget(aTarget(), HR, AT)
                .state();
        assertThat(chosen.cultureAnalysis().targets()).containsExactly(aTarget());
        assertRefused(() -> chosen.chooseDevelopmentTarget(aTarget(), HR, AT), "program.id.duplicate");
    }

    // ------------------------------------------------------------------ goals

    @Test
    void setGoalForAUnitNotInTheProgrammeThenRefusesWithUnitNotParticipating() {
        ProgramRuleException refused = assertRefused(
                () -> aProgramIn(ProgramPhase.GOAL_SETTING).setGoal(aUnitGoal(LEGAL), ORGANIZATION, DIRECTOR, AT),
                "program.unit.not-participating");
        assertThat(refused.violations().get(0).path()).isEqualTo("goal.unitId");
        assertThat(aProgramIn(ProgramPhase.GOAL_SETTING)
                        .setGoal(aUnitGoal(SERVICES), ORGANIZATION, DIRECTOR, AT)
                        .state()
                        .goals())
                .containsExactly(aUnitGoal(SERVICES));
    }

    @Test
    void setGoalForAUnitOutsideTheOrganizationThenRefusesWithUnitUnknownOrClosed() {
        MentoringProgram open = aWholeAgencyProgramIn(ProgramPhase.GOAL_SETTING);
        assertThat(open.unitIds()).isEmpty();
        assertRefused(() -> open.setGoal(aUnitGoal(OTHER_UNIT), ORGANIZATION, DIRECTOR, AT), "program.unit.unknown");
        assertRefused(() -> open.setGoal(aUnitGoal(ARCHIVES), ORGANIZATION, DIRECTOR, AT), "program.unit.closed");
        assertThat(open.setGoal(aUnitGoal(LEGAL), ORGANIZATION, DIRECTOR, AT)
                        .state()
                        .goals())
                .containsExactly(aUnitGoal(LEGAL));
    }

    @Test
    void setGoalWithAnotherOrganizationThenRefusesWithOrganizationOther() {
        ProgramRuleException refused = assertRefused(
                () -> aProgramIn(ProgramPhase.GOAL_SETTING).setGoal(aGoal(), OTHER_ORGANIZATION, DIRECTOR, AT),
                "program.organization.other");
        assertThat(refused.violations().get(0).path()).isEqualTo("organization");
    }

    @Test
    void setGoalByManagementThenAddsItAndEmitsGoalSet() {
        Change<MentoringProgram> change =
                aProgramIn(ProgramPhase.GOAL_SETTING).setGoal(aGoal(), ORGANIZATION, DIRECTOR, AT);
        assertThat(change.state().goals()).containsExactly(aGoal());
        assertThat(single(change, GoalSet.class).goal()).isEqualTo(aGoal());
        assertThat(change.events().get(0).actor()).isEqualTo(DIRECTOR.id());
    }

    @Test
    void setGoalBySomeoneWithoutManagementThenRefusesWithGoalNotManagement() {
        ProgramRuleException refused = assertRefused(
                () -> aProgramIn(ProgramPhase.GOAL_SETTING).setGoal(aGoal(), ORGANIZATION, HR, AT),
                "program.goal.not-management");
        assertThat(refused.violations().get(0).arguments())
                .containsExactly(HR.id().toString());
    }

    @Test
    void setGoalWithTheSameIdThenRevisesItInPlaceAndRefusesTheSameGoalAsUnchanged() {
        MentoringProgram set = aProgramIn(ProgramPhase.GOAL_SETTING)
                .setGoal(aGoal(), ORGANIZATION, DIRECTOR, AT)
                .state();
        ProgramGoal revised = ProgramGoal.builder()
                .id(aGoal().id())
                .title(text("Learning together"))
                .level(aGoal().level())
                .addAllIndicators(aGoal().indicators())
                .build();
        assertThat(set.setGoal(revised, ORGANIZATION, DIRECTOR, AT).state().goals())
                .containsExactly(revised);
        assertRefused(() -> set.setGoal(aGoal(), ORGANIZATION, DIRECTOR, AT), "program.unchanged");
    }

    @Test
    void setGoalOutsideGoalSettingThenRefusesWithPhaseWrong() {
        assertRefused(
                () -> aProgramIn(ProgramPhase.RECRUITMENT)
                        .setGoal(ProgramFixtures.aGoalWithoutIndicators(), ORGANIZATION, DIRECTOR, AT),
                "program.phase.wrong");
    }

    // ------------------------------------------------------------------ recruitment

    @Test
    void enrollMentorThenAddsAnActiveMentorAndEmitsMentorEnrolled() {
        Change<MentoringProgram> change = aProgramIn(ProgramPhase.RECRUITMENT).enrollMentor(mentor(1), HR, AT);
        assertThat(change.state().activeMentors()).containsExactly(mentor(1).id());
        assertThat(change.state().mentor(mentor(1).id()).orElseThrow().enrolledAt())
                .isEqualTo(AT);
        assertThat(single(change, MentorEnrolled.class).mentorId())
                .isEqualTo(mentor(1).id());
    }

    @Test
    void enrollMentorWithoutConsentThenRefusesWithNoConsent() {
        assertRefused(
                () -> aProgramIn(ProgramPhase.RECRUITMENT).enrollMentor(EMPLOYEE, HR, AT), "program.mentor.no-consent");
    }

    @Test
    void enrollMentorOfAnotherOrganizationThenRefusesWithOtherOrganization() {
        assertRefused(
                () -> aProgramIn(ProgramPhase.RECRUITMENT).enrollMentor(OUTSIDE_MENTOR, HR, AT),
                "program.person.other-organization");
    }

    @Test
    void enrollMentorTwiceThenRefusesWithAlreadyEnrolled() {
        MentoringProgram enrolled = aProgramIn(ProgramPhase.RECRUITMENT)
                .enrollMentor(mentor(1), HR, AT)
                .state();
        assertRefused(() -> enrolled.enrollMentor(mentor(1), HR, AT), "program.mentor.already-enrolled");
    }

    @Test
    void enrollMentorBeforeRecruitmentThenRefusesWithPhaseWrong() {
        assertRefused(
                () -> aProgramIn(ProgramPhase.GOAL_SETTING).enrollMentor(mentor(1), HR, AT), "program.phase.wrong");
    }

    @Test
    void withdrawMentorThenKeepsTheRecordAndAMentorMayReturn() {
        MentoringProgram enrolled = aProgramIn(ProgramPhase.RECRUITMENT)
                .enrollMentor(mentor(1), HR, AT)
                .state();
        Change<MentoringProgram> withdrawn = enrolled.withdrawMentor(mentor(1).id(), HR, days(41));

        assertThat(withdrawn.state().activeMentors()).isEmpty();
        assertThat(withdrawn.state().mentor(mentor(1).id()).orElseThrow().withdrawnAt())
                .contains(days(41));
        assertThat(single(withdrawn, MentorWithdrawn.class).mentorId())
                .isEqualTo(mentor(1).id());
        assertRefused(
                () -> withdrawn.state().withdrawMentor(mentor(1).id(), HR, days(42)), "program.mentor.not-enrolled");
        assertThat(withdrawn
                        .state()
                        .enrollMentor(mentor(1), HR, days(43))
                        .state()
                        .activeMentors())
                .containsExactly(mentor(1).id());
    }

    @Test
    void withdrawMentorBeforeTheEnrolmentThenRefusesWithWithdrawnBeforeEnrolled() {
        MentoringProgram enrolled = aProgramIn(ProgramPhase.RECRUITMENT)
                .enrollMentor(mentor(1), HR, AT)
                .state();
        assertRefused(
                () -> enrolled.withdrawMentor(mentor(1).id(), HR, days(39)),
                "program.mentor.withdrawn-before-enrolled");
    }

    @Test
    void enrollMentorAgainAfterWithdrawingThenKeepsTheEarlierPeriod() {
        MentoringProgram returned = aProgramIn(ProgramPhase.RECRUITMENT)
                .enrollMentor(mentor(1), HR, AT)
                .andThen(p -> p.withdrawMentor(mentor(1).id(), HR, days(41)))
                .andThen(p -> p.enrollMentor(mentor(1), HR, days(43)))
                .andThen(p -> p.withdrawMentor(mentor(1).id(), HR, days(44)))
                .andThen(p -> p.enrollMentor(mentor(1), HR, days(44)))
                .state();

        ProgramMentor record = returned.mentor(mentor(1).id()).orElseThrow();
        assertThat(returned.mentors()).hasSize(1);
        assertThat(record.isActive()).isTrue();
        assertThat(record.enrolledAt()).isEqualTo(days(44));
        assertThat(record.withdrawnAt()).isEmpty();
        assertThat(record.earlierPeriods())
                .containsExactly(
                        MentorPeriod.builder()
                                .enrolledAt(AT)
                                .withdrawnAt(days(41))
                                .build(),
                        MentorPeriod.builder()
                                .enrolledAt(days(43))
                                .withdrawnAt(days(44))
                                .build());
    }

    @Test
    void enrollMentorAgainBeforeTheLastWithdrawalThenRefusesWithEnrolledBeforeWithdrawal() {
        MentoringProgram withdrawn = aProgramIn(ProgramPhase.RECRUITMENT)
                .enrollMentor(mentor(1), HR, AT)
                .andThen(p -> p.withdrawMentor(mentor(1).id(), HR, days(41)))
                .state();
        ProgramRuleException refused = assertRefused(
                () -> withdrawn.enrollMentor(mentor(1), HR, days(41).minusSeconds(1)),
                "program.mentor.enrolled-before-withdrawal");
        assertThat(refused.violations().get(0).path()).isEqualTo("at");
        assertThat(refused.violations().get(0).arguments())
                .containsExactly(days(41).minusSeconds(1).toString(), days(41).toString());
    }

    // ------------------------------------------------------------------ sessions

    @Test
    void scheduleSessionThenNumbersItAndTitlesItFromTheTemplate() {
        Change<MentoringProgram> change =
                aProgramIn(ProgramPhase.RECRUITMENT).scheduleSession(sessionId(1), SESSION_1, HR, AT);

        TrainingSession session = change.state().sessions().get(0);
        assertThat(session.ordinal()).isEqualTo(1);
        assertThat(session.topic())
                .isEqualTo(ProgramTemplate.standard().sessionTitles().get(0));
        assertThat(session.held()).isFalse();
        assertThat(single(change, SessionScheduled.class).date()).isEqualTo(SESSION_1);
    }

    @Test
    void scheduleSessionNotAfterThePreviousOneThenRefusesWithDateNotAfterPrevious() {
        MentoringProgram one = aProgramIn(ProgramPhase.RECRUITMENT)
                .scheduleSession(sessionId(1), SESSION_2, HR, AT)
                .state();
        ProgramRuleException refused = assertRefused(
                () -> one.scheduleSession(sessionId(2), SESSION_1, HR, AT), "program.session.date-not-after-previous");
        assertThat(refused.violations().get(0).path()).isEqualTo("date");
        assertRefused(
                () -> one.scheduleSession(sessionId(2), SESSION_2, HR, AT), "program.session.date-not-after-previous");
    }

    @Test
    void scheduleSessionBeyondTheTemplateOrOutsideTheProgrammeThenListsEachRule() {
        MentoringProgram training = aProgramIn(ProgramPhase.TRAINING);
        assertRefused(
                () -> training.scheduleSession(sessionId(1), LocalDate.of(2027, 1, 1), HR, AT),
                "program.id.duplicate",
                "program.session.too-many",
                "program.date.outside-programme");
    }

    @Test
    void holdSessionThenMarksItHeldAndEmitsSessionHeld() {
        Change<MentoringProgram> change = aProgramIn(ProgramPhase.TRAINING).holdSession(sessionId(1), HR, AT);
        assertThat(change.state().session(sessionId(1)).orElseThrow().held()).isTrue();
        assertThat(single(change, SessionHeld.class).ordinal()).isEqualTo(1);
    }

    @Test
    void holdSessionOutOfOrderTwiceOrUnknownThenRefusesWithItsCode() {
        MentoringProgram training = aProgramIn(ProgramPhase.TRAINING);
        assertRefused(() -> training.holdSession(sessionId(2), HR, AT), "program.session.previous-not-held");
        MentoringProgram held = training.holdSession(sessionId(1), HR, AT).state();
        assertRefused(() -> held.holdSession(sessionId(1), HR, AT), "program.session.already-held");
        assertRefused(() -> held.holdSession(sessionId(9), HR, AT), "program.record.unknown");
        assertRefused(
                () -> aProgramIn(ProgramPhase.RECRUITMENT).holdSession(sessionId(1), HR, AT),
                "program.phase.wrong",
                "program.record.unknown");
    }

    // ------------------------------------------------------------------ attendance

    @Test
    void recordAttendanceThenRecordsItAndACorrectionReplacesIt() {
        MentoringProgram held = aProgramIn(ProgramPhase.TRAINING)
                .holdSession(sessionId(1), HR, AT)
                .state();
        Change<MentoringProgram> present =
                held.recordAttendance(sessionId(1), mentor(1).id(), true, HR, AT);
        Change<MentoringProgram> corrected =
                present.state().recordAttendance(sessionId(1), mentor(1).id(), false, HR, AT);

        assertThat(single(present, AttendanceRecorded.class).present()).isTrue();
        assertThat(corrected.state().session(sessionId(1)).orElseThrow().attendance())
                .containsExactly(Attendance.of(mentor(1).id(), false));
        assertRefused(
                () -> corrected.state().recordAttendance(sessionId(1), mentor(1).id(), false, HR, AT),
                "program.unchanged");
    }

    @Test
    void recordAttendanceForSomeoneNotEnrolledAsAMentorThenRefusesWithNotEnrolled() {
        MentoringProgram held = aProgramIn(ProgramPhase.TRAINING)
                .holdSession(sessionId(1), HR, AT)
                .state();
        ProgramRuleException refused = assertRefused(
                () -> held.recordAttendance(sessionId(1), EMPLOYEE.id(), true, HR, AT), "program.mentor.not-enrolled");
        assertThat(refused.violations().get(0).path()).isEqualTo("mentorId");
        assertThat(refused.getMessage()).contains("is not enrolled as a mentor of the programme");
    }

    @Test
    void recordAttendancePresentAtASessionHeldBeforeTheMentorEnrolledThenRefusesWithNotEnrolledThen() {
        // Session 1 is on 14 April 2026; mentor 4 enrols on 24 April.
        MentoringProgram late = aProgramIn(ProgramPhase.TRAINING)
                .holdSession(sessionId(1), HR, days(71))
                .andThen(p -> p.enrollMentor(mentor(4), HR, days(81)))
                .state();
        ProgramRuleException refused = assertRefused(
                () -> late.recordAttendance(sessionId(1), mentor(4).id(), true, HR, days(82)),
                "program.attendance.not-enrolled-then");
        assertThat(refused.violations().get(0).path()).isEqualTo("present");
        assertThat(refused.violations().get(0).arguments())
                .containsExactly(mentor(4).id().toString(), SESSION_1.toString());
        // Absent is true, and a mentor enrolled on the session's day may be present.
        assertThat(late.recordAttendance(sessionId(1), mentor(4).id(), false, HR, days(82))
                        .state()
                        .session(sessionId(1))
                        .orElseThrow()
                        .attendanceOf(mentor(4).id()))
                .contains(Attendance.of(mentor(4).id(), false));
        assertThat(aProgramIn(ProgramPhase.TRAINING)
                        .holdSession(sessionId(1), HR, days(71))
                        .andThen(p -> p.enrollMentor(mentor(4), HR, days(71)))
                        .andThen(p -> p.recordAttendance(sessionId(1), mentor(4).id(), true, HR, days(72)))
                        .state()
                        .session(sessionId(1))
                        .orElseThrow()
                        .attendanceOf(mentor(4).id()))
                .contains(Attendance.of(mentor(4).id(), true));
    }

    @Test
    void recordAttendancePresentAtASessionHeldWhileTheMentorHadWithdrawnThenRefusesWithNotEnrolledThen() {
        MentoringProgram returned = aProgramIn(ProgramPhase.TRAINING, 3)
                .withdrawMentor(mentor(1).id(), HR, days(50))
                .andThen(p -> p.holdSession(sessionId(1), HR, days(71)))
                .andThen(p -> p.enrollMentor(mentor(1), HR, days(90)))
                .state();
        assertRefused(
                () -> returned.recordAttendance(sessionId(1), mentor(1).id(), true, HR, days(91)),
                "program.attendance.not-enrolled-then");
    }

    @Test
    void recordAttendanceAtASessionNotHeldThenRefusesWithNotHeld() {
        assertRefused(
                () -> aProgramIn(ProgramPhase.TRAINING)
                        .recordAttendance(sessionId(1), mentor(1).id(), true, HR, AT),
                "program.session.not-held");
    }

    // ------------------------------------------------------------------ assignments

    @Test
    void giveAssignmentThenAppendsItAndEmitsAssignmentGiven() {
        MentoringProgram scheduled = aProgramIn(ProgramPhase.RECRUITMENT)
                .scheduleSession(sessionId(1), SESSION_1, HR, AT)
                .andThen(p -> p.scheduleSession(sessionId(2), SESSION_2, HR, AT))
                .state();
        Change<MentoringProgram> change =
                scheduled.giveAssignment(assignmentId(1), text("Interview"), 1, LocalDate.of(2026, 4, 30), HR, AT);
        assertThat(change.state().assignments()).hasSize(1);
        assertThat(single(change, AssignmentGiven.class).afterSession()).isEqualTo(1);
    }

    @Test
    void giveAssignmentDueOutsideItsIntervalThenRefusesWithDueOutsideInterval() {
        MentoringProgram training = aProgramIn(ProgramPhase.TRAINING);
        for (LocalDate due : List.of(SESSION_1, SESSION_2, LocalDate.of(2026, 7, 1))) {
            assertRefused(
                    () -> training.giveAssignment(assignmentId(9), text("X"), 1, due, HR, AT),
                    "program.assignment.due-outside-interval");
        }
    }

    @Test
    void giveAssignmentAfterTheLastSessionOrBeforeItsSessionsAreScheduledThenRefusesWithItsCode() {
        assertRefused(
                () -> aProgramIn(ProgramPhase.TRAINING)
                        .giveAssignment(assignmentId(9), text("X"), 3, SESSION_3, HR, AT),
                "program.assignment.after-session-out-of-range");
        assertRefused(
                () -> aProgramIn(ProgramPhase.RECRUITMENT)
                        .giveAssignment(assignmentId(9), text("X"), 1, SESSION_1, HR, AT),
                "program.assignment.session-not-scheduled");
        assertInvalid(
                () -> aProgramIn(ProgramPhase.TRAINING)
                        .giveAssignment(assignmentId(9), text("X"), 0, SESSION_1, HR, AT),
                "program.assignment.after-session-out-of-range");
    }

    @Test
    void submitAssignmentByAMentorOrAPairThenRecordsItAndEmitsAssignmentSubmitted() {
        MentoringProgram training = aProgramIn(ProgramPhase.TRAINING);
        Change<MentoringProgram> pair = training.submitAssignment(
                assignmentId(1), List.of(mentor(1).id(), mentor(2).id()), HR, AT);
        Change<MentoringProgram> alone =
                pair.state().submitAssignment(assignmentId(1), List.of(mentor(3).id()), HR, AT);

        InterimAssignment assignment = alone.state().assignment(assignmentId(1)).orElseThrow();
        assertThat(assignment.submissions()).hasSize(2);
        assertThat(assignment.isSubmittedBy(mentor(2).id())).isTrue();
        assertThat(single(pair, AssignmentSubmitted.class).mentorIds())
                .containsExactly(mentor(1).id(), mentor(2).id());
    }

    @Test
    void submitAssignmentTwiceByTheSameMentorThenRefusesWithSubmissionDuplicate() {
        MentoringProgram submitted = aProgramIn(ProgramPhase.TRAINING)
                .submitAssignment(assignmentId(1), List.of(mentor(1).id()), HR, AT)
                .state();
        assertRefused(
                () -> submitted.submitAssignment(
                        assignmentId(1), List.of(mentor(2).id(), mentor(1).id()), HR, AT),
                "program.submission.duplicate");
    }

    @Test
    void submitAssignmentBySomeoneNotEnrolledOrOfAnUnknownAssignmentThenListsEachRule() {
        assertRefused(
                () -> aProgramIn(ProgramPhase.TRAINING)
                        .submitAssignment(assignmentId(9), List.of(EMPLOYEE.id()), HR, AT),
                "program.mentor.not-enrolled",
                "program.record.unknown");
    }

    @Test
    void submitAssignmentAfterTheProgrammeClosedThenRefusesWithPhaseClosed() {
        assertRefused(
                () -> aProgramIn(ProgramPhase.CLOSED)
                        .submitAssignment(assignmentId(2), List.of(mentor(1).id()), HR, AT),
                "program.phase.closed");
        assertRefused(
                () -> aProgramIn(ProgramPhase.EMBEDDING)
                        .submitAssignment(assignmentId(2), List.of(mentor(1).id()), HR, AT),
                "program.phase.closed");
    }

    @Test
    void submitAssignmentByThreeMentorsThenRejectsWithTooManyMentors() {
        assertInvalid(
                () -> aProgramIn(ProgramPhase.TRAINING)
                        .submitAssignment(
                                assignmentId(1),
                                List.of(
                                        mentor(1).id(),
                                        mentor(2).id(),
                                        mentor(3).id()),
                                HR,
                                AT),
                "program.submission.too-many-mentors");
    }

    // ------------------------------------------------------------------ meetings and credos

    @Test
    void holdMentorHrMeetingThenAppendsItAndEmitsTheAttendeesWithoutNotes() {
        Change<MentoringProgram> change = aProgramIn(ProgramPhase.TRAINING)
                .holdMentorHrMeeting(meetingId(1), IN_MAY, List.of(HR, mentor(1)), Optional.of("Secret"), HR, AT);
        assertThat(change.state().meetings()).hasSize(1);
        MentorHrMeetingHeld event = single(change, MentorHrMeetingHeld.class);
        assertThat(event.attendees()).containsExactly(HR.id(), mentor(1).id());
        assertThat(event.toString()).doesNotContain("Secret");
    }

    @Test
    void holdMentorHrMeetingWithAnOutsiderThenRefusesWithOtherOrganization() {
        ProgramRuleException refused = assertRefused(
                () -> aProgramIn(ProgramPhase.TRAINING)
                        .holdMentorHrMeeting(meetingId(1), IN_MAY, List.of(HR, OUTSIDER), Optional.empty(), HR, AT),
                "program.person.other-organization");
        assertThat(refused.violations().get(0).path()).isEqualTo("attendees[1]");
    }

    @Test
    void writeCredoThenKeepsTheTextInTheProgrammeButNotInTheEvent() {
        Change<MentoringProgram> change =
                aProgramIn(ProgramPhase.TRAINING).writeCredo(mentor(1).id(), "Kuuntelen ensin.", HR, AT);
        assertThat(change.state().credo(mentor(1).id()).orElseThrow().text()).isEqualTo("Kuuntelen ensin.");
        assertThat(single(change, CredoWritten.class).toString()).doesNotContain("Kuuntelen");
        assertRefused(() -> change.state().writeCredo(mentor(1).id(), "Kuuntelen ensin.", HR, AT), "program.unchanged");
        assertThat(change.state()
                        .writeCredo(mentor(1).id(), "Kysyn.", HR, AT)
                        .state()
                        .credos())
                .hasSize(1);
    }

    @Test
    void writeCredoForSomeoneNotEnrolledThenRefusesAndABlankCredoIsInvalid() {
        assertRefused(
                () -> aProgramIn(ProgramPhase.TRAINING).writeCredo(EMPLOYEE.id(), "X", HR, AT),
                "program.mentor.not-enrolled");
        assertInvalid(
                () -> aProgramIn(ProgramPhase.TRAINING).writeCredo(mentor(1).id(), " ", HR, AT), "program.text.blank");
    }

    // ------------------------------------------------------------------ action plan, support, monitoring

    @Test
    void addActionItemThenAddsAnOpenItemAndItsStatusChanges() {
        Change<MentoringProgram> added =
                aProgram().addActionItem(actionItemId(1), text("Book rooms"), HR, LocalDate.of(2026, 3, 1), HR, AT);
        assertThat(added.state().actionPlan().items()).singleElement().satisfies(item -> {
            assertThat(item.status()).isEqualTo(ActionStatus.OPEN);
            assertThat(item.ownerId()).isEqualTo(HR.id());
        });
        assertThat(single(added, ActionItemAdded.class).item().id()).isEqualTo(actionItemId(1));

        Change<MentoringProgram> done =
                added.state().changeActionItemStatus(actionItemId(1), ActionStatus.DONE, HR, AT);
        assertThat(done.state().actionPlan().item(actionItemId(1)).orElseThrow().status())
                .isEqualTo(ActionStatus.DONE);
        assertThat(single(done, ActionItemStatusChanged.class).previousStatus()).isEqualTo(ActionStatus.OPEN);
        assertRefused(
                () -> done.state().changeActionItemStatus(actionItemId(1), ActionStatus.DONE, HR, AT),
                "program.unchanged");
        assertRefused(
                () -> done.state().changeActionItemStatus(actionItemId(2), ActionStatus.DONE, HR, AT),
                "program.record.unknown");
    }

    @Test
    void addActionItemDueOutsideTheProgrammeOrOwnedByAnOutsiderThenListsEachRule() {
        assertRefused(
                () -> aProgram().addActionItem(actionItemId(1), text("X"), OUTSIDER, LocalDate.of(2027, 1, 1), HR, AT),
                "program.person.other-organization",
                "program.date.outside-programme");
    }

    @Test
    void arrangeSupportThenAppendsItAndRefusesAMentorNotEnrolled() {
        SupportActivity time = SupportActivity.builder()
                .id(supportId(1))
                .kind(SupportKind.TIME)
                .description(text("Two hours a month"))
                .from(IN_MAY)
                .addMentorIds(mentor(1).id())
                .build();
        Change<MentoringProgram> change = aProgramIn(ProgramPhase.TRAINING).arrangeSupport(time, HR, AT);
        assertThat(change.state().supportActivities()).containsExactly(time);
        assertThat(single(change, SupportArranged.class).activity()).isEqualTo(time);

        SupportActivity forOutsider = SupportActivity.builder()
                .id(supportId(2))
                .kind(SupportKind.CONTACT)
                .description(text("A contact"))
                .from(IN_MAY)
                .addMentorIds(EMPLOYEE.id())
                .build();
        assertRefused(() -> change.state().arrangeSupport(forOutsider, HR, AT), "program.mentor.not-enrolled");
    }

    @Test
    void recordCheckpointThenAppendsItAndRefusesOneBeforeThePrevious() {
        Change<MentoringProgram> change = aProgramIn(ProgramPhase.IMPLEMENTATION)
                .recordCheckpoint(
                        checkpointId(1), LocalDate.of(2026, 9, 15), text("Plans"), Optional.of("Notes"), HR, AT);
        assertThat(change.state().checkpoints()).hasSize(1);
        assertThat(single(change, CheckpointRecorded.class).toString()).doesNotContain("Notes");
        assertRefused(
                () -> change.state()
                        .recordCheckpoint(
                                checkpointId(2), LocalDate.of(2026, 9, 1), text("Plans"), Optional.empty(), HR, AT),
                "program.checkpoint.date-before-previous");
        assertRefused(
                () -> aProgramIn(ProgramPhase.TRAINING)
                        .recordCheckpoint(checkpointId(1), IN_MAY, text("Plans"), Optional.empty(), HR, AT),
                "program.phase.wrong");
    }

    @Test
    void recordEvaluationThenRecordsTheDateAndRefusesTheSameDateAgain() {
        Change<MentoringProgram> change =
                aProgramIn(ProgramPhase.EVALUATION).recordEvaluation(LocalDate.of(2026, 12, 1), HR, AT);
        assertThat(change.state().evaluatedOn()).contains(LocalDate.of(2026, 12, 1));
        assertThat(single(change, EvaluationRecorded.class).evaluatedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertRefused(() -> change.state().recordEvaluation(LocalDate.of(2026, 12, 1), HR, AT), "program.unchanged");
        assertRefused(
                () -> change.state().recordEvaluation(LocalDate.of(2026, 1, 1), HR, AT),
                "program.date.outside-programme");
    }

    // ------------------------------------------------------------------ misuse

    @Test
    void nullArgumentsThenThrowNullPointerNamingTheParameter() {
        MentoringProgram program = aProgram();
        assertThatNullPointerException()
                .isThrownBy(() -> program.nameSponsor(null, HR, AT))
                .withMessage("sponsor");
        assertThatNullPointerException()
                .isThrownBy(() -> program.nameSponsor(DIRECTOR, null, AT))
                .withMessage("actor");
        assertThatNullPointerException()
                .isThrownBy(() -> program.nameSponsor(DIRECTOR, HR, null))
                .withMessage("at");
        assertThatNullPointerException()
                .isThrownBy(() -> program.writeCredo(null, "x", HR, AT))
                .withMessage("mentorId");
        assertThatNullPointerException()
                .isThrownBy(() -> program.goBack(null, HR, AT))
                .withMessage("reason");
        assertThatNullPointerException()
                .isThrownBy(() -> program.advanceTo(null, HR, AT))
                .withMessage("target");
        assertThatNullPointerException()
                .isThrownBy(() -> MentoringProgram.create(
                        (ProgramId) null,
                        ORGANIZATION,
                        text("M"),
                        ProgramTemplate.standard(),
                        START,
                        END,
                        List.of(),
                        HR,
                        AT))
                .withMessage("id");
    }

    // ------------------------------------------------------------------ helpers

    static ProgramRuleException assertRefused(ThrowingCallable command, String... codes) {
        ProgramRuleException refused = catchThrowableOfType(ProgramRuleException.class, command);
        assertThat(refused).as("a ProgramRuleException").isNotNull();
        assertThat(refused.codes()).containsExactly(codes);
        return refused;
    }

    static ValidationException assertInvalid(ThrowingCallable command, String... codes) {
        ValidationException invalid = catchThrowableOfType(ValidationException.class, command);
        assertThat(invalid).as("a ValidationException").isNotNull();
        assertThat(invalid.codes()).containsExactly(codes);
        return invalid;
    }

    static <E extends DomainEvent> E single(Change<MentoringProgram> change, Class<E> type) {
        assertThat(change.events()).hasSize(1);
        DomainEvent event = change.events().get(0);
        assertThat(event).isInstanceOf(type);
        assertThat(event.organizationId()).isEqualTo(AGENCY);
        assertThat(((ProgramEvent) event).programId()).isEqualTo(PROGRAM);
        return type.cast(event);
    }
}
