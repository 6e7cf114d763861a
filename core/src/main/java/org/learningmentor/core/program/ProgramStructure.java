package org.learningmentor.core.program;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.Violations;
import org.learningmentor.core.goal.ProgramGoal;

/**
 * The structural rules of a {@link MentoringProgram} (see its class description), kept apart from
 * the commands so that each can be read on its own. Business rules that need other aggregates
 * (roles, consent, organizations) are the commands'.
 */
final class ProgramStructure {

    private ProgramStructure() {}

    /** Adds a violation for every structural rule the programme breaks. */
    static void check(MentoringProgram program, Violations violations) {
        violations.checkMaxLength(program.name(), LocalizedText.NAME_MAX_LENGTH, "name");
        violations.check(
                !program.plannedEnd().isBefore(program.plannedStart()),
                ProgramViolation.DATES_END_BEFORE_START,
                "plannedEnd",
                program.plannedEnd(),
                program.plannedStart());
        Set<OrgUnitId> units = new HashSet<>();
        for (int i = 0; i < program.unitIds().size(); i++) {
            OrgUnitId unit = program.unitIds().get(i);
            violations.check(units.add(unit), ProgramViolation.UNIT_DUPLICATE, "unitIds[" + i + "]", unit);
        }
        Checks.checkUniqueIds(program.hrDays(), HrDay::id, "hrDays", violations);
        Checks.checkUniqueIds(program.goals(), ProgramGoal::id, "goals", violations);
        Checks.checkUniqueIds(program.sessions(), TrainingSession::id, "sessions", violations);
        Checks.checkUniqueIds(program.assignments(), InterimAssignment::id, "assignments", violations);
        Checks.checkUniqueIds(program.meetings(), MentorHrMeeting::id, "meetings", violations);
        Checks.checkUniqueIds(program.supportActivities(), SupportActivity::id, "supportActivities", violations);
        Checks.checkUniqueIds(program.checkpoints(), MonitoringCheckpoint::id, "checkpoints", violations);
        Checks.checkUniquePeople(
                program.mentors().stream().map(ProgramMentor::personId).toList(), "mentors", violations);
        Set<PersonId> enrolled = new HashSet<>();
        program.mentors().forEach(m -> enrolled.add(m.personId()));
        checkSessions(program, enrolled, violations);
        checkAssignments(program, enrolled, violations);
        Checks.checkUniquePeople(
                program.credos().stream().map(MentorCredo::mentorId).toList(), "credos", violations);
        for (int i = 0; i < program.credos().size(); i++) {
            PersonId mentor = program.credos().get(i).mentorId();
            violations.check(
                    enrolled.contains(mentor),
                    ProgramViolation.MENTOR_NOT_ENROLLED,
                    "credos[" + i + "].mentorId",
                    mentor);
        }
        for (int i = 1; i < program.checkpoints().size(); i++) {
            LocalDate date = program.checkpoints().get(i).date();
            LocalDate previous = program.checkpoints().get(i - 1).date();
            violations.check(
                    !date.isBefore(previous),
                    ProgramViolation.CHECKPOINT_DATE_BEFORE_PREVIOUS,
                    "checkpoints[" + i + "].date",
                    date,
                    previous);
        }
        checkDates(program, violations);
        for (int i = 0; i < program.supportActivities().size(); i++) {
            List<PersonId> mentors = program.supportActivities().get(i).mentorIds();
            for (int j = 0; j < mentors.size(); j++) {
                violations.check(
                        enrolled.contains(mentors.get(j)),
                        ProgramViolation.MENTOR_NOT_ENROLLED,
                        "supportActivities[" + i + "].mentorIds[" + j + "]",
                        mentors.get(j));
            }
        }
        violations.check(program.version() >= 0, ProgramViolation.VERSION_NEGATIVE, "version", program.version());
    }

    /** Adds {@code program.date.outside-programme} for each dated record outside the planned dates. */
    private static void checkDates(MentoringProgram program, Violations violations) {
        for (int i = 0; i < program.sessions().size(); i++) {
            checkInside(program, program.sessions().get(i).date(), "sessions[" + i + "].date", violations);
        }
        for (int i = 0; i < program.hrDays().size(); i++) {
            checkInside(program, program.hrDays().get(i).date(), "hrDays[" + i + "].date", violations);
        }
        for (int i = 0; i < program.meetings().size(); i++) {
            checkInside(program, program.meetings().get(i).date(), "meetings[" + i + "].date", violations);
        }
        for (int i = 0; i < program.checkpoints().size(); i++) {
            checkInside(program, program.checkpoints().get(i).date(), "checkpoints[" + i + "].date", violations);
        }
        List<ActionItem> items = program.actionPlan().items();
        for (int i = 0; i < items.size(); i++) {
            checkInside(program, items.get(i).dueOn(), "actionPlan.items[" + i + "].dueOn", violations);
        }
    }

    private static void checkInside(MentoringProgram program, LocalDate date, String path, Violations violations) {
        violations.check(
                !date.isBefore(program.plannedStart()) && !date.isAfter(program.plannedEnd()),
                ProgramViolation.DATE_OUTSIDE_PROGRAMME,
                path,
                date,
                program.plannedStart(),
                program.plannedEnd());
    }

    private static void checkSessions(MentoringProgram program, Set<PersonId> enrolled, Violations violations) {
        List<TrainingSession> sessions = program.sessions();
        violations.check(
                sessions.size() <= program.template().sessionCount(),
                ProgramViolation.SESSION_TOO_MANY,
                "sessions",
                program.template().sessionCount());
        for (int i = 0; i < sessions.size(); i++) {
            TrainingSession session = sessions.get(i);
            String path = "sessions[" + i + "]";
            violations.check(
                    session.ordinal() == i + 1,
                    ProgramViolation.SESSION_ORDINAL,
                    path + ".ordinal",
                    i + 1,
                    session.ordinal());
            if (i > 0) {
                TrainingSession previous = sessions.get(i - 1);
                violations.check(
                        session.date().isAfter(previous.date()),
                        ProgramViolation.SESSION_DATE_NOT_AFTER_PREVIOUS,
                        path + ".date",
                        session.date(),
                        previous.date());
                violations.check(
                        !session.held() || previous.held(),
                        ProgramViolation.SESSION_PREVIOUS_NOT_HELD,
                        path + ".held",
                        previous.ordinal());
            }
            for (int j = 0; j < session.attendance().size(); j++) {
                PersonId mentor = session.attendance().get(j).mentorId();
                violations.check(
                        enrolled.contains(mentor),
                        ProgramViolation.MENTOR_NOT_ENROLLED,
                        path + ".attendance[" + j + "].mentorId",
                        mentor);
            }
        }
    }

    private static void checkAssignments(MentoringProgram program, Set<PersonId> enrolled, Violations violations) {
        int last = program.template().sessionCount() - 1;
        for (int i = 0; i < program.assignments().size(); i++) {
            InterimAssignment assignment = program.assignments().get(i);
            String path = "assignments[" + i + "]";
            violations.check(
                    assignment.afterSession() <= last,
                    ProgramViolation.ASSIGNMENT_AFTER_SESSION_OUT_OF_RANGE,
                    path + ".afterSession",
                    assignment.afterSession(),
                    last);
            int after = assignment.afterSession();
            if (after <= last) {
                if (program.sessions().size() <= after) {
                    // The assignment is given for an interval whose sessions are both scheduled.
                    violations.add(
                            ProgramViolation.ASSIGNMENT_SESSION_NOT_SCHEDULED,
                            path + ".afterSession",
                            program.sessions().size() + 1);
                } else {
                    LocalDate from = program.sessions().get(after - 1).date();
                    LocalDate to = program.sessions().get(after).date();
                    violations.check(
                            assignment.dueOn().isAfter(from)
                                    && assignment.dueOn().isBefore(to),
                            ProgramViolation.ASSIGNMENT_DUE_OUTSIDE_INTERVAL,
                            path + ".dueOn",
                            assignment.dueOn(),
                            from,
                            to);
                }
            }
            for (int j = 0; j < assignment.submissions().size(); j++) {
                for (PersonId mentor : assignment.submissions().get(j).mentorIds()) {
                    violations.check(
                            enrolled.contains(mentor),
                            ProgramViolation.MENTOR_NOT_ENROLLED,
                            path + ".submissions[" + j + "].mentorIds",
                            mentor);
                }
            }
        }
    }
}
