package org.learningmentor.examples.cli;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.learningmentor.core.common.ActionItemId;
import org.learningmentor.core.common.DevelopmentTargetId;
import org.learningmentor.core.common.IdGenerator;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.ProgressEntryId;
import org.learningmentor.core.common.SessionId;
import org.learningmentor.core.common.SupportActivityId;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.core.evaluation.RuleSets;
import org.learningmentor.core.goal.ProgramGoal;
import org.learningmentor.core.organization.OrgUnit;
import org.learningmentor.core.pair.MentoringPair;
import org.learningmentor.core.pair.PairKind;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.plan.GoalAttainmentScale;
import org.learningmentor.core.plan.GoalRating;
import org.learningmentor.core.plan.MentorPlan;
import org.learningmentor.core.plan.ProgressEntry;
import org.learningmentor.core.program.ActionStatus;
import org.learningmentor.core.program.DevelopmentTarget;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.core.program.ProgramTemplate;
import org.learningmentor.core.program.SupportActivity;
import org.learningmentor.core.program.SupportKind;
import org.learningmentor.core.survey.CultureProfile;
import org.learningmentor.core.survey.GroupProfile;
import org.learningmentor.core.survey.Instrument;
import org.learningmentor.core.survey.Instruments;
import org.learningmentor.core.survey.Item;
import org.learningmentor.core.survey.Survey;
import org.learningmentor.core.survey.SurveyPurpose;
import org.learningmentor.runtime.Actor;
import org.learningmentor.runtime.LearningMentor;
import org.learningmentor.runtime.transfer.ProgramDocument;
import org.learningmentor.testkit.sample.SampleData;
import org.learningmentor.testkit.sample.SampleOrganization;
import org.learningmentor.testkit.sample.SampleSurveys;
import org.learningmentor.testkit.time.TestClock;

/**
 * The demo's story: a whole learning-mentoring programme of a fictional Finnish state agency, told
 * through the runtime's use cases only, each by the person whose role may do it, phase after phase.
 *
 * <ol>
 *   <li>Preparation: HR creates the programme; the director general sponsors it, HR coordinates.
 *   <li>Analysis: a trainer runs two HR days; a baseline survey is answered by about two in three;
 *       a learning specialist records the analysis and chooses two development targets.
 *   <li>Goal setting: the director sets management's three goals.
 *   <li>Recruitment: the agency's consenting mentors are enrolled by HR, two more employees
 *       volunteer and enrol themselves; the trainer schedules three sessions and two interim
 *       assignments.
 *   <li>Training: sessions held with attendance; mentors submit assignments; pairs form (by
 *       proposal and by HR); every mentor or pair drafts a plan, HR approves it; two mentor–HR
 *       meetings; credos.
 *   <li>Implementation: action items, support, two checkpoints with progress on every plan; a
 *       follow-up survey.
 *   <li>Evaluation: HR evaluates with {@link RuleSets#defaults()} and closes the programme, then
 *       exports it as a programme document.
 * </ol>
 *
 * <p>Deterministic: the agency, ids, clock and answers come from fixed seeds, so two runs store the
 * same records and write the same reports (survey responses get random ids inside the runtime, by
 * design, but nothing reported depends on them).
 */
final class DemoProgramme {

    /** The agency's generator seed and size. */
    static final long AGENCY_SEED = 2026;

    static final int PEOPLE = 300;

    /** The seed of the runtime's ids. */
    static final long ID_SEED = 42;

    /** The clock's start: a Monday morning in January 2026, before the programme starts. */
    static final Instant CLOCK_START = Instant.parse("2026-01-26T07:00:00Z");

    static final LocalDate START = LocalDate.of(2026, 2, 2);
    static final LocalDate END = LocalDate.of(2026, 12, 18);

    /** What the host knows and the data does not: planned mentors, costs and benefits (euros). */
    static final int PLANNED_MENTORS = 8;

    static final BigDecimal COSTS = new BigDecimal("24000");
    static final BigDecimal BENEFITS = new BigDecimal("61000");

    /** What the story did, for the summary. */
    record Result(
            ProgramId programId,
            MentoringProgram program,
            Evaluation evaluation,
            int mentors,
            int pairs,
            int plans,
            SurveyResult baseline,
            SurveyResult followUp,
            ProgramDocument document) {}

    /** A survey's responses and how many of its groups the anonymity threshold hides. */
    record SurveyResult(Survey survey, CultureProfile profile, int responses, int groupsShown, int groupsHidden) {}

    private final LearningMentor lm;
    private final TestClock clock;
    private final SampleOrganization agency;
    private final SplittableRandom random = new SplittableRandom(7);
    private final Actor hr;
    private final Actor director;
    private final Actor trainer;
    private final Actor specialist;
    private final Map<PersonId, Person> mentors = new LinkedHashMap<>();
    private ProgramId id;
    private long tokenSeed = 1;

    private DemoProgramme(LearningMentor lm, TestClock clock, SampleOrganization agency) {
        this.lm = lm;
        this.clock = clock;
        this.agency = agency;
        this.hr = Actor.of(agency.withRole(Role.HR).get(0));
        this.director = Actor.of(agency.director());
        this.trainer = Actor.of(agency.withRole(Role.TRAINER).get(0));
        this.specialist = Actor.of(agency.withRole(Role.LEARNING_SPECIALIST).get(0));
    }

    /** The demo's agency: the same every run. */
    static SampleOrganization agency() {
        return SampleData.organization(AGENCY_SEED, PEOPLE);
    }

    /** The clock the runtime must be built with; the story moves it. */
    static TestClock clock() {
        return TestClock.at(CLOCK_START);
    }

    /** The ids the runtime must be built with. */
    static IdGenerator ids() {
        return IdGenerator.seeded(ID_SEED);
    }

    /**
     * Runs the whole programme on an empty store.
     *
     * @param lm a runtime over the store, built with {@link #clock()} and {@link #ids()}
     * @param clock that clock
     * @param agency {@link #agency()}
     * @return what happened, never null
     */
    static Result run(LearningMentor lm, TestClock clock, SampleOrganization agency) {
        return new DemoProgramme(lm, clock, agency).tell();
    }

    private Result tell() {
        lm.organizations().register(agency.organization(), agency.people());

        // 1. Preparation
        at(LocalDate.of(2026, 2, 2));
        MentoringProgram program = lm.programs()
                .create(
                        hr,
                        LocalizedText.of(
                                "Oppimismentorointi 2026", "Lärandementorskap 2026", "Learning mentoring 2026"),
                        ProgramTemplate.standard(),
                        START,
                        END,
                        List.of());
        id = program.id();
        lm.programs().nameSponsor(hr, id, director.personId());
        lm.programs().nameCoordinator(hr, id, hr.personId());
        advance();

        // 2. Analysis: HR days, the baseline survey, the analysis and its development targets
        List<PersonId> team = new ArrayList<>();
        agency.withRole(Role.HR).stream().limit(3).forEach(p -> team.add(p.id()));
        agency.withRole(Role.LEARNING_SPECIALIST).stream().limit(2).forEach(p -> team.add(p.id()));
        at(LocalDate.of(2026, 2, 10));
        lm.programs()
                .holdHrDay(trainer, id, LocalDate.of(2026, 2, 10), team, Optional.of("Oppimiskulttuurin analyysi"));
        SurveyResult baseline = survey(SurveyPurpose.BASELINE, LocalDate.of(2026, 2, 11), LocalDate.of(2026, 2, 20), 0);
        at(LocalDate.of(2026, 2, 24));
        lm.programs().holdHrDay(trainer, id, LocalDate.of(2026, 2, 24), team, Optional.of("Tavoitteiden valmistelu"));
        lm.programs()
                .recordCultureAnalysis(
                        specialist,
                        id,
                        List.of(
                                LocalizedText.of(
                                        "Tiimit jakavat osaamistaan harvoin",
                                        "Teamen delar sällan sitt kunnande",
                                        "Teams rarely share what they know"),
                                LocalizedText.of(
                                        "Palautetta annetaan vähän",
                                        "Det ges lite återkoppling",
                                        "Little feedback is given")),
                        Optional.of(LocalDate.of(2026, 2, 11)));
        lm.programs()
                .chooseDevelopmentTarget(
                        specialist, id, target("TEAM_LEARNING", "Tiimioppiminen", "Lärande i team", "Team learning"));
        lm.programs()
                .chooseDevelopmentTarget(
                        specialist,
                        id,
                        target(
                                "INQUIRY_AND_DIALOGUE",
                                "Kysely ja dialogi",
                                "Frågande och dialog",
                                "Inquiry and dialogue"));
        advance();

        // 3. Goal setting: management's goals
        at(LocalDate.of(2026, 3, 3));
        for (ProgramGoal goal : agency.goals()) {
            lm.programs().setGoal(director, id, goal);
        }
        advance();

        // 4. Recruitment: the consenting mentors, two new volunteers, sessions and assignments
        at(LocalDate.of(2026, 3, 16));
        for (Person mentor : agency.activeMentors()) {
            lm.programs().enrollMentor(hr, id, mentor.id());
            mentors.put(mentor.id(), mentor);
        }
        agency.people().stream()
                .filter(p -> p.roles().equals(java.util.Set.of(Role.EMPLOYEE)))
                .filter(p -> p.enrollment().history().isEmpty())
                .limit(2)
                .forEach(p -> {
                    Person volunteer = lm.people().volunteerAsMentor(Actor.of(p), p.id());
                    lm.programs().enrollMentor(Actor.of(volunteer), id, volunteer.id());
                    mentors.put(volunteer.id(), volunteer);
                });
        List<LocalDate> sessionDates =
                List.of(LocalDate.of(2026, 4, 14), LocalDate.of(2026, 5, 12), LocalDate.of(2026, 6, 9));
        for (LocalDate date : sessionDates) {
            lm.programs().scheduleSession(trainer, id, date);
        }
        for (int after = 1; after < sessionDates.size(); after++) {
            lm.programs()
                    .giveAssignment(
                            trainer,
                            id,
                            LocalizedText.of(
                                    "Välitehtävä " + after, "Mellanuppgift " + after, "Interim assignment " + after),
                            after,
                            sessionDates.get(after).minusDays(4));
        }
        program = advance();

        // 5. Training
        List<PersonId> active = program.activeMentors();
        List<SessionId> sessions = program.sessions().stream().map(s -> s.id()).toList();
        for (int s = 0; s < sessions.size(); s++) {
            at(sessionDates.get(s));
            lm.programs().holdSession(trainer, id, sessions.get(s));
            for (int m = 0; m < active.size(); m++) {
                boolean present = (m + s) % 5 != 3; // one or two absences per session
                lm.programs().recordAttendance(trainer, id, sessions.get(s), active.get(m), present);
            }
            if (s < program.assignments().size()) {
                var assignment = program.assignments().get(s);
                at(assignment.dueOn().minusDays(1));
                for (int m = 0; m < active.size(); m++) {
                    if (m % 4 != 2) { // about three in four submit
                        lm.programs()
                                .submitAssignment(mentor(active.get(m)), id, assignment.id(), List.of(active.get(m)));
                    }
                }
            }
            if (s == 0) {
                at(sessionDates.get(0).plusDays(10));
                lm.programs()
                        .holdMentorHrMeeting(
                                hr, id, sessionDates.get(0).plusDays(10), withHr(active), Optional.empty());
            }
        }
        // Pairs: one by proposal and acceptance, one formed by HR; the rest plan alone.
        at(LocalDate.of(2026, 5, 18));
        List<MentoringPair> pairs = new ArrayList<>();
        MentoringPair proposed = lm.pairs().propose(mentor(active.get(0)), id, PairKind.MENTOR_PAIR, active.get(1));
        pairs.add(lm.pairs().accept(mentor(active.get(1)), proposed.id()));
        pairs.add(lm.pairs().pairDirectly(hr, id, PairKind.MENTOR_PAIR, active.get(2), active.get(3)));
        List<MentorPlan> plans = new ArrayList<>();
        int n = 0;
        for (MentoringPair pair : pairs) {
            Actor owner = mentor(pair.first());
            MentorPlan plan = lm.plans().draftForPair(owner, pair.id(), title(n));
            plans.add(completeDraft(owner, plan, pair.second(), n++));
        }
        for (PersonId mentorId : active.subList(4, active.size())) {
            Actor owner = mentor(mentorId);
            MentorPlan plan = lm.plans().draftIndividual(owner, id, title(n));
            plans.add(completeDraft(owner, plan, mentorId, n++));
        }
        at(LocalDate.of(2026, 6, 1));
        List<MentorPlan> approved = new ArrayList<>();
        for (MentorPlan plan : plans) {
            approved.add(lm.plans().approve(hr, plan.id()));
        }
        at(LocalDate.of(2026, 6, 4));
        lm.programs().holdMentorHrMeeting(hr, id, LocalDate.of(2026, 6, 4), withHr(active), Optional.empty());
        at(sessionDates.get(2));
        for (PersonId mentorId : active) {
            lm.programs().writeCredo(mentor(mentorId), id, mentorId, CREDOS.get(random.nextInt(CREDOS.size())));
        }
        advance();

        // 6. Implementation: the programme's action items, support, checkpoints, plan progress
        at(LocalDate.of(2026, 8, 17));
        for (int i = 0; i < 3; i++) {
            lm.programs()
                    .addActionItem(
                            hr,
                            id,
                            LocalizedText.of(
                                    "Oppimisen jakaminen tiimipalaverissa " + (i + 1),
                                    "Dela lärande på teammötet " + (i + 1),
                                    "Share learning in the team meeting " + (i + 1)),
                            active.get(i),
                            LocalDate.of(2026, 10, 1).plusDays(14L * i));
        }
        lm.programs()
                .arrangeSupport(
                        specialist,
                        id,
                        support(SupportKind.TIME, "Kaksi tuntia kuussa", "Två timmar i månaden", "Two hours a month"));
        lm.programs()
                .arrangeSupport(
                        specialist,
                        id,
                        support(SupportKind.CONTACT, "HR:n yhteyshenkilö", "Kontaktperson på HR", "A contact in HR"));
        int checkpoint = 0;
        for (LocalDate day : List.of(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 10, 27))) {
            at(day);
            lm.programs()
                    .recordCheckpoint(
                            specialist,
                            id,
                            day,
                            LocalizedText.of("Suunnitelmien eteneminen", "Planernas framsteg", "Progress of the plans"),
                            Optional.empty());
            for (int p = 0; p < approved.size(); p++) {
                MentorPlan plan = approved.get(p);
                PersonId owner = plan.ownerIds().get(0);
                List<GoalRating> ratings = new ArrayList<>();
                for (var goal : plan.goals()) {
                    // Most plans reach what they expected or better by the second checkpoint.
                    int level = checkpoint == 0 ? (p % 3) - 1 : ((p + 1) % 4) - 1 + (p % 2);
                    ratings.add(GoalRating.of(goal.goalId(), Math.max(-2, Math.min(2, level))));
                }
                lm.plans()
                        .recordProgress(
                                mentor(owner),
                                plan.id(),
                                ProgressEntry.builder()
                                        .id(ProgressEntryId.next(ids))
                                        .date(day)
                                        .addAllRatings(ratings)
                                        .build());
            }
            checkpoint++;
        }
        program = lm.programs().find(hr, id).orElseThrow();
        ActionItemId first = program.actionPlan().items().get(0).id();
        lm.programs().changeActionItemStatus(mentor(active.get(0)), id, first, ActionStatus.DONE);
        SurveyResult followUp =
                survey(SurveyPurpose.FOLLOW_UP, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 16), 1);
        advance();

        // 7. Evaluation
        at(LocalDate.of(2026, 12, 1));
        Evaluation evaluation = lm.evaluations()
                .evaluate(
                        hr,
                        id,
                        RuleSets.defaults(),
                        OptionalInt.of(PLANNED_MENTORS),
                        Optional.of(COSTS),
                        Optional.of(BENEFITS));
        lm.programs().recordEvaluation(hr, id, LocalDate.of(2026, 12, 1));
        at(LocalDate.of(2026, 12, 18));
        program = lm.programs().advanceTo(hr, id, ProgramPhase.CLOSED);
        // The whole programme as one document, for `learningmentor evaluate` and `import`.
        ProgramDocument document = lm.transfers().exportProgram(hr, id);
        return new Result(
                id, program, evaluation, active.size(), pairs.size(), approved.size(), baseline, followUp, document);
    }

    /** A separate id stream for progress entries, which the caller names. */
    private final IdGenerator ids = IdGenerator.seeded(ID_SEED + 1);

    private MentoringProgram advance() {
        clock.advance(java.time.Duration.ofMinutes(5));
        return lm.programs().advance(hr, id);
    }

    /** Links every goal with a scale, a development target, two or three action items, submits. */
    private MentorPlan completeDraft(Actor owner, MentorPlan plan, PersonId other, int n) {
        MentoringProgram program = lm.programs().find(hr, id).orElseThrow();
        for (ProgramGoal goal : program.goals()) {
            lm.plans().linkGoal(owner, plan.id(), goal.id());
            lm.plans().setScale(owner, plan.id(), goal.id(), scale(n));
        }
        DevelopmentTarget target = program.cultureAnalysis().targets().get(n % 2);
        lm.plans().linkDevelopmentTarget(owner, plan.id(), target.id());
        int items = 2 + n % 2;
        for (int i = 0; i < items; i++) {
            String[] what = ACTIONS.get((n + i) % ACTIONS.size());
            lm.plans()
                    .addActionItem(
                            owner,
                            plan.id(),
                            LocalizedText.of(what[0], what[1], what[2]),
                            i % 2 == 0 ? owner.personId() : other,
                            LocalDate.of(2026, 9, 1).plusDays(21L * i + n));
        }
        lm.plans()
                .describeSupportNeeded(
                        owner,
                        plan.id(),
                        Optional.of(LocalizedText.of("Aikaa työpajoille", "Tid för verkstäder", "Time for workshops")));
        lm.plans().setMonitoringDates(owner, plan.id(), List.of(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 10, 27)));
        return lm.plans().submit(owner, plan.id());
    }

    /**
     * Opens a survey of the whole agency, lets about two in three answer (from their units), closes
     * it and reads its profile. Answers rise a little between the baseline and the follow-up in the
     * development targets' dimensions.
     */
    private SurveyResult survey(SurveyPurpose purpose, LocalDate open, LocalDate close, int round) {
        at(open);
        List<OrgUnitId> audience =
                agency.organization().topLevelUnits().stream().map(OrgUnit::id).toList();
        Instrument instrument = Instruments.defaultInstrument();
        Survey survey = lm.surveys().open(specialist, id, instrument, purpose, audience);
        int responses = 0;
        for (Person person : agency.people()) {
            if (random.nextInt(3) == 0) {
                continue; // one in three does not answer
            }
            Map<String, Integer> answers = new LinkedHashMap<>();
            Map<String, Integer> levels = new LinkedHashMap<>();
            for (Item item : instrument.items()) {
                int level = levels.computeIfAbsent(item.dimension(), d -> {
                    int base = 3 + random.nextInt(3) - (random.nextInt(4) == 0 ? 1 : 0);
                    boolean target = d.equals("TEAM_LEARNING") || d.equals("INQUIRY_AND_DIALOGUE");
                    return Math.min(6, base + (round == 1 && target && random.nextInt(2) == 0 ? 1 : 0));
                });
                int answer = Math.max(1, Math.min(6, level + random.nextInt(3) - 1));
                answers.put(item.code(), item.reverseKeyed() ? 7 - answer : answer);
            }
            lm.surveys()
                    .respond(
                            SampleSurveys.token(round * 100_000L + tokenSeed++),
                            survey.id(),
                            agency.organization().id(),
                            person.unitId(),
                            answers);
            responses++;
        }
        at(close);
        Survey closed = lm.surveys().close(specialist, survey.id());
        CultureProfile profile = lm.surveys().profile(hr, survey.id());
        int hidden = (int)
                profile.groups().stream().filter(GroupProfile::isSuppressed).count();
        return new SurveyResult(closed, profile, responses, profile.groups().size() - hidden, hidden);
    }

    private Actor mentor(PersonId id) {
        Person stored = lm.people().find(hr, id).orElseThrow();
        return Actor.of(stored);
    }

    private List<PersonId> withHr(List<PersonId> attendees) {
        List<PersonId> all = new ArrayList<>();
        all.add(hr.personId());
        all.addAll(attendees);
        return all;
    }

    /** Moves the clock to 09:00 Helsinki time (07:00 UTC) on the day, or a minute on when past it. */
    private void at(LocalDate day) {
        Instant morning = day.atTime(7, 0).toInstant(ZoneOffset.UTC);
        if (morning.isAfter(clock.instant())) {
            clock.setInstant(morning);
        } else {
            clock.advance(java.time.Duration.ofMinutes(1));
        }
    }

    private static DevelopmentTarget target(String dimension, String fi, String sv, String en) {
        return DevelopmentTarget.builder()
                .id(DevelopmentTargetId.of(
                        java.util.UUID.nameUUIDFromBytes(dimension.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .title(LocalizedText.of(fi, sv, en))
                .dimension(dimension)
                .build();
    }

    private SupportActivity support(SupportKind kind, String fi, String sv, String en) {
        return SupportActivity.builder()
                .id(SupportActivityId.next(ids))
                .kind(kind)
                .description(LocalizedText.of(fi, sv, en))
                .from(LocalDate.of(2026, 8, 17))
                .build();
    }

    private static LocalizedText title(int n) {
        String[] title = TITLES.get(n % TITLES.size());
        return LocalizedText.of(title[0], title[1], title[2]);
    }

    private static GoalAttainmentScale scale(int n) {
        return GoalAttainmentScale.of(
                LocalizedText.of("Ei yhtään tiimiä mukana", "Inget team deltar", "No team takes part"),
                LocalizedText.of("Yksi tiimi silloin tällöin", "Ett team då och då", "One team now and then"),
                LocalizedText.of("Kaksi tiimiä kuukausittain", "Två team varje månad", "Two teams monthly"),
                LocalizedText.of("Kolme tiimiä kuukausittain", "Tre team varje månad", "Three teams monthly"),
                LocalizedText.of("Jokainen tiimi kuukausittain", "Varje team varje månad", "Every team monthly"));
    }

    private static final List<String[]> TITLES = List.of(
            new String[] {"Palautekulttuuri tiimeihin", "Återkopplingskultur i teamen", "A feedback culture in teams"},
            new String[] {"Osaaminen kiertämään", "Kunnandet i omlopp", "Knowledge that circulates"},
            new String[] {"Perehdytys yhdessä", "Introduktion tillsammans", "Onboarding together"},
            new String[] {"Oppiminen osaksi arkea", "Lärande i vardagen", "Learning in everyday work"});

    private static final List<String[]> ACTIONS = List.of(
            new String[] {"Palautetyöpaja tiimille", "Återkopplingsverkstad för teamet", "A feedback workshop"},
            new String[] {"Kuukausittainen oppimistuokio", "Månatlig lärandestund", "A monthly learning hour"},
            new String[] {"Työnkierto kahden yksikön välillä", "Jobbrotation mellan två enheter", "Job rotation"},
            new String[] {"Perehdytyskansio uusille", "Introduktionspärm för nya", "An onboarding guide"},
            new String[] {"Mentorikahvit kerran kuussa", "Mentorkaffe en gång i månaden", "Mentor coffee monthly"});

    private static final List<String> CREDOS = List.of(
            "Kuuntelen ensin ja kysyn sitten.",
            "Jokainen päivä on oppimisen päivä.",
            "Jag delar det jag lär mig.",
            "Mistakes are how a team learns.");
}
