package org.learningmentor.testkit.sample;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.learningmentor.core.common.ActionItemId;
import org.learningmentor.core.common.AssignmentId;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.CheckpointId;
import org.learningmentor.core.common.DevelopmentTargetId;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.HrDayId;
import org.learningmentor.core.common.IdGenerator;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.MeetingId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.SessionId;
import org.learningmentor.core.common.SupportActivityId;
import org.learningmentor.core.goal.ProgramGoal;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.program.ActionStatus;
import org.learningmentor.core.program.DevelopmentTarget;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.core.program.ProgramTemplate;
import org.learningmentor.core.program.SupportActivity;
import org.learningmentor.core.program.SupportKind;

/**
 * A seeded generator of learning-mentoring programmes in any phase, for a {@linkplain
 * SampleData#organization(long, int) sample organization}: the programme is built through the
 * model's own commands, so its history is consistent and every guard of every earlier phase is met.
 * The same organization, phase and seed always give the same programme and events, ids included.
 *
 * <pre>{@code
 * SampleOrganization agency = SampleData.organization(2026, 300);
 * SampleProgram sample = SamplePrograms.inPhase(agency, ProgramPhase.IMPLEMENTATION, 7);
 * MentoringProgram program = sample.program();          // 5–7 mentors, three sessions held
 * List<DomainEvent> outbox = sample.history();          // from ProgramCreated on
 * }</pre>
 *
 * <p>The programme is returned as it is on entering the phase: the work of every earlier phase is
 * done, that of the phase itself not yet. The story, with the standard template, runs from February
 * to December 2026:
 *
 * <ol>
 *   <li>Preparation: HR creates the programme for the whole agency; the director general sponsors
 *       it and the first HR person coordinates it.
 *   <li>Analysis: two HR days with HR and the learning specialists; two or three findings and one to
 *       three development targets from the learning-culture dimensions; a baseline survey in about
 *       seven programmes of ten.
 *   <li>Goal setting: the director sets the agency's sample goals.
 *   <li>Recruitment: every active mentor of the agency enrols (from 2 in a small agency to about
 *       2 000 in one of 100 000); the three sessions and the interim assignments are scheduled.
 *   <li>Training: the sessions are held; about one mentor in ten misses a session; about one in
 *       fifty leaves the programme during training; about four in five submit each assignment, some
 *       as pairs; two mentor–HR meetings; every mentor still in the programme writes a credo.
 *   <li>Implementation: three action items (one done), two support activities, two checkpoints.
 *   <li>Evaluation: the evaluation is recorded; the programme closes, or embeds in about one
 *       programme of three when asked for {@link ProgramPhase#EMBEDDING}.
 * </ol>
 */
public final class SamplePrograms {

    /** The planned first day of every sample programme. */
    public static final LocalDate START = LocalDate.of(2026, 2, 2);

    /** The planned last day of every sample programme. */
    public static final LocalDate END = LocalDate.of(2026, 12, 18);

    private static final List<String[]> FINDINGS = List.of(
            new String[] {
                "Oppiminen jää yksilön varaan", "Lärandet hänger på individen", "Learning is left to individuals"
            },
            new String[] {
                "Tiimit jakavat osaamistaan harvoin",
                "Teamen delar sällan sitt kunnande",
                "Teams rarely share what they know"
            },
            new String[] {"Palautetta annetaan vähän", "Det ges lite återkoppling", "Little feedback is given"},
            new String[] {
                "Uusien tulokkaiden perehdytys vaihtelee", "Introduktionen av nyanställda varierar", "Onboarding varies"
            });

    private static final List<String[]> DIMENSIONS = List.of(
            new String[] {"continuous-learning", "Jatkuva oppiminen", "Kontinuerligt lärande", "Continuous learning"},
            new String[] {"inquiry-and-dialogue", "Kysely ja dialogi", "Frågande och dialog", "Inquiry and dialogue"},
            new String[] {"team-learning", "Tiimioppiminen", "Lärande i team", "Team learning"},
            new String[] {"embedded-systems", "Oppimisen rakenteet", "Strukturer för lärande", "Embedded systems"},
            new String[] {"empowerment", "Valtuuttaminen", "Egenmakt", "Empowerment"});

    private SamplePrograms() {}

    /**
     * Generates a programme of the agency in the given phase.
     *
     * @param agency the organization, with at least two active mentors (every generated one has), not null
     * @param phase the phase, not null
     * @param seed any value; the same agency, phase and seed give the same programme
     * @return the programme and its history, never null
     * @throws IllegalArgumentException when the agency has fewer than two active mentors and the
     *     phase is past recruitment
     */
    public static SampleProgram inPhase(SampleOrganization agency, ProgramPhase phase, long seed) {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(phase, "phase");
        if (phase.ordinal() > ProgramPhase.RECRUITMENT.ordinal()
                && agency.activeMentors().size() < 2) {
            throw new IllegalArgumentException("a programme past recruitment needs two active mentors; the agency has "
                    + agency.activeMentors().size());
        }
        return new Story(agency, phase, seed).tell();
    }

    /** One generation run; not thread-safe, used once. */
    private static final class Story {
        private final SampleOrganization agency;
        private final ProgramPhase phase;
        private final SplittableRandom random;
        private final IdGenerator ids;
        private final Person hr;
        private final Person director;
        private final List<DomainEvent> history = new ArrayList<>();
        private MentoringProgram program;
        private Instant clock = SampleData.STORY_START.plus(Duration.ofDays(20));

        Story(SampleOrganization agency, ProgramPhase phase, long seed) {
            this.agency = agency;
            this.phase = phase;
            this.random = new SplittableRandom(seed);
            // Ids come from their own stream, so they are not the numbers the choices are made with.
            this.ids = IdGenerator.seeded(random.nextLong());
            this.hr = agency.withRole(Role.HR).get(0);
            this.director = agency.director();
        }

        SampleProgram tell() {
            record(MentoringProgram.create(
                    ProgramId.next(ids),
                    agency.organization(),
                    LocalizedText.of("Oppimismentorointi 2026", "Lärandementorskap 2026", "Learning mentoring 2026"),
                    ProgramTemplate.standard(),
                    START,
                    END,
                    List.of(),
                    hr,
                    tick(0)));
            List<Runnable> phases = List.of(
                    this::prepare,
                    this::analyse,
                    this::setGoals,
                    this::recruit,
                    this::train,
                    this::implement,
                    this::evaluate);
            for (Runnable work : phases) {
                if (program.phase() == phase) {
                    break;
                }
                work.run();
                ProgramPhase target = program.phase() == ProgramPhase.EVALUATION
                        ? phase
                        : program.phase().nextPhases().get(0);
                record(program.advanceTo(target, hr, tick(1)));
            }
            return new SampleProgram(agency, program, history);
        }

        private void prepare() {
            at(LocalDate.of(2026, 2, 3));
            run(p -> p.nameSponsor(director, hr, tick(0)));
            run(p -> p.nameCoordinator(hr, hr, tick(0)));
        }

        private void analyse() {
            List<Person> participants = new ArrayList<>(agency.withRole(Role.HR));
            participants.addAll(agency.withRole(Role.LEARNING_SPECIALIST));
            List<Person> team = participants.subList(0, Math.min(6, participants.size()));
            for (LocalDate day : List.of(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 24))) {
                at(day);
                run(p -> p.holdHrDay(HrDayId.next(ids), day, team, Optional.empty(), hr, tick(0)));
            }
            List<LocalizedText> findings = new ArrayList<>();
            for (String[] finding : pick(FINDINGS, 2 + random.nextInt(2))) {
                findings.add(LocalizedText.of(finding[0], finding[1], finding[2]));
            }
            Optional<LocalDate> survey =
                    random.nextInt(10) < 7 ? Optional.of(LocalDate.of(2026, 2, 17)) : Optional.empty();
            run(p -> p.recordCultureAnalysis(findings, survey, hr, tick(0)));
            for (String[] dimension : pick(DIMENSIONS, 1 + random.nextInt(3))) {
                DevelopmentTarget target = DevelopmentTarget.builder()
                        .id(DevelopmentTargetId.next(ids))
                        .title(LocalizedText.of(dimension[1], dimension[2], dimension[3]))
                        .dimension(dimension[0])
                        .build();
                run(p -> p.chooseDevelopmentTarget(target, hr, tick(0)));
            }
        }

        private void setGoals() {
            at(LocalDate.of(2026, 3, 3));
            for (ProgramGoal goal : agency.goals()) {
                run(p -> p.setGoal(goal, agency.organization(), director, tick(0)));
            }
        }

        private void recruit() {
            at(LocalDate.of(2026, 3, 16));
            for (Person mentor : agency.activeMentors()) {
                run(p -> p.enrollMentor(mentor, hr, tick(0)));
            }
            LocalDate session = LocalDate.of(2026, 4, 13).plusDays(random.nextInt(5));
            List<LocalDate> sessions = new ArrayList<>();
            for (int s = 0; s < program.template().sessionCount(); s++) {
                LocalDate date = session;
                sessions.add(date);
                run(p -> p.scheduleSession(SessionId.next(ids), date, hr, tick(0)));
                session = session.plusDays(28 + random.nextInt(7));
            }
            for (int after = 1; after < sessions.size(); after++) {
                LocalDate due = sessions.get(after).minusDays(3 + random.nextInt(5));
                int interval = after;
                for (int n = 0; n < program.template().assignmentsPerInterval(); n++) {
                    LocalizedText title = LocalizedText.of(
                            "Välitehtävä " + interval, "Mellanuppgift " + interval, "Interim assignment " + interval);
                    run(p -> p.giveAssignment(AssignmentId.next(ids), title, interval, due, hr, tick(0)));
                }
            }
        }

        private void train() {
            List<PersonId> mentors = program.activeMentors();
            for (int s = 0; s < program.sessions().size(); s++) {
                SessionId session = program.sessions().get(s).id();
                at(program.sessions().get(s).date());
                run(p -> p.holdSession(session, hr, tick(0)));
                for (PersonId mentor : program.activeMentors()) {
                    boolean present = random.nextInt(10) > 0;
                    run(p -> p.recordAttendance(session, mentor, present, hr, tick(0)));
                }
                if (s == 0) {
                    // About one mentor in fifty leaves the programme after the first session.
                    for (PersonId mentor : mentors) {
                        if (random.nextInt(50) == 0 && program.activeMentors().size() > 2) {
                            run(p -> p.withdrawMentor(mentor, hr, tick(0)));
                        }
                    }
                }
            }
            for (int a = 0; a < program.assignments().size(); a++) {
                var assignment = program.assignments().get(a);
                at(assignment.dueOn().minusDays(1));
                List<PersonId> active = program.activeMentors();
                for (int i = 0; i < active.size(); i++) {
                    if (random.nextInt(5) == 0) {
                        continue;
                    }
                    List<PersonId> submitters = random.nextInt(4) == 0 && i + 1 < active.size()
                            ? List.of(active.get(i), active.get(++i))
                            : List.of(active.get(i));
                    run(p -> p.submitAssignment(assignment.id(), submitters, hr, tick(0)));
                }
            }
            LocalDate last =
                    program.sessions().get(program.sessions().size() - 1).date();
            for (LocalDate day : List.of(program.sessions().get(0).date().plusDays(10), last.minusDays(5))) {
                at(day);
                List<Person> attendees = new ArrayList<>();
                attendees.add(hr);
                for (PersonId mentor : program.activeMentors()) {
                    if (random.nextInt(10) < 6) {
                        agency.person(mentor).ifPresent(attendees::add);
                    }
                }
                run(p -> p.holdMentorHrMeeting(MeetingId.next(ids), day, attendees, Optional.empty(), hr, tick(0)));
            }
            at(last);
            for (PersonId mentor : program.activeMentors()) {
                run(p -> p.writeCredo(mentor, CREDOS.get(random.nextInt(CREDOS.size())), hr, tick(0)));
            }
        }

        private void implement() {
            at(LocalDate.of(2026, 8, 17));
            List<ActionItemId> items = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ActionItemId item = ActionItemId.next(ids);
                items.add(item);
                PersonId ownerId = program.activeMentors()
                        .get(random.nextInt(program.activeMentors().size()));
                Person owner = agency.person(ownerId).orElseThrow();
                LocalDate due = LocalDate.of(2026, 9, 1).plusDays(random.nextInt(60));
                LocalizedText what = LocalizedText.of(
                        "Oppimisen jakaminen tiimipalaverissa " + (i + 1),
                        "Dela lärande på teammötet " + (i + 1),
                        "Share learning in the team meeting " + (i + 1));
                run(p -> p.addActionItem(item, what, owner, due, hr, tick(0)));
            }
            for (SupportKind kind : List.of(SupportKind.TIME, SupportKind.CONTACT)) {
                SupportActivity activity = SupportActivity.builder()
                        .id(SupportActivityId.next(ids))
                        .kind(kind)
                        .description(
                                kind == SupportKind.TIME
                                        ? LocalizedText.of(
                                                "Kaksi tuntia kuussa", "Två timmar i månaden", "Two hours a month")
                                        : LocalizedText.of(
                                                "HR:n yhteyshenkilö", "Kontaktperson på HR", "A contact in HR"))
                        .from(LocalDate.of(2026, 8, 17))
                        .build();
                run(p -> p.arrangeSupport(activity, hr, tick(0)));
            }
            for (LocalDate day : List.of(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 10, 27))) {
                at(day);
                LocalizedText reviewed =
                        LocalizedText.of("Suunnitelmien eteneminen", "Planernas framsteg", "Progress of the plans");
                run(p -> p.recordCheckpoint(CheckpointId.next(ids), day, reviewed, Optional.empty(), hr, tick(0)));
            }
            run(p -> p.changeActionItemStatus(items.get(0), ActionStatus.DONE, hr, tick(0)));
        }

        private void evaluate() {
            at(LocalDate.of(2026, 12, 1));
            run(p -> p.recordEvaluation(LocalDate.of(2026, 12, 1), hr, tick(0)));
        }

        private void run(Function<MentoringProgram, Change<MentoringProgram>> command) {
            record(command.apply(program));
        }

        private void record(Change<MentoringProgram> change) {
            program = change.state();
            history.addAll(change.events());
        }

        /** Moves the story's clock to 09:00 Helsinki time (07:00 UTC) on the day, never backwards. */
        private void at(LocalDate day) {
            Instant morning = day.atTime(7, 0).toInstant(ZoneOffset.UTC);
            if (morning.isAfter(clock)) {
                clock = morning;
            }
        }

        /** Returns the clock after some minutes, so events are in strict time order. */
        private Instant tick(int extraDays) {
            clock = clock.plus(Duration.ofDays(extraDays));
            clock = clock.plus(Duration.ofMinutes(1 + random.nextInt(5)));
            return clock;
        }

        private <T> List<T> pick(List<T> from, int count) {
            List<T> copy = new ArrayList<>(from);
            for (int i = copy.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                T swap = copy.get(i);
                copy.set(i, copy.get(j));
                copy.set(j, swap);
            }
            return copy.subList(0, Math.min(count, copy.size()));
        }
    }

    private static final List<String> CREDOS = List.of(
            "Kuuntelen ensin ja kysyn sitten.",
            "Jokainen päivä on oppimisen päivä.",
            "Jag delar det jag lär mig.",
            "Mistakes are how a team learns.");
}
