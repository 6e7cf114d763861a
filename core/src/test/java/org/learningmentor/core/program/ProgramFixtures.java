package org.learningmentor.core.program;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningmentor.core.common.ActionItemId;
import org.learningmentor.core.common.AssignmentId;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.CheckpointId;
import org.learningmentor.core.common.DevelopmentTargetId;
import org.learningmentor.core.common.GoalId;
import org.learningmentor.core.common.HrDayId;
import org.learningmentor.core.common.IndicatorId;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.MeetingId;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.SessionId;
import org.learningmentor.core.common.SupportActivityId;
import org.learningmentor.core.goal.Direction;
import org.learningmentor.core.goal.GoalLevel;
import org.learningmentor.core.goal.Indicator;
import org.learningmentor.core.goal.MeasureUnit;
import org.learningmentor.core.goal.ProgramGoal;
import org.learningmentor.core.organization.OrgUnit;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.organization.UnitStatus;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;

/**
 * Fixtures of the programme aggregate: the fictional Archipelago Agency (Saaristovirasto) runs a
 * learning-mentoring programme from February to December 2026 with its director as sponsor, Elsa
 * from HR as coordinator and volunteers as mentors; {@link #aProgramIn(ProgramPhase)} builds a
 * programme in any phase through the commands, with a consistent history.
 */
final class ProgramFixtures {

    static final OrganizationId AGENCY = OrganizationId.of(uuid(0xa1));
    static final OrganizationId OTHER_AGENCY = OrganizationId.of(uuid(0xa2));
    static final OrgUnitId FINANCE = OrgUnitId.of(uuid(0xb1));
    static final OrgUnitId SERVICES = OrgUnitId.of(uuid(0xb2));
    /** A unit of the agency that is not in the programme. */
    static final OrgUnitId LEGAL = OrgUnitId.of(uuid(0xb3));
    /** A unit the agency has closed. */
    static final OrgUnitId ARCHIVES = OrgUnitId.of(uuid(0xb4));
    /** A unit of the other agency. */
    static final OrgUnitId OTHER_UNIT = OrgUnitId.of(uuid(0xb5));
    /** The agency, with finance, services and legal active and the archives closed. */
    static final Organization ORGANIZATION = Organization.builder()
            .id(AGENCY)
            .name(LocalizedText.of("Saaristovirasto", "Skärgårdsverket", "Archipelago Agency"))
            .addLanguages(Language.FI, Language.SV)
            .addUnits(unit(FINANCE, "finance"), unit(SERVICES, "services"), unit(LEGAL, "legal"))
            .addUnits(OrgUnit.builder()
                    .id(ARCHIVES)
                    .code("archives")
                    .name(LocalizedText.of(Language.EN, "archives"))
                    .status(UnitStatus.CLOSED)
                    .build())
            .build();
    /** Another tenant, with one unit. */
    static final Organization OTHER_ORGANIZATION = Organization.builder()
            .id(OTHER_AGENCY)
            .name(LocalizedText.of(Language.EN, "Other Agency"))
            .addLanguages(Language.EN)
            .addUnits(unit(OTHER_UNIT, "other"))
            .build();

    static final ProgramId PROGRAM = ProgramId.of(uuid(0xd1));
    static final LocalDate START = LocalDate.of(2026, 2, 2);
    static final LocalDate END = LocalDate.of(2026, 12, 18);
    /** Monday 2 February 2026, 09:00 in Helsinki. */
    static final Instant T0 = Instant.parse("2026-02-02T07:00:00Z");

    static final Person DIRECTOR = person(0xc1, "Johanna Laine", AGENCY, Role.MANAGEMENT, Role.EMPLOYEE);
    static final Person HR = person(0xc2, "Elsa Lindqvist", AGENCY, Role.HR, Role.EMPLOYEE);
    static final Person SPECIALIST = person(0xc3, "Pekka Salo", AGENCY, Role.LEARNING_SPECIALIST, Role.EMPLOYEE);
    static final Person EMPLOYEE = person(0xc4, "Ville Koski", AGENCY, Role.EMPLOYEE);
    static final Person OUTSIDER = person(0xc5, "Outi Ulkonen", OTHER_AGENCY, Role.MANAGEMENT, Role.HR, Role.EMPLOYEE);
    static final Person OUTSIDE_MENTOR = volunteer(person(0xc6, "Olli Muualla", OTHER_AGENCY, Role.EMPLOYEE));
    /** Twelve volunteers with consent in force, mentors 1 to 12. */
    static final List<Person> VOLUNTEERS = volunteers(12);

    static final LocalDate SESSION_1 = LocalDate.of(2026, 4, 14);
    static final LocalDate SESSION_2 = LocalDate.of(2026, 5, 12);
    static final LocalDate SESSION_3 = LocalDate.of(2026, 6, 9);

    private ProgramFixtures() {}

    private static OrgUnit unit(OrgUnitId id, String code) {
        return OrgUnit.builder()
                .id(id)
                .code(code)
                .name(LocalizedText.of(Language.EN, code))
                .build();
    }

    static UUID uuid(int n) {
        return UUID.fromString(String.format("7b2e0c1d-0000-4000-8000-%012x", n));
    }

    static Instant days(long days) {
        return T0.plusSeconds(days * 86_400);
    }

    static Person mentor(int n) {
        return VOLUNTEERS.get(n - 1);
    }

    static Person person(int n, String name, OrganizationId organization, Role... roles) {
        return Person.builder()
                .id(PersonId.of(uuid(n)))
                .organizationId(organization)
                .unitId(FINANCE)
                .displayName(name)
                .email("person" + n + "@example.fi")
                .addRoles(roles)
                .language(Language.FI)
                .build();
    }

    static Person volunteer(Person person) {
        return person.volunteerAsMentor(person.id(), T0.minusSeconds(86_400)).state();
    }

    private static List<Person> volunteers(int count) {
        List<Person> people = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            people.add(volunteer(person(0x100 + i, "Mentori " + i, AGENCY, Role.EMPLOYEE)));
        }
        return List.copyOf(people);
    }

    static LocalizedText text(String en) {
        return LocalizedText.of(Language.EN, en);
    }

    /** A freshly created programme of the standard template, in PREPARATION. */
    static MentoringProgram aProgram() {
        return MentoringProgram.create(
                        PROGRAM,
                        ORGANIZATION,
                        LocalizedText.of(
                                "Oppimismentorointi 2026", "Lärandementorskap 2026", "Learning mentoring 2026"),
                        ProgramTemplate.standard(),
                        START,
                        END,
                        List.of(FINANCE, SERVICES),
                        HR,
                        T0)
                .state();
    }

    static DevelopmentTarget aTarget() {
        return DevelopmentTarget.builder()
                .id(DevelopmentTargetId.of(uuid(0xe1)))
                .title(LocalizedText.of(
                        "Palaute tiimien välillä", "Återkoppling mellan team", "Feedback between teams"))
                .dimension("team-learning")
                .build();
    }

    static ProgramGoal aGoal() {
        return ProgramGoal.builder()
                .id(GoalId.of(uuid(0xf1)))
                .title(LocalizedText.of(
                        "Oppiminen on osa arkea", "Lärande är en del av vardagen", "Learning is part of everyday work"))
                .level(GoalLevel.ORGANIZATION)
                .addIndicators(Indicator.builder()
                        .id(IndicatorId.of(uuid(0xf2)))
                        .name(text("Share of staff in peer learning"))
                        .unit(MeasureUnit.PERCENT)
                        .baseline(BigDecimal.valueOf(20))
                        .target(BigDecimal.valueOf(50))
                        .direction(Direction.HIGHER_IS_BETTER)
                        .build())
                .build();
    }

    static ProgramGoal aGoalWithoutIndicators() {
        return ProgramGoal.builder()
                .id(GoalId.of(uuid(0xf3)))
                .title(text("Newcomers get up to speed quickly"))
                .level(GoalLevel.INDIVIDUAL)
                .build();
    }

    static SessionId sessionId(int ordinal) {
        return SessionId.of(uuid(0x200 + ordinal));
    }

    static AssignmentId assignmentId(int n) {
        return AssignmentId.of(uuid(0x300 + n));
    }

    /**
     * A programme in the given phase, reached through the commands: every blocking condition of
     * every earlier phase met, with {@code mentors} volunteers enrolled (at least two).
     */
    static MentoringProgram aProgramIn(ProgramPhase phase) {
        return aProgramIn(phase, 3);
    }

    static MentoringProgram aProgramIn(ProgramPhase phase, int mentors) {
        return historyTo(phase, mentors).state();
    }

    /** The whole history up to training: the state and every event on the way, creation included. */
    static Change<MentoringProgram> historyToTraining() {
        return historyTo(ProgramPhase.TRAINING, 3);
    }

    static Change<MentoringProgram> historyTo(ProgramPhase phase, int mentors) {
        return historyTo(phase, mentors, List.of(FINANCE, SERVICES));
    }

    /** A programme of the whole agency (no units listed) in the phase, with three mentors. */
    static MentoringProgram aWholeAgencyProgramIn(ProgramPhase phase) {
        return historyTo(phase, 3, List.of()).state();
    }

    /** A work-community goal of the unit, otherwise {@link #aGoal()}. */
    static ProgramGoal aUnitGoal(OrgUnitId unit) {
        return ProgramGoal.builder()
                .id(aGoal().id())
                .title(aGoal().title())
                .level(GoalLevel.WORK_COMMUNITY)
                .unitId(unit)
                .addAllIndicators(aGoal().indicators())
                .build();
    }

    private static Change<MentoringProgram> historyTo(ProgramPhase phase, int mentors, List<OrgUnitId> units) {
        Change<MentoringProgram> change = MentoringProgram.create(
                PROGRAM,
                ORGANIZATION,
                LocalizedText.of("Oppimismentorointi 2026", "Lärandementorskap 2026", "Learning mentoring 2026"),
                ProgramTemplate.standard(),
                START,
                END,
                units,
                HR,
                T0);
        if (phase == ProgramPhase.PREPARATION) {
            return change;
        }
        change = change.andThen(p -> p.nameSponsor(DIRECTOR, HR, days(1)))
                .andThen(p -> p.nameCoordinator(HR, HR, days(1)))
                .andThen(p -> p.advance(HR, days(2)));
        if (phase == ProgramPhase.ANALYSIS) {
            return change;
        }
        change = change.andThen(p -> p.holdHrDay(
                        HrDayId.of(uuid(0x401)),
                        LocalDate.of(2026, 2, 10),
                        List.of(HR, SPECIALIST),
                        Optional.empty(),
                        HR,
                        days(8)))
                .andThen(p -> p.recordCultureAnalysis(
                        List.of(text("Learning happens alone")), Optional.of(LocalDate.of(2026, 2, 5)), HR, days(9)))
                .andThen(p -> p.chooseDevelopmentTarget(aTarget(), HR, days(9)))
                .andThen(p -> p.advance(HR, days(10)));
        if (phase == ProgramPhase.GOAL_SETTING) {
            return change;
        }
        change = change.andThen(p -> p.setGoal(aGoal(), ORGANIZATION, DIRECTOR, days(15)))
                .andThen(p -> p.advance(HR, days(16)));
        if (phase == ProgramPhase.RECRUITMENT) {
            return change;
        }
        for (int i = 1; i <= mentors; i++) {
            Person volunteer = mentor(i);
            change = change.andThen(p -> p.enrollMentor(volunteer, HR, days(30)));
        }
        change = change.andThen(p -> p.scheduleSession(sessionId(1), SESSION_1, HR, days(31)))
                .andThen(p -> p.scheduleSession(sessionId(2), SESSION_2, HR, days(31)))
                .andThen(p -> p.scheduleSession(sessionId(3), SESSION_3, HR, days(31)))
                .andThen(p -> p.giveAssignment(
                        assignmentId(1), text("Interview a colleague"), 1, LocalDate.of(2026, 5, 1), HR, days(31)))
                .andThen(p -> p.giveAssignment(
                        assignmentId(2), text("Try one method"), 2, LocalDate.of(2026, 6, 1), HR, days(31)))
                .andThen(p -> p.advance(HR, days(32)));
        if (phase == ProgramPhase.TRAINING) {
            return change;
        }
        for (int s = 1; s <= 3; s++) {
            SessionId session = sessionId(s);
            change = change.andThen(p -> p.holdSession(session, HR, days(70)));
            for (int i = 1; i <= mentors; i++) {
                PersonId mentor = mentor(i).id();
                change = change.andThen(p -> p.recordAttendance(session, mentor, true, HR, days(70)));
            }
        }
        for (int i = 1; i <= mentors; i++) {
            PersonId mentor = mentor(i).id();
            change = change.andThen(p -> p.writeCredo(mentor, "I learn with others.", HR, days(130)));
        }
        change = change.andThen(p -> p.advance(HR, days(131)));
        if (phase == ProgramPhase.IMPLEMENTATION) {
            return change;
        }
        change = change.andThen(p -> p.recordCheckpoint(
                        CheckpointId.of(uuid(0x501)),
                        LocalDate.of(2026, 9, 15),
                        text("Progress of the plans"),
                        Optional.empty(),
                        HR,
                        days(225)))
                .andThen(p -> p.advance(HR, days(226)));
        if (phase == ProgramPhase.EVALUATION) {
            return change;
        }
        change = change.andThen(p -> p.recordEvaluation(LocalDate.of(2026, 12, 1), HR, days(302)));
        return change.andThen(p -> p.advanceTo(phase, HR, days(303)));
    }

    static MeetingId meetingId(int n) {
        return MeetingId.of(uuid(0x600 + n));
    }

    static ActionItemId actionItemId(int n) {
        return ActionItemId.of(uuid(0x700 + n));
    }

    static SupportActivityId supportId(int n) {
        return SupportActivityId.of(uuid(0x800 + n));
    }

    static CheckpointId checkpointId(int n) {
        return CheckpointId.of(uuid(0x500 + n));
    }

    static HrDayId hrDayId(int n) {
        return HrDayId.of(uuid(0x400 + n));
    }

    /**
     * Returns the generated implementation, whose {@code withX} copies (validated like the
     * builder) let a test change one attribute; only tests in this package can name it.
     */
    static ImmutableMentoringProgram generated(MentoringProgram program) {
        return (ImmutableMentoringProgram) program;
    }
}
