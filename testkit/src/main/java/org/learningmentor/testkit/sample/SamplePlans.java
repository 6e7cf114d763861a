package org.learningmentor.testkit.sample;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import org.learningmentor.core.common.ActionItemId;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.IdGenerator;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.PairId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.PlanId;
import org.learningmentor.core.goal.ProgramGoal;
import org.learningmentor.core.pair.MentoringPair;
import org.learningmentor.core.pair.PairKind;
import org.learningmentor.core.pair.PairingPolicy;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.plan.GoalAttainmentScale;
import org.learningmentor.core.plan.MentorPlan;
import org.learningmentor.core.program.ActionItem;
import org.learningmentor.core.program.DevelopmentTarget;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.ProgramMentor;

/**
 * A seeded generator of the mentoring pairs and mentor plans of a {@linkplain SamplePrograms sample
 * programme}, made with the model's own commands ({@link MentoringPair#pairDirectly}, {@link
 * MentorPlan#draftIndividual} and the plan's editing commands), so every rule is met. The same
 * programme and seed always give the same pair or plan, ids included.
 *
 * <pre>{@code
 * SampleProgram sample = SamplePrograms.inPhase(SampleData.organization(2026, 300), ProgramPhase.TRAINING, 7);
 * MentoringPair pair = SamplePlans.pair(sample, 1);          // two mentors, paired by HR
 * MentorPlan plan = SamplePlans.individualPlan(sample, 2);    // a draft ready to submit
 * }</pre>
 *
 * <p>A plan is a mentor's draft as it is before submission: one to three of the programme's goals,
 * each with a goal attainment scale (the second with weight 2), a development target of the
 * culture analysis, three to five action items due between September and November 2026, the
 * support asked of HR and two monitoring dates. The programme must be past recruitment (it has
 * active mentors) and have goals: {@link org.learningmentor.core.program.ProgramPhase#TRAINING} or
 * later.
 */
public final class SamplePlans {

    /** When the sample pairs form and the plans are drafted: training days of May 2026, 09:00 Helsinki. */
    private static final Instant DRAFTED = Instant.parse("2026-05-11T06:00:00Z");

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
            new String[] {"Kollegakysely oppimisesta", "Kollegaenkät om lärande", "A peer survey on learning"},
            new String[] {"Mentorikahvit kerran kuussa", "Mentorkaffe en gång i månaden", "Mentor coffee monthly"});

    private SamplePlans() {}

    /**
     * Generates an active mentor pair of two active mentors of the programme, paired directly by the
     * agency's first HR person.
     *
     * @param sample the programme, past recruitment, not null
     * @param seed any value; the same programme and seed give the same pair
     * @return the pair, version 0, never null
     */
    public static MentoringPair pair(SampleProgram sample, long seed) {
        Objects.requireNonNull(sample, "sample");
        SplittableRandom random = new SplittableRandom(seed);
        IdGenerator ids = IdGenerator.seeded(random.nextLong());
        List<Person> mentors = activeMentors(sample);
        int first = random.nextInt(mentors.size());
        int second = (first + 1 + random.nextInt(mentors.size() - 1)) % mentors.size();
        Person hr = sample.agency().withRole(Role.HR).get(0);
        return MentoringPair.pairDirectly(
                        PairId.next(ids),
                        PairKind.MENTOR_PAIR,
                        sample.program(),
                        hr,
                        mentors.get(first),
                        mentors.get(second),
                        List.of(),
                        PairingPolicy.defaults(),
                        DRAFTED.plus(Duration.ofMinutes(random.nextInt(600))))
                .state();
    }

    /**
     * Generates an active mentor's individual plan, a full draft (see the class description).
     *
     * @param sample the programme, in training or later, not null
     * @param seed any value; the same programme and seed give the same plan
     * @return the plan in {@code DRAFT}, version 0, never null
     */
    public static MentorPlan individualPlan(SampleProgram sample, long seed) {
        Objects.requireNonNull(sample, "sample");
        SplittableRandom random = new SplittableRandom(seed);
        IdGenerator ids = IdGenerator.seeded(random.nextLong());
        MentoringProgram program = sample.program();
        List<Person> mentors = activeMentors(sample);
        Person mentor = mentors.get(random.nextInt(mentors.size()));
        PersonId owner = mentor.id();
        Instant[] clock = {DRAFTED.plus(Duration.ofMinutes(random.nextInt(600)))};
        String[] title = TITLES.get(random.nextInt(TITLES.size()));
        Change<MentorPlan> plan = MentorPlan.draftIndividual(
                PlanId.next(ids), program, mentor, LocalizedText.of(title[0], title[1], title[2]), clock[0]);

        List<ProgramGoal> goals = program.goals();
        int goalCount = Math.min(goals.size(), 1 + random.nextInt(3));
        for (int i = 0; i < goalCount; i++) {
            ProgramGoal goal = goals.get(i);
            GoalAttainmentScale scale = scale(goal, random);
            Instant at = tick(clock);
            plan = plan.andThen(p -> p.linkGoal(goal.id(), program, owner, at))
                    .andThen(p -> p.setScale(goal.id(), scale, owner, at));
            if (i == 1) {
                plan = plan.andThen(p -> p.setGoalWeight(goal.id(), BigDecimal.valueOf(2), owner, at));
            }
        }
        List<DevelopmentTarget> targets = program.cultureAnalysis().targets();
        if (!targets.isEmpty()) {
            DevelopmentTarget target = targets.get(random.nextInt(targets.size()));
            Instant at = tick(clock);
            plan = plan.andThen(p -> p.linkDevelopmentTarget(target.id(), program, owner, at));
        }
        int itemCount = 3 + random.nextInt(3);
        List<String[]> actions = new ArrayList<>(ACTIONS);
        for (int i = 0; i < itemCount; i++) {
            String[] what = actions.remove(random.nextInt(actions.size()));
            ActionItem item = ActionItem.builder()
                    .id(ActionItemId.next(ids))
                    .what(LocalizedText.of(what[0], what[1], what[2]))
                    .ownerId(owner)
                    .dueOn(LocalDate.of(2026, 9, 1).plusDays(random.nextInt(90)))
                    .build();
            Instant at = tick(clock);
            plan = plan.andThen(p -> p.addActionItem(item, program, owner, at));
        }
        LocalizedText support = random.nextBoolean()
                ? LocalizedText.of(
                        "Aikaa työpajoille ja HR:n tuki", "Tid för verkstäder och stöd från HR", "Time for workshops")
                : LocalizedText.of("Esihenkilön tuki", "Stöd från chefen", "Support from my manager");
        Instant supportAt = tick(clock);
        Instant datesAt = tick(clock);
        List<LocalDate> monitoring = List.of(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 10, 27));
        return plan.andThen(p -> p.describeSupportNeeded(Optional.of(support), owner, supportAt))
                .andThen(p -> p.setMonitoringDates(monitoring, program, owner, datesAt))
                .state();
    }

    private static List<Person> activeMentors(SampleProgram sample) {
        List<Person> mentors = new ArrayList<>();
        for (ProgramMentor mentor : sample.program().mentors()) {
            if (mentor.isActive()) {
                sample.agency().person(mentor.personId()).ifPresent(mentors::add);
            }
        }
        if (mentors.size() < 2) {
            throw new IllegalArgumentException("the programme has " + mentors.size()
                    + " active mentors: pass a sample programme past recruitment (TRAINING or later)");
        }
        return mentors;
    }

    /** A five-level scale around the goal: what the plan expects, worded in three languages. */
    private static GoalAttainmentScale scale(ProgramGoal goal, SplittableRandom random) {
        int expected = 2 + random.nextInt(3);
        return GoalAttainmentScale.of(
                LocalizedText.of("Ei yhtään tiimiä mukana", "Inget team deltar", "No team takes part"),
                level(expected - 1),
                LocalizedText.of(
                        expected + " tiimiä mukana kuukausittain",
                        expected + " team deltar varje månad",
                        expected + " teams take part monthly (" + goal.id() + ")"),
                level(expected + 1),
                LocalizedText.of("Kaikki tiimit mukana", "Alla team deltar", "Every team takes part"));
    }

    private static LocalizedText level(int teams) {
        return LocalizedText.of(
                teams + " tiimiä mukana", teams + " team deltar", teams + " teams take part now and then");
    }

    private static Instant tick(Instant[] clock) {
        clock[0] = clock[0].plus(Duration.ofMinutes(3));
        return clock[0];
    }
}
