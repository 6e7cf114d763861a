package org.learningmentor.core.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningmentor.core.common.ActionItemId;
import org.learningmentor.core.common.AssignmentId;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.CheckpointId;
import org.learningmentor.core.common.DevelopmentTargetId;
import org.learningmentor.core.common.EvaluationId;
import org.learningmentor.core.common.GoalId;
import org.learningmentor.core.common.HrDayId;
import org.learningmentor.core.common.IndicatorId;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.PlanId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.SessionId;
import org.learningmentor.core.goal.Direction;
import org.learningmentor.core.goal.GoalLevel;
import org.learningmentor.core.goal.Indicator;
import org.learningmentor.core.goal.MeasureUnit;
import org.learningmentor.core.goal.Measurement;
import org.learningmentor.core.goal.ProgramGoal;
import org.learningmentor.core.organization.OrgUnit;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.plan.PlanStatus;
import org.learningmentor.core.program.ActionStatus;
import org.learningmentor.core.program.DevelopmentTarget;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.ProgramTemplate;
import org.learningmentor.core.survey.Suppression;
import org.learningmentor.core.survey.SurveyPurpose;

/**
 * Fixtures of evaluation: the fictional Lighthouse Agency (Majakkavirasto) runs a small programme in
 * 2026 through the programme's commands, and the expected value of every metric is computed by hand
 * in the comments of {@link #aSmallProgram()} and {@link #completeFacts()}.
 */
final class EvaluationFixtures {

    static final OrganizationId AGENCY = OrganizationId.of(uuid(0xa1));
    static final OrgUnitId FINANCE = OrgUnitId.of(uuid(0xb1));
    static final ProgramId PROGRAM = ProgramId.of(uuid(0xd1));
    static final EvaluationId EVALUATION = EvaluationId.of(uuid(0xe0));
    static final LocalDate START = LocalDate.of(2026, 2, 2);
    static final LocalDate END = LocalDate.of(2026, 12, 18);
    static final LocalDate EVALUATION_DATE = LocalDate.of(2026, 12, 1);
    /** Monday 2 February 2026, 09:00 in Helsinki. */
    static final Instant T0 = Instant.parse("2026-02-02T07:00:00Z");

    static final Organization ORGANIZATION = Organization.builder()
            .id(AGENCY)
            .name(LocalizedText.of("Majakkavirasto", "Fyrverket", "Lighthouse Agency"))
            .addLanguages(Language.FI, Language.SV)
            .addUnits(OrgUnit.builder()
                    .id(FINANCE)
                    .code("finance")
                    .name(LocalizedText.of(Language.EN, "finance"))
                    .build())
            .build();

    static final Person DIRECTOR = person(0xc1, Role.MANAGEMENT, Role.EMPLOYEE);
    static final Person HR = person(0xc2, Role.HR, Role.EMPLOYEE);
    static final Person SPECIALIST = person(0xc3, Role.LEARNING_SPECIALIST, Role.EMPLOYEE);
    static final List<Person> MENTORS = List.of(volunteer(0x101), volunteer(0x102), volunteer(0x103), volunteer(0x104));

    static final GoalId GOAL_1 = GoalId.of(uuid(0xf1));
    static final GoalId GOAL_2 = GoalId.of(uuid(0xf4));
    static final IndicatorId INDICATOR_1 = IndicatorId.of(uuid(0xf2));
    static final IndicatorId INDICATOR_2 = IndicatorId.of(uuid(0xf3));
    static final IndicatorId INDICATOR_3 = IndicatorId.of(uuid(0xf5));
    static final PlanId PLAN_1 = PlanId.of(uuid(0x901));
    static final PlanId PLAN_2 = PlanId.of(uuid(0x902));
    static final PlanId PLAN_3 = PlanId.of(uuid(0x903));

    private EvaluationFixtures() {}

    static UUID uuid(int n) {
        return UUID.fromString(String.format("5c3e0a1d-0000-4000-8000-%012x", n));
    }

    static Instant days(long days) {
        return T0.plusSeconds(days * 86_400);
    }

    static Person mentor(int n) {
        return MENTORS.get(n - 1);
    }

    static PersonId mentorId(int n) {
        return mentor(n).id();
    }

    private static Person person(int n, Role... roles) {
        return Person.builder()
                .id(PersonId.of(uuid(n)))
                .organizationId(AGENCY)
                .unitId(FINANCE)
                .displayName("Henkilö " + n)
                .email("person" + n + "@example.fi")
                .addRoles(roles)
                .language(Language.FI)
                .build();
    }

    private static Person volunteer(int n) {
        Person person = person(n, Role.EMPLOYEE);
        return person.volunteerAsMentor(person.id(), T0.minusSeconds(86_400)).state();
    }

    static LocalizedText text(String en) {
        return LocalizedText.of(Language.EN, en);
    }

    static SessionId sessionId(int n) {
        return SessionId.of(uuid(0x200 + n));
    }

    static AssignmentId assignmentId(int n) {
        return AssignmentId.of(uuid(0x300 + n));
    }

    /**
     * Goal 1 has two indicators: peer learning 20 → 50 %, measured 35 on 1 October (progress 0.5) and
     * 50 on 15 December, after the evaluation date (left out); days to independence 10 → 5, lower is
     * better, measured 4 (progress 1.2, capped at 1 for the goal). Attainment (0.5 + 1) ÷ 2 = 0.75.
     */
    static ProgramGoal aMeasuredGoal() {
        return ProgramGoal.builder()
                .id(GOAL_1)
                .title(LocalizedText.of("Oppiminen on osa arkea", "Lärande är vardag", "Learning is everyday work"))
                .level(GoalLevel.ORGANIZATION)
                .addIndicators(
                        Indicator.builder()
                                .id(INDICATOR_1)
                                .name(text("Share of staff in peer learning"))
                                .unit(MeasureUnit.PERCENT)
                                .baseline(BigDecimal.valueOf(20))
                                .target(BigDecimal.valueOf(50))
                                .direction(Direction.HIGHER_IS_BETTER)
                                .addActuals(
                                        Measurement.of(LocalDate.of(2026, 10, 1), BigDecimal.valueOf(35)),
                                        Measurement.of(LocalDate.of(2026, 12, 15), BigDecimal.valueOf(50)))
                                .build(),
                        Indicator.builder()
                                .id(INDICATOR_2)
                                .name(text("Days until a newcomer works independently"))
                                .unit(MeasureUnit.DAYS)
                                .baseline(BigDecimal.valueOf(10))
                                .target(BigDecimal.valueOf(5))
                                .direction(Direction.LOWER_IS_BETTER)
                                .addActuals(Measurement.of(LocalDate.of(2026, 11, 1), BigDecimal.valueOf(4)))
                                .build())
                .build();
    }

    /** Goal 2 has one indicator that was never measured: no attainment. */
    static ProgramGoal anUnmeasuredGoal() {
        return ProgramGoal.builder()
                .id(GOAL_2)
                .title(text("Feedback flows between teams"))
                .level(GoalLevel.ORGANIZATION)
                .addIndicators(Indicator.builder()
                        .id(INDICATOR_3)
                        .name(text("Teams giving feedback"))
                        .unit(MeasureUnit.COUNT)
                        .baseline(BigDecimal.ZERO)
                        .target(BigDecimal.valueOf(10))
                        .direction(Direction.HIGHER_IS_BETTER)
                        .build())
                .build();
    }

    /** A programme just created, in preparation: nothing to evaluate. */
    static MentoringProgram anEmptyProgram() {
        return create().state();
    }

    private static Change<MentoringProgram> create() {
        return MentoringProgram.create(
                PROGRAM,
                ORGANIZATION,
                LocalizedText.of("Oppimismentorointi 2026", "Lärandementorskap 2026", "Learning mentoring 2026"),
                ProgramTemplate.standard(),
                START,
                END,
                List.of(FINANCE),
                HR,
                T0);
    }

    /**
     * The small programme, taken to evaluation through its commands:
     *
     * <ul>
     *   <li>four mentors enrol on day 30; mentor 4 withdraws on day 61 (3 April), during training;
     *   <li>three sessions (14 April, 12 May, 9 June) are held; mentors 1–3 attend all, except mentor 3
     *       is absent from session 2: 8 present of 9 recorded;
     *   <li>assignment 1 (due 1 May) is submitted by the pair of mentors 1 and 2, assignment 2 (due 1
     *       June) by mentor 1: 3 submissions of 6 expected (mentors 1–3 for each);
     *   <li>the programme's action plan has two items, one done;
     *   <li>a checkpoint is held on 15 September; the culture analysis ran a baseline survey.
     * </ul>
     */
    static MentoringProgram aSmallProgram() {
        Change<MentoringProgram> change = create().andThen(p -> p.nameSponsor(DIRECTOR, HR, days(1)))
                .andThen(p -> p.nameCoordinator(HR, HR, days(1)))
                .andThen(p -> p.advance(HR, days(2)))
                .andThen(p -> p.holdHrDay(
                        HrDayId.of(uuid(0x401)),
                        LocalDate.of(2026, 2, 10),
                        List.of(HR, SPECIALIST),
                        Optional.empty(),
                        HR,
                        days(8)))
                .andThen(p -> p.recordCultureAnalysis(
                        List.of(text("Learning happens alone")), Optional.of(LocalDate.of(2026, 2, 5)), HR, days(9)))
                .andThen(p -> p.chooseDevelopmentTarget(
                        DevelopmentTarget.builder()
                                .id(DevelopmentTargetId.of(uuid(0xe1)))
                                .title(text("Feedback between teams"))
                                .dimension("team-learning")
                                .build(),
                        HR,
                        days(9)))
                .andThen(p -> p.advance(HR, days(10)))
                .andThen(p -> p.setGoal(aMeasuredGoal(), ORGANIZATION, DIRECTOR, days(15)))
                .andThen(p -> p.setGoal(anUnmeasuredGoal(), ORGANIZATION, DIRECTOR, days(15)))
                .andThen(p -> p.advance(HR, days(16)));
        for (Person mentor : MENTORS) {
            change = change.andThen(p -> p.enrollMentor(mentor, HR, days(30)));
        }
        change = change.andThen(p -> p.scheduleSession(sessionId(1), LocalDate.of(2026, 4, 14), HR, days(31)))
                .andThen(p -> p.scheduleSession(sessionId(2), LocalDate.of(2026, 5, 12), HR, days(31)))
                .andThen(p -> p.scheduleSession(sessionId(3), LocalDate.of(2026, 6, 9), HR, days(31)))
                .andThen(p -> p.giveAssignment(
                        assignmentId(1), text("Interview a colleague"), 1, LocalDate.of(2026, 5, 1), HR, days(31)))
                .andThen(p -> p.giveAssignment(
                        assignmentId(2), text("Try one method"), 2, LocalDate.of(2026, 6, 1), HR, days(31)))
                .andThen(p -> p.advance(HR, days(32)))
                .andThen(p -> p.withdrawMentor(mentorId(4), HR, days(61)))
                .andThen(p -> p.submitAssignment(assignmentId(1), List.of(mentorId(1), mentorId(2)), HR, days(85)))
                .andThen(p -> p.submitAssignment(assignmentId(2), List.of(mentorId(1)), HR, days(115)));
        for (int s = 1; s <= 3; s++) {
            SessionId session = sessionId(s);
            int ordinal = s;
            change = change.andThen(p -> p.holdSession(session, HR, days(70)));
            for (int m = 1; m <= 3; m++) {
                PersonId mentor = mentorId(m);
                boolean present = !(ordinal == 2 && m == 3);
                change = change.andThen(p -> p.recordAttendance(session, mentor, present, HR, days(70)));
            }
        }
        for (int m = 1; m <= 3; m++) {
            PersonId mentor = mentorId(m);
            change = change.andThen(p -> p.writeCredo(mentor, "Opin muiden kanssa.", HR, days(130)));
        }
        ActionItemId item1 = ActionItemId.of(uuid(0x701));
        ActionItemId item2 = ActionItemId.of(uuid(0x702));
        change = change.andThen(p -> p.addActionItem(
                        item1,
                        text("Share learning in meetings"),
                        mentor(1),
                        LocalDate.of(2026, 10, 30),
                        HR,
                        days(130)))
                .andThen(p -> p.addActionItem(
                        item2, text("Open a learning channel"), HR, LocalDate.of(2026, 11, 30), HR, days(130)))
                .andThen(p -> p.changeActionItemStatus(item1, ActionStatus.DONE, HR, days(200)))
                .andThen(p -> p.advance(HR, days(131)))
                .andThen(p -> p.recordCheckpoint(
                        CheckpointId.of(uuid(0x501)),
                        LocalDate.of(2026, 9, 15),
                        text("Progress of the plans"),
                        Optional.empty(),
                        HR,
                        days(225)))
                .andThen(p -> p.advance(HR, days(226)));
        return change.state();
    }

    /** Plan 1: mentor 1's, approved, 4 items (3 done), GAS +1 and 0 (T = 50 + 10/√2.6). */
    static PlanFacts plan1() {
        return PlanFacts.builder()
                .planId(PLAN_1)
                .addOwnerIds(mentorId(1))
                .status(PlanStatus.APPROVED)
                .actionItems(4)
                .actionItemsDone(3)
                .addGasRatings(GasRating.of(1), GasRating.of(0))
                .build();
    }

    /** Plan 2: the pair of mentors 2 and 3, submitted, 2 items (none done, one without a due date), GAS −1 (T = 40). */
    static PlanFacts plan2() {
        return PlanFacts.builder()
                .planId(PLAN_2)
                .addOwnerIds(mentorId(2), mentorId(3))
                .status(PlanStatus.SUBMITTED)
                .actionItems(2)
                .actionItemsIncomplete(1)
                .addGasRatings(GasRating.of(-1))
                .build();
    }

    /** Plan 3: mentor 4's, cancelled: left out of every metric. */
    static PlanFacts plan3() {
        return PlanFacts.builder()
                .planId(PLAN_3)
                .addOwnerIds(mentorId(4))
                .status(PlanStatus.CANCELLED)
                .actionItems(5)
                .actionItemsDone(5)
                .addGasRatings(GasRating.of(2))
                .build();
    }

    /**
     * The survey scores: team learning 3.5 (12 respondents) at baseline, 4.1 (10) at follow-up, a
     * change of 0.6; inquiry 4.0 (8) at baseline, suppressed at follow-up; empowerment 3.0 at
     * baseline with 4 respondents, below the threshold of 5 though its figures were given.
     */
    static List<DimensionScore> scores() {
        return List.of(
                DimensionScore.of(
                        SurveyPurpose.BASELINE, "team-learning", new BigDecimal("3.5"), new BigDecimal("1.1"), 12),
                DimensionScore.of(
                        SurveyPurpose.FOLLOW_UP, "team-learning", new BigDecimal("4.1"), new BigDecimal("0.9"), 10),
                DimensionScore.of(SurveyPurpose.BASELINE, "inquiry", new BigDecimal("4.0"), new BigDecimal("1.0"), 8),
                DimensionScore.suppressed(SurveyPurpose.FOLLOW_UP, "inquiry", Suppression.BELOW_THRESHOLD),
                DimensionScore.of(
                        SurveyPurpose.BASELINE, "empowerment", new BigDecimal("3.0"), new BigDecimal("0.5"), 4));
    }

    /** The small programme's facts with everything a host adds: 5 mentors planned, 3 plans, scores, costs 20 000 and benefits 60 000. */
    static EvaluationFacts completeFacts() {
        return EvaluationFacts.fromProgram(aSmallProgram(), EVALUATION_DATE)
                .plannedMentors(5)
                .addPlans(plan1(), plan2(), plan3())
                .addAllScores(scores())
                .costs(new BigDecimal("20000"))
                .benefits(new BigDecimal("60000"))
                .build();
    }

    /** The facts of a programme just created, with nothing added. */
    static EvaluationFacts emptyFacts() {
        return EvaluationFacts.fromProgram(anEmptyProgram(), EVALUATION_DATE).build();
    }

    /** A copy of the complete facts changed by the builder's further settings. */
    static EvaluationFacts.Builder factsBuilder() {
        return EvaluationFacts.fromProgram(aSmallProgram(), EVALUATION_DATE).addPlans(plan1(), plan2(), plan3());
    }

    static ThresholdRule aThresholdRule() {
        return ThresholdRule.builder()
                .id("attendance")
                .level(KirkpatrickLevel.REACTION)
                .severity(Severity.WARNING)
                .title(LocalizedText.of("Osallistuminen", "Närvaro", "Attendance"))
                .metric(Metric.ATTENDANCE_RATE)
                .threshold(new BigDecimal("0.8"))
                .build();
    }
}
