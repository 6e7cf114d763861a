package org.learningmentor.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.learningmentor.core.program.ProgramFixtures.AGENCY;
import static org.learningmentor.core.program.ProgramFixtures.DIRECTOR;
import static org.learningmentor.core.program.ProgramFixtures.EMPLOYEE;
import static org.learningmentor.core.program.ProgramFixtures.END;
import static org.learningmentor.core.program.ProgramFixtures.HR;
import static org.learningmentor.core.program.ProgramFixtures.ORGANIZATION;
import static org.learningmentor.core.program.ProgramFixtures.OUTSIDER;
import static org.learningmentor.core.program.ProgramFixtures.OUTSIDE_MENTOR;
import static org.learningmentor.core.program.ProgramFixtures.PROGRAM;
import static org.learningmentor.core.program.ProgramFixtures.SPECIALIST;
import static org.learningmentor.core.program.ProgramFixtures.START;
import static org.learningmentor.core.program.ProgramFixtures.T0;
import static org.learningmentor.core.program.ProgramFixtures.aGoal;
import static org.learningmentor.core.program.ProgramFixtures.aProgram;
import static org.learningmentor.core.program.ProgramFixtures.aTarget;
import static org.learningmentor.core.program.ProgramFixtures.text;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningmentor.core.common.ActionItemId;
import org.learningmentor.core.common.AssignmentId;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.CheckpointId;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.DomainRuleException;
import org.learningmentor.core.common.HrDayId;
import org.learningmentor.core.common.MeetingId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.SessionId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.goal.ProgramGoal;
import org.learningmentor.core.person.Person;

/**
 * Random sequences of every programme command, valid and invalid, with random actors (some of
 * another organization), mentors (some not enrolled, some without consent) and dates (some outside
 * the programme). Next to the programme the test keeps a naive model (the phase and how many records
 * of each kind there are), changed only by the commands that succeed, and after every step checks:
 *
 * <ul>
 *   <li>when the model predicts a refusal (a wrong phase, a person of another organization, a
 *       mentor not enrolled) the command returns no change but throws a {@link ProgramRuleException}
 *       whose codes include the predicted ones (or a {@link ValidationException} for bad data, which
 *       is checked first); a {@link PhaseAdvanceException} comes only from an advance the model
 *       does not refuse, with guard codes only;
 *   <li>a successful command emitted exactly one event of this programme, organization, actor and
 *       time, and changed the model exactly as its kind says;
 *   <li>every invariant holds on the state, checked here independently: the phase order, session
 *       dates strictly increasing and inside the programme, attendance, submissions and credos only
 *       by enrolled mentors, every person of the organization, and an advance past training only
 *       with every active mentor's attendance and credo.
 * </ul>
 */
class ProgramPropertyTest {

    private static final int STEPS = 400;
    private static final List<Person> ACTORS = List.of(HR, HR, HR, DIRECTOR, DIRECTOR, EMPLOYEE, OUTSIDER);
    private static final Set<PersonId> OUR_PEOPLE = new HashSet<>();

    static {
        for (Person p : List.of(HR, DIRECTOR, EMPLOYEE, SPECIALIST)) {
            OUR_PEOPLE.add(p.id());
        }
        ProgramFixtures.VOLUNTEERS.forEach(p -> OUR_PEOPLE.add(p.id()));
    }

    private enum Kind {
        SPONSOR,
        COORDINATOR,
        HR_DAY,
        ANALYSIS,
        TARGET,
        GOAL,
        ENROLL,
        WITHDRAW,
        SCHEDULE,
        HOLD,
        ATTEND,
        ASSIGN,
        SUBMIT,
        MEETING,
        CREDO,
        ACTION,
        CHECKPOINT,
        EVALUATE,
        ADVANCE,
        GO_BACK
    }

    /** The phases in which each kind of command is allowed, as the javadoc of each command says. */
    private static final Map<Kind, Set<ProgramPhase>> ALLOWED = new EnumMap<>(Kind.class);

    static {
        Set<ProgramPhase> open = Set.of(
                ProgramPhase.PREPARATION,
                ProgramPhase.ANALYSIS,
                ProgramPhase.GOAL_SETTING,
                ProgramPhase.RECRUITMENT,
                ProgramPhase.TRAINING,
                ProgramPhase.IMPLEMENTATION,
                ProgramPhase.EVALUATION);
        for (Kind kind :
                List.of(Kind.SPONSOR, Kind.COORDINATOR, Kind.WITHDRAW, Kind.ACTION, Kind.ADVANCE, Kind.GO_BACK)) {
            ALLOWED.put(kind, open);
        }
        ALLOWED.put(Kind.HR_DAY, Set.of(ProgramPhase.ANALYSIS, ProgramPhase.GOAL_SETTING));
        ALLOWED.put(Kind.ANALYSIS, Set.of(ProgramPhase.ANALYSIS));
        ALLOWED.put(Kind.TARGET, Set.of(ProgramPhase.ANALYSIS));
        ALLOWED.put(Kind.GOAL, Set.of(ProgramPhase.GOAL_SETTING));
        ALLOWED.put(Kind.ENROLL, Set.of(ProgramPhase.RECRUITMENT, ProgramPhase.TRAINING));
        ALLOWED.put(Kind.SCHEDULE, Set.of(ProgramPhase.RECRUITMENT, ProgramPhase.TRAINING));
        ALLOWED.put(Kind.ASSIGN, Set.of(ProgramPhase.RECRUITMENT, ProgramPhase.TRAINING));
        ALLOWED.put(Kind.HOLD, Set.of(ProgramPhase.TRAINING));
        ALLOWED.put(Kind.ATTEND, Set.of(ProgramPhase.TRAINING));
        ALLOWED.put(Kind.SUBMIT, Set.of(ProgramPhase.TRAINING, ProgramPhase.IMPLEMENTATION, ProgramPhase.EVALUATION));
        ALLOWED.put(Kind.MEETING, Set.of(ProgramPhase.TRAINING, ProgramPhase.IMPLEMENTATION, ProgramPhase.EVALUATION));
        ALLOWED.put(Kind.CREDO, Set.of(ProgramPhase.TRAINING, ProgramPhase.IMPLEMENTATION));
        ALLOWED.put(Kind.CHECKPOINT, Set.of(ProgramPhase.IMPLEMENTATION, ProgramPhase.EVALUATION));
        ALLOWED.put(Kind.EVALUATE, Set.of(ProgramPhase.EVALUATION));
    }

    /** The test's own picture of the programme, changed only by commands that succeed. */
    private static final class Model {
        ProgramPhase phase = ProgramPhase.PREPARATION;
        int hrDays;
        int goals;
        int sessions;
        int held;
        int attendance;
        int assignments;
        int submissions;
        int meetings;
        int credos;
        int actionItems;
        int checkpoints;
        Set<PersonId> activeMentors = new HashSet<>();
        Set<PersonId> everEnrolled = new HashSet<>();

        void assertMatches(MentoringProgram program, String context) {
            assertThat(program.phase()).as("%s phase", context).isEqualTo(phase);
            assertThat(program.hrDays()).as("%s hrDays", context).hasSize(hrDays);
            assertThat(program.goals()).as("%s goals", context).hasSize(goals);
            assertThat(program.sessions()).as("%s sessions", context).hasSize(sessions);
            assertThat(program.sessions().stream().filter(TrainingSession::held).count())
                    .as("%s held", context)
                    .isEqualTo(held);
            assertThat(program.sessions().stream()
                            .mapToInt(s -> s.attendance().size())
                            .sum())
                    .as("%s attendance", context)
                    .isEqualTo(attendance);
            assertThat(program.assignments()).as("%s assignments", context).hasSize(assignments);
            assertThat(program.assignments().stream()
                            .mapToInt(a -> a.submissions().size())
                            .sum())
                    .as("%s submissions", context)
                    .isEqualTo(submissions);
            assertThat(program.meetings()).as("%s meetings", context).hasSize(meetings);
            assertThat(program.credos()).as("%s credos", context).hasSize(credos);
            assertThat(program.actionPlan().items())
                    .as("%s action items", context)
                    .hasSize(actionItems);
            assertThat(program.checkpoints()).as("%s checkpoints", context).hasSize(checkpoints);
            assertThat(new HashSet<>(program.activeMentors()))
                    .as("%s mentors", context)
                    .isEqualTo(activeMentors);
            assertThat(program.version()).isZero();
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.learningmentor.core.Seeds#seeds")
    void randomCommandSequencesKeepEveryInvariantAndRefusalsReturnNoChange(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        MentoringProgram program = aProgram();
        Model model = new Model();
        Instant at = T0;
        int succeeded = 0;
        int refused = 0;
        ProgramPhase deepest = ProgramPhase.PREPARATION;
        for (int step = 0; step < STEPS; step++) {
            at = at.plus(Duration.ofHours(1 + random.nextInt(48)));
            Kind kind = pickKind(random, program);
            Person actor = ACTORS.get(random.nextInt(ACTORS.size()));
            String context = "seed=" + seed + " step=" + step + " " + kind + " in " + program.phase();
            Step command = command(kind, random, program, step);

            Set<String> predicted = predictedRefusal(kind, command, model, actor);
            Object outcome = attempt(command, program, actor, at);
            if (!predicted.isEmpty()) {
                // The model says the command must be refused: it must not return a Change.
                assertThat(outcome)
                        .as("%s: refusal predicted with %s", context, predicted)
                        .isInstanceOfAny(ProgramRuleException.class, ValidationException.class);
            }
            if (outcome instanceof DomainRuleException refusal) {
                refused++;
                if (refusal instanceof PhaseAdvanceException advance) {
                    // Only an advance checks the guards, and only once no rule refuses it.
                    assertThat(kind).as(context).isEqualTo(Kind.ADVANCE);
                    assertThat(predicted).as(context).isEmpty();
                    assertThat(advance.codes())
                            .as(context)
                            .isNotEmpty()
                            .allMatch(code -> code.startsWith("program.guard."));
                } else {
                    assertThat(refusal).as(context).isExactlyInstanceOf(ProgramRuleException.class);
                    assertThat(refusal.codes()).as(context).isNotEmpty().containsAll(predicted);
                }
                continue;
            }
            if (outcome instanceof ValidationException badData) {
                // Only data invalid in itself: a blank text or a submission of too many mentors.
                assertThat(badData.codes())
                        .as(context)
                        .isNotEmpty()
                        .isSubsetOf(List.of(
                                "program.text.blank",
                                "program.submission.too-many-mentors",
                                "program.person.duplicate"));
                refused++;
                continue;
            }
            assertThat(outcome).as(context).isInstanceOf(Change.class);
            @SuppressWarnings("unchecked")
            Change<MentoringProgram> change = (Change<MentoringProgram>) outcome;

            succeeded++;
            assertThat(actor.organizationId()).as(context).isEqualTo(AGENCY);
            assertThat(ALLOWED.get(kind)).as(context).contains(program.phase());
            assertThat(change.events()).as(context).hasSize(1);
            DomainEvent event = change.events().get(0);
            assertThat(event.organizationId()).isEqualTo(AGENCY);
            assertThat(event.actor()).isEqualTo(actor.id());
            assertThat(event.occurredAt()).isEqualTo(at);
            assertThat(((ProgramEvent) event).programId()).isEqualTo(PROGRAM);
            MentoringProgram next = change.state();
            apply(kind, model, program, next, command, context);
            program = next;
            model.assertMatches(program, context);
            assertInvariants(program, context);
            if (program.phase().ordinal() > deepest.ordinal()) {
                deepest = program.phase();
            }
        }
        assertThat(succeeded).as("seed=%s: some commands succeed", seed).isPositive();
        assertThat(refused).as("seed=%s: some commands are refused", seed).isPositive();
        assertThat(deepest)
                .as("seed=%s: the programme gets past preparation", seed)
                .isNotEqualTo(ProgramPhase.PREPARATION);
    }

    /** Runs the command and returns its Change, or the refusal or bad-data exception it threw. */
    private static Object attempt(Step command, MentoringProgram program, Person actor, Instant at) {
        try {
            return command.run(program, actor, at);
        } catch (DomainRuleException | ValidationException thrown) {
            return thrown;
        }
    }

    /**
     * The refusal codes the model predicts for the command, from the model only (not the
     * programme): a person of another organization, a phase that does not allow the command, a
     * mentor the model does not have as active. Empty when the model predicts no refusal (the
     * command may still be refused for a rule the model does not track).
     */
    private static Set<String> predictedRefusal(Kind kind, Step command, Model model, Person actor) {
        Set<String> codes = new HashSet<>();
        if (!actor.organizationId().equals(AGENCY)) {
            codes.add("program.person.other-organization");
        }
        if (model.phase.isFinal()) {
            codes.add("program.phase.closed");
        } else if (!ALLOWED.get(kind).contains(model.phase)) {
            codes.add("program.phase.wrong");
        }
        if (command.mentor() != null
                && !model.activeMentors.contains(command.mentor())
                && (kind == Kind.ATTEND || kind == Kind.CREDO || kind == Kind.SUBMIT || kind == Kind.WITHDRAW)) {
            codes.add("program.mentor.not-enrolled");
        }
        return codes;
    }

    /** A command with the random choices it was made of. */
    private record Step(PersonId mentor, Runner runner) {
        Change<MentoringProgram> run(MentoringProgram program, Person actor, Instant at) {
            return runner.run(program, actor, at);
        }
    }

    @FunctionalInterface
    private interface Runner {
        Change<MentoringProgram> run(MentoringProgram program, Person actor, Instant at);
    }

    /** What meets each guard, for steering half of the steps towards the next phase. */
    private static final Map<String, Kind> MEETS = Map.ofEntries(
            Map.entry("program.guard.sponsor-named", Kind.SPONSOR),
            Map.entry("program.guard.coordinator-named", Kind.COORDINATOR),
            Map.entry("program.guard.hr-day-held", Kind.HR_DAY),
            Map.entry("program.guard.culture-analysed", Kind.ANALYSIS),
            Map.entry("program.guard.development-target-chosen", Kind.TARGET),
            Map.entry("program.guard.goal-set", Kind.GOAL),
            Map.entry("program.guard.goal-indicators", Kind.GOAL),
            Map.entry("program.guard.mentors-enrolled", Kind.ENROLL),
            Map.entry("program.guard.sessions-scheduled", Kind.SCHEDULE),
            Map.entry("program.guard.sessions-held", Kind.HOLD),
            Map.entry("program.guard.attendance-recorded", Kind.ATTEND),
            Map.entry("program.guard.credos-written", Kind.CREDO),
            Map.entry("program.guard.checkpoint-recorded", Kind.CHECKPOINT),
            Map.entry("program.guard.evaluation-recorded", Kind.EVALUATE));

    /**
     * Half of the time a command that meets an unmet guard (or the advance when ready), so that
     * programmes get far; otherwise mostly a command allowed in the phase, now and then any command.
     * The choice uses the programme's checklist; the assertions do not.
     */
    private static Kind pickKind(SplittableRandom random, MentoringProgram program) {
        ProgramPhase phase = program.phase();
        if (random.nextBoolean() && !phase.isFinal()) {
            Readiness readiness = program.readiness();
            return readiness.isReady()
                    ? Kind.ADVANCE
                    : MEETS.get(readiness.unmet().get(0).code());
        }
        if (random.nextInt(10) < 7) {
            List<Kind> allowed = new ArrayList<>();
            for (Kind kind : Kind.values()) {
                if (ALLOWED.get(kind).contains(phase) && kind != Kind.GO_BACK) {
                    allowed.add(kind);
                }
            }
            if (!allowed.isEmpty()) {
                return allowed.get(random.nextInt(allowed.size()));
            }
        }
        return Kind.values()[random.nextInt(Kind.values().length)];
    }

    private static Step command(Kind kind, SplittableRandom random, MentoringProgram program, int step) {
        int u = 0x9000 + step;
        LocalDate last = program.sessions().isEmpty()
                ? START
                : program.sessions().get(program.sessions().size() - 1).date();
        LocalDate date = random.nextInt(8) == 0
                ? END.plusDays(1 + random.nextInt(30))
                : kind == Kind.SCHEDULE && random.nextInt(5) > 0
                        ? last.plusDays(1 + random.nextInt(40))
                        : START.plusDays(random.nextInt((int) (END.toEpochDay() - START.toEpochDay()) + 1));
        Person someone = List.of(HR, SPECIALIST, DIRECTOR, EMPLOYEE, OUTSIDER, ProgramFixtures.mentor(1))
                .get(random.nextInt(6));
        Person volunteer = random.nextInt(6) == 0
                ? (random.nextBoolean() ? EMPLOYEE : OUTSIDE_MENTOR)
                : ProgramFixtures.mentor(1 + random.nextInt(6));
        PersonId mentor = volunteer.id();
        SessionId session = ProgramFixtures.sessionId(1 + random.nextInt(4));
        AssignmentId assignment = ProgramFixtures.assignmentId(1 + random.nextInt(3));
        return switch (kind) {
            case SPONSOR -> new Step(null, (p, a, t) -> p.nameSponsor(random.nextBoolean() ? DIRECTOR : someone, a, t));
            case COORDINATOR ->
                new Step(null, (p, a, t) -> p.nameCoordinator(random.nextBoolean() ? HR : someone, a, t));
            case HR_DAY ->
                new Step(
                        null,
                        (p, a, t) -> p.holdHrDay(
                                HrDayId.of(ProgramFixtures.uuid(u)),
                                date,
                                List.of(HR, someone),
                                random.nextInt(10) == 0 ? Optional.of(" ") : Optional.empty(),
                                a,
                                t));
            case ANALYSIS ->
                new Step(
                        null,
                        (p, a, t) -> p.recordCultureAnalysis(
                                List.of(text("Finding " + random.nextInt(3))), Optional.empty(), a, t));
            case TARGET -> new Step(null, (p, a, t) -> p.chooseDevelopmentTarget(aTarget(), a, t));
            case GOAL ->
                new Step(
                        null,
                        (p, a, t) -> p.setGoal(
                                random.nextInt(4) == 0 ? aGoalRevisedWithoutIndicators() : aGoal(),
                                ORGANIZATION,
                                a,
                                t));
            case ENROLL -> new Step(null, (p, a, t) -> p.enrollMentor(volunteer, a, t));
            case WITHDRAW -> new Step(mentor, (p, a, t) -> p.withdrawMentor(mentor, a, t));
            case SCHEDULE -> new Step(null, (p, a, t) -> p.scheduleSession(session, date, a, t));
            case HOLD -> new Step(null, (p, a, t) -> p.holdSession(session, a, t));
            case ATTEND ->
                new Step(mentor, (p, a, t) -> p.recordAttendance(session, mentor, random.nextInt(5) > 0, a, t));
            case ASSIGN ->
                new Step(
                        null,
                        (p, a, t) -> p.giveAssignment(assignment, text("Task"), 1 + random.nextInt(3), date, a, t));
            case SUBMIT -> new Step(mentor, (p, a, t) -> p.submitAssignment(assignment, List.of(mentor), a, t));
            case MEETING ->
                new Step(
                        null,
                        (p, a, t) -> p.holdMentorHrMeeting(
                                MeetingId.of(ProgramFixtures.uuid(u)),
                                date,
                                List.of(HR, someone),
                                Optional.empty(),
                                a,
                                t));
            case CREDO ->
                new Step(
                        mentor,
                        (p, a, t) -> p.writeCredo(
                                mentor, random.nextInt(10) == 0 ? " " : "Credo " + random.nextInt(3), a, t));
            case ACTION ->
                new Step(
                        null,
                        (p, a, t) -> p.addActionItem(
                                ActionItemId.of(ProgramFixtures.uuid(u)), text("Do"), someone, date, a, t));
            case CHECKPOINT ->
                new Step(
                        null,
                        (p, a, t) -> p.recordCheckpoint(
                                CheckpointId.of(ProgramFixtures.uuid(u)),
                                date,
                                text("Review"),
                                Optional.empty(),
                                a,
                                t));
            case EVALUATE -> new Step(null, (p, a, t) -> p.recordEvaluation(date, a, t));
            case ADVANCE ->
                new Step(
                        null,
                        (p, a, t) -> random.nextInt(3) == 0 && p.phase() == ProgramPhase.EVALUATION
                                ? p.advanceTo(ProgramPhase.EMBEDDING, a, t)
                                : p.advance(a, t));
            case GO_BACK -> new Step(null, (p, a, t) -> p.goBack("Reason " + random.nextInt(3), a, t));
        };
    }

    /** The fixture goal revised to have no indicator, which blocks goal setting until revised back. */
    private static ProgramGoal aGoalRevisedWithoutIndicators() {
        return ProgramGoal.builder()
                .id(aGoal().id())
                .title(aGoal().title())
                .level(aGoal().level())
                .build();
    }

    /** Changes the model as a successful command of the kind does, and checks the event's type. */
    private static void apply(
            Kind kind, Model model, MentoringProgram before, MentoringProgram after, Step command, String context) {
        switch (kind) {
            case SPONSOR, COORDINATOR, ANALYSIS, TARGET, EVALUATE -> {}
            case HR_DAY -> model.hrDays++;
            case GOAL -> model.goals = after.goals().size();
            case ENROLL -> {
                PersonId added = after.activeMentors().stream()
                        .filter(m -> !model.activeMentors.contains(m))
                        .findFirst()
                        .orElseThrow();
                model.activeMentors.add(added);
                model.everEnrolled.add(added);
            }
            case WITHDRAW -> model.activeMentors.remove(command.mentor());
            case SCHEDULE -> model.sessions++;
            case HOLD -> model.held++;
            case ATTEND ->
                model.attendance = after.sessions().stream()
                        .mapToInt(s -> s.attendance().size())
                        .sum();
            case ASSIGN -> model.assignments++;
            case SUBMIT -> model.submissions++;
            case MEETING -> model.meetings++;
            case CREDO -> model.credos = after.credos().size();
            case ACTION -> model.actionItems++;
            case CHECKPOINT -> model.checkpoints++;
            case ADVANCE -> {
                assertThat(before.phase().nextPhases()).as(context).contains(after.phase());
                if (before.phase() == ProgramPhase.TRAINING) {
                    for (PersonId mentor : after.activeMentors()) {
                        assertThat(after.credo(mentor))
                                .as("%s credo of %s", context, mentor)
                                .isPresent();
                        after.sessions()
                                .forEach(s -> assertThat(s.attendanceOf(mentor))
                                        .as(context)
                                        .isPresent());
                    }
                }
                model.phase = after.phase();
            }
            case GO_BACK -> {
                assertThat(before.phase().previous()).as(context).contains(after.phase());
                model.phase = after.phase();
            }
            default -> fail("unknown kind " + kind);
        }
        // Counts a correction or a rewrite leaves as they were are re-read above; the rest only grow.
        assertThat(after.credos().size())
                .as(context)
                .isGreaterThanOrEqualTo(before.credos().size());
    }

    /** The invariants of the issue, checked without the programme's own structural check. */
    private static void assertInvariants(MentoringProgram program, String context) {
        Set<PersonId> enrolled = new HashSet<>();
        program.mentors().forEach(m -> enrolled.add(m.personId()));
        LocalDate previous = null;
        for (TrainingSession session : program.sessions()) {
            assertThat(session.date()).as(context).isBetween(START, END);
            if (previous != null) {
                assertThat(session.date()).as(context).isAfter(previous);
            }
            previous = session.date();
            session.attendance().forEach(a -> assertThat(enrolled).as(context).contains(a.mentorId()));
        }
        program.assignments()
                .forEach(a -> a.submissions()
                        .forEach(s -> assertThat(enrolled).as(context).containsAll(s.mentorIds())));
        program.credos().forEach(c -> assertThat(enrolled).as(context).contains(c.mentorId()));
        program.hrDays().forEach(d -> assertThat(OUR_PEOPLE).as(context).containsAll(d.participants()));
        program.meetings().forEach(m -> assertThat(OUR_PEOPLE).as(context).containsAll(m.attendees()));
        program.actionPlan().items().forEach(i -> {
            assertThat(OUR_PEOPLE).as(context).contains(i.ownerId());
            assertThat(i.dueOn()).as(context).isBetween(START, END);
        });
        program.sponsorId().ifPresent(s -> assertThat(s).as(context).isEqualTo(DIRECTOR.id()));
        program.coordinatorId().ifPresent(c -> assertThat(c).as(context).isEqualTo(HR.id()));
        assertThat(OUR_PEOPLE).as(context).containsAll(enrolled);
        program.checkpoints().forEach(c -> assertThat(c.date()).as(context).isBetween(START, END));
    }
}
