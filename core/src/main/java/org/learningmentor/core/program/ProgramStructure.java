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
        violations.check(program.version() >= 0, ProgramViolation.VERSION_NEGATIVE, "version", program.version());
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
