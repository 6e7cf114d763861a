package org.learningmentor.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningmentor.core.program.ProgramFixtures.AGENCY;
import static org.learningmentor.core.program.ProgramFixtures.DIRECTOR;
import static org.learningmentor.core.program.ProgramFixtures.END;
import static org.learningmentor.core.program.ProgramFixtures.FINANCE;
import static org.learningmentor.core.program.ProgramFixtures.HR;
import static org.learningmentor.core.program.ProgramFixtures.ORGANIZATION;
import static org.learningmentor.core.program.ProgramFixtures.PROGRAM;
import static org.learningmentor.core.program.ProgramFixtures.SERVICES;
import static org.learningmentor.core.program.ProgramFixtures.SPECIALIST;
import static org.learningmentor.core.program.ProgramFixtures.START;
import static org.learningmentor.core.program.ProgramFixtures.VOLUNTEERS;
import static org.learningmentor.core.program.ProgramFixtures.aGoal;
import static org.learningmentor.core.program.ProgramFixtures.aTarget;
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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.SessionId;
import org.learningmentor.core.person.Person;

/**
 * A whole programme told as a story: the Archipelago Agency's learning-mentoring programme of
 * 2026, from its HR days to its closing.
 */
class MentoringProgramScenarioTest {

    private final List<DomainEvent> journal = new ArrayList<>();
    private MentoringProgram program;

    private void run(Change<MentoringProgram> change) {
        program = change.state();
        journal.addAll(change.events());
    }

    @Test
    void aStateAgencyRunsAWholeProgrammeFromItsHrDaysToItsClosing() {
        // Elsa from HR creates the programme on the standard template, for finance and services.
        run(MentoringProgram.create(
                PROGRAM,
                ORGANIZATION,
                LocalizedText.of("Oppimismentorointi 2026", "Lärandementorskap 2026", "Learning mentoring 2026"),
                ProgramTemplate.standard(),
                START,
                END,
                List.of(FINANCE, SERVICES),
                HR,
                days(0)));
        assertThat(program.phase()).isEqualTo(ProgramPhase.PREPARATION);

        // Nobody can start the analysis before a sponsor and a coordinator are named.
        assertThat(program.readiness().unmet())
                .extracting(ReadinessCondition::code)
                .containsExactly("program.guard.sponsor-named", "program.guard.coordinator-named");
        assertThatThrownBy(() -> program.advance(HR, days(0))).isInstanceOf(PhaseAdvanceException.class);

        // The director general sponsors it and Elsa coordinates it; preparation is done.
        run(program.nameSponsor(DIRECTOR, HR, days(1)));
        run(program.nameCoordinator(HR, HR, days(1)));
        run(program.advance(HR, days(2)));
        assertThat(program.phase()).isEqualTo(ProgramPhase.ANALYSIS);

        // Two HR days: HR and the learning specialist analyse the learning culture. No baseline
        // survey is run, which the checklist recommends but does not require.
        run(program.holdHrDay(
                hrDayId(1),
                LocalDate.of(2026, 2, 10),
                List.of(HR, SPECIALIST),
                Optional.of("Good start."),
                HR,
                days(8)));
        run(program.holdHrDay(
                hrDayId(2), LocalDate.of(2026, 2, 24), List.of(HR, SPECIALIST), Optional.empty(), HR, days(22)));
        run(program.recordCultureAnalysis(
                List.of(text("Learning happens alone"), text("Teams rarely share what they learn")),
                Optional.empty(),
                HR,
                days(22)));
        run(program.chooseDevelopmentTarget(aTarget(), HR, days(22)));
        Readiness analysed = program.readiness();
        assertThat(analysed.isReady()).isTrue();
        assertThat(analysed.advisories())
                .extracting(ReadinessCondition::code)
                .containsExactly("program.guard.baseline-survey-recommended");
        run(program.advance(HR, days(23)));

        // Management sets the goal with its indicator.
        run(program.setGoal(aGoal(), ORGANIZATION, DIRECTOR, days(30)));
        run(program.advance(HR, days(31)));
        assertThat(program.phase()).isEqualTo(ProgramPhase.RECRUITMENT);

        // Twelve volunteers enrol, and Elsa schedules the three sessions with an interim
        // assignment between each two.
        for (Person volunteer : VOLUNTEERS) {
            run(program.enrollMentor(volunteer, HR, days(40)));
        }
        run(program.scheduleSession(sessionId(1), LocalDate.of(2026, 4, 14), HR, days(41)));
        run(program.scheduleSession(sessionId(2), LocalDate.of(2026, 5, 12), HR, days(41)));
        run(program.scheduleSession(sessionId(3), LocalDate.of(2026, 6, 9), HR, days(41)));
        run(program.giveAssignment(
                assignmentId(1), text("Interview a colleague"), 1, LocalDate.of(2026, 5, 1), HR, days(41)));
        run(program.giveAssignment(assignmentId(2), text("Try one method"), 2, LocalDate.of(2026, 6, 1), HR, days(41)));
        assertThat(program.readiness().conditions()).allMatch(ReadinessCondition::met);
        run(program.advance(HR, days(42)));
        assertThat(program.phase()).isEqualTo(ProgramPhase.TRAINING);

        // Three sessions; mentor 7 misses the second.
        PersonId missing = mentor(7).id();
        for (int s = 1; s <= 3; s++) {
            SessionId session = sessionId(s);
            run(program.holdSession(session, HR, days(70 + 28L * (s - 1))));
            for (Person volunteer : VOLUNTEERS) {
                boolean present = !(s == 2 && volunteer.id().equals(missing));
                run(program.recordAttendance(session, volunteer.id(), present, HR, days(70 + 28L * (s - 1))));
            }
        }
        assertThat(program.session(sessionId(2)).orElseThrow().attendanceOf(missing))
                .hasValueSatisfying(a -> assertThat(a.present()).isFalse());

        // The mentors submit their assignments, two of them as a pair; they meet HR twice.
        run(program.submitAssignment(
                assignmentId(1), List.of(mentor(1).id(), mentor(2).id()), HR, days(85)));
        for (int i = 3; i <= 12; i++) {
            run(program.submitAssignment(assignmentId(1), List.of(mentor(i).id()), HR, days(86)));
        }
        run(program.holdMentorHrMeeting(
                meetingId(1), LocalDate.of(2026, 5, 20), meetingOf(HR), Optional.empty(), HR, days(107)));
        run(program.holdMentorHrMeeting(
                meetingId(2), LocalDate.of(2026, 6, 2), meetingOf(HR), Optional.empty(), HR, days(120)));

        // Training cannot end while credos are missing: the checklist says how many.
        ReadinessCondition credos = program.readiness().conditions().stream()
                .filter(c -> c.code().equals("program.guard.credos-written"))
                .findFirst()
                .orElseThrow();
        assertThat(credos.met()).isFalse();
        assertThat(credos.message(Locale.ENGLISH)).isEqualTo("every mentor must write a credo; 12 without");
        assertThat(credos.message(Locale.forLanguageTag("fi")))
                .isEqualTo("jokaisen mentorin on kirjoitettava huoneentaulunsa; puuttuu 12");

        // Each mentor writes a credo at the end of the training. (Their plans, pending here, are
        // the plan aggregate's; the programme asks for the credos.)
        for (Person volunteer : VOLUNTEERS) {
            run(program.writeCredo(volunteer.id(), "I make learning visible.", HR, days(128)));
        }
        run(program.advance(HR, days(130)));
        assertThat(program.phase()).isEqualTo(ProgramPhase.IMPLEMENTATION);

        // Implementation: an action item, support, and two monitoring checkpoints.
        run(program.addActionItem(
                actionItemId(1),
                text("Share learning in team meetings"),
                mentor(1),
                LocalDate.of(2026, 10, 30),
                HR,
                days(140)));
        run(program.arrangeSupport(
                SupportActivity.builder()
                        .id(supportId(1))
                        .kind(SupportKind.TIME)
                        .description(text("Two hours a month for mentoring"))
                        .from(LocalDate.of(2026, 8, 1))
                        .build(),
                HR,
                days(140)));
        run(program.recordCheckpoint(
                checkpointId(1),
                LocalDate.of(2026, 9, 15),
                text("Progress of the plans"),
                Optional.empty(),
                HR,
                days(225)));
        run(program.changeActionItemStatus(actionItemId(1), ActionStatus.DONE, HR, days(260)));
        run(program.recordCheckpoint(
                checkpointId(2), LocalDate.of(2026, 10, 27), text("Results so far"), Optional.empty(), HR, days(267)));
        run(program.advance(HR, days(270)));

        // Evaluation, then closing.
        run(program.recordEvaluation(LocalDate.of(2026, 12, 1), HR, days(302)));
        run(program.advance(HR, days(303)));
        assertThat(program.phase()).isEqualTo(ProgramPhase.CLOSED);
        assertThat(program.isEnded()).isTrue();

        // A late submission after closing is refused.
        assertThatThrownBy(() -> program.submitAssignment(
                        assignmentId(2), List.of(mentor(3).id()), HR, days(310)))
                .isInstanceOfSatisfying(
                        ProgramRuleException.class, e -> assertThat(e.codes()).containsExactly("program.phase.closed"));

        // The journal tells the story: every event of this programme and organization, in time order.
        assertThat(journal).allSatisfy(event -> {
            assertThat(event.organizationId()).isEqualTo(AGENCY);
            assertThat(((ProgramEvent) event).programId()).isEqualTo(PROGRAM);
        });
        assertThat(journal)
                .filteredOn(PhaseAdvanced.class::isInstance)
                .extracting(e -> ((PhaseAdvanced) e).toPhase())
                .containsExactly(
                        ProgramPhase.ANALYSIS,
                        ProgramPhase.GOAL_SETTING,
                        ProgramPhase.RECRUITMENT,
                        ProgramPhase.TRAINING,
                        ProgramPhase.IMPLEMENTATION,
                        ProgramPhase.EVALUATION,
                        ProgramPhase.CLOSED);
        assertThat(journal).filteredOn(AttendanceRecorded.class::isInstance).hasSize(36);
        assertThat(program.activeMentors()).hasSize(12);
        assertThat(program.checkpoints()).hasSize(2);
    }

    private static List<Person> meetingOf(Person hr) {
        List<Person> attendees = new ArrayList<>(VOLUNTEERS);
        attendees.add(hr);
        return attendees;
    }
}
