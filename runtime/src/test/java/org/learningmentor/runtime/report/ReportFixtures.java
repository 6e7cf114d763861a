package org.learningmentor.runtime.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningmentor.core.common.EvaluationId;
import org.learningmentor.core.common.GoalId;
import org.learningmentor.core.common.IndicatorId;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.PlanId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.evaluation.DimensionScore;
import org.learningmentor.core.evaluation.EnrolmentPeriod;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.core.evaluation.EvaluationFacts;
import org.learningmentor.core.evaluation.Evaluator;
import org.learningmentor.core.evaluation.GasRating;
import org.learningmentor.core.evaluation.KirkpatrickLevel;
import org.learningmentor.core.evaluation.MentorFact;
import org.learningmentor.core.evaluation.Metric;
import org.learningmentor.core.evaluation.PlanFacts;
import org.learningmentor.core.evaluation.RuleSet;
import org.learningmentor.core.evaluation.RuleSets;
import org.learningmentor.core.evaluation.SessionFact;
import org.learningmentor.core.evaluation.Severity;
import org.learningmentor.core.evaluation.ThresholdRule;
import org.learningmentor.core.goal.Direction;
import org.learningmentor.core.goal.GoalLevel;
import org.learningmentor.core.goal.Indicator;
import org.learningmentor.core.goal.MeasureUnit;
import org.learningmentor.core.goal.Measurement;
import org.learningmentor.core.goal.ProgramGoal;
import org.learningmentor.core.plan.PlanStatus;
import org.learningmentor.core.survey.SurveyPurpose;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fixtures of the reports: a small programme of the fictional Lighthouse Agency (Majakkavirasto),
 * a minimal copy of core's evaluation fixtures with the facts given directly to the builder, and
 * the real {@link Evaluator} judging them.
 */
final class ReportFixtures {

    static final OrganizationId AGENCY = OrganizationId.of(uuid(0xa1));
    static final ProgramId PROGRAM = ProgramId.of(uuid(0xd1));
    static final EvaluationId EVALUATION = EvaluationId.of(uuid(0xe0));
    static final PersonId HR = PersonId.of(uuid(0xc2));
    static final LocalDate EVALUATION_DATE = LocalDate.of(2026, 12, 1);
    static final Instant T0 = Instant.parse("2026-02-02T07:00:00Z");
    static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    static final GoalId GOAL_1 = GoalId.of(uuid(0xf1));
    static final GoalId GOAL_2 = GoalId.of(uuid(0xf4));

    /** A title a spreadsheet, a Markdown renderer and a browser would each misread unless escaped. */
    static final String HOSTILE_TITLE = "=HYPERLINK(\"http://evil.example\",\"Klikkaa, \"\"tästä\"\"\")\n"
            + "<script>alert('x')</script> | *bold* _em_ [link](http://x) & åäö ÅÄÖ";

    private ReportFixtures() {}

    static UUID uuid(int n) {
        return UUID.fromString(String.format("5c3e0a1d-0000-4000-8000-%012x", n));
    }

    static Instant days(long days) {
        return T0.plusSeconds(days * 86_400);
    }

    static PersonId mentor(int n) {
        return PersonId.of(uuid(0x100 + n));
    }

    /** Goal 1: two indicators, progress 0.5 and 1.2 (capped at 1): attainment 0.75. */
    static ProgramGoal aMeasuredGoal() {
        return ProgramGoal.builder()
                .id(GOAL_1)
                .title(LocalizedText.of("Oppiminen on osa arkea", "Lärande är vardag", "Learning is everyday work"))
                .level(GoalLevel.ORGANIZATION)
                .addIndicators(
                        Indicator.builder()
                                .id(IndicatorId.of(uuid(0xf2)))
                                .name(LocalizedText.of(Language.EN, "Share of staff in peer learning"))
                                .unit(MeasureUnit.PERCENT)
                                .baseline(BigDecimal.valueOf(20))
                                .target(BigDecimal.valueOf(50))
                                .direction(Direction.HIGHER_IS_BETTER)
                                .addActuals(Measurement.of(LocalDate.of(2026, 10, 1), BigDecimal.valueOf(35)))
                                .build(),
                        Indicator.builder()
                                .id(IndicatorId.of(uuid(0xf3)))
                                .name(LocalizedText.of(Language.EN, "Days until a newcomer works independently"))
                                .unit(MeasureUnit.DAYS)
                                .baseline(BigDecimal.valueOf(10))
                                .target(BigDecimal.valueOf(5))
                                .direction(Direction.LOWER_IS_BETTER)
                                .addActuals(Measurement.of(LocalDate.of(2026, 11, 1), BigDecimal.valueOf(4)))
                                .build())
                .build();
    }

    /** Goal 2: one indicator never measured, so no attainment; its title needs escaping. */
    static ProgramGoal anUnmeasuredGoal() {
        return ProgramGoal.builder()
                .id(GOAL_2)
                .title(LocalizedText.of(
                        "Palaute <kulkee> & tiimit", "Feedback <flödar> & team", "Feedback <flows> & teams"))
                .level(GoalLevel.ORGANIZATION)
                .addIndicators(Indicator.builder()
                        .id(IndicatorId.of(uuid(0xf5)))
                        .name(LocalizedText.of(Language.EN, "Teams giving feedback"))
                        .unit(MeasureUnit.COUNT)
                        .baseline(BigDecimal.ZERO)
                        .target(BigDecimal.valueOf(10))
                        .direction(Direction.HIGHER_IS_BETTER)
                        .build())
                .build();
    }

    /**
     * The survey scores: team learning 3.5 (12) → 4.1 (10); inquiry 4.0 (8) → suppressed; empowerment
     * 3.0 with 4 respondents (below the threshold of 5 though given) → 3.6 (9).
     */
    static List<DimensionScore> scores() {
        return List.of(
                DimensionScore.of(
                        SurveyPurpose.BASELINE, "team-learning", new BigDecimal("3.5"), new BigDecimal("1.1"), 12),
                DimensionScore.of(
                        SurveyPurpose.FOLLOW_UP, "team-learning", new BigDecimal("4.1"), new BigDecimal("0.9"), 10),
                DimensionScore.of(SurveyPurpose.BASELINE, "inquiry", new BigDecimal("4.0"), new BigDecimal("1.0"), 8),
                suppressed(SurveyPurpose.FOLLOW_UP, "inquiry"),
                DimensionScore.of(
                        SurveyPurpose.BASELINE, "empowerment", new BigDecimal("3.0"), new BigDecimal("0.5"), 4),
                DimensionScore.of(
                        SurveyPurpose.FOLLOW_UP, "empowerment", new BigDecimal("3.6"), new BigDecimal("0.7"), 9));
    }

    /**
     * Returns a score suppressed below the threshold, read from its JSON: the type of the reason is
     * moving from core's evaluation package to its survey package, and the wire format stays.
     */
    static DimensionScore suppressed(SurveyPurpose purpose, String dimension) {
        return JsonMapper.shared()
                .readValue(
                        "{\"purpose\":\"" + purpose + "\",\"dimension\":\"" + dimension
                                + "\",\"suppressed\":\"BELOW_THRESHOLD\"}",
                        DimensionScore.class);
    }

    /**
     * The programme's facts: four mentors enrolled on day 30, mentor 4 withdrawn on day 61; three
     * sessions held, 8 present of 9; an action plan of two items, one done; a checkpoint; two plans;
     * the scores; 5 mentors planned; the costs and benefits given.
     */
    static EvaluationFacts.Builder factsBuilder(String costs, String benefits) {
        EvaluationFacts.Builder builder = EvaluationFacts.builder()
                .organizationId(AGENCY)
                .programId(PROGRAM)
                .evaluationDate(EVALUATION_DATE)
                .plannedMentors(5)
                .baselineSurveyOn(LocalDate.of(2026, 2, 5))
                .addSessions(
                        SessionFact.of(1, LocalDate.of(2026, 4, 14), true, 3, 0),
                        SessionFact.of(2, LocalDate.of(2026, 5, 12), true, 2, 1),
                        SessionFact.of(3, LocalDate.of(2026, 6, 9), true, 3, 0))
                .addCheckpointDates(LocalDate.of(2026, 9, 15))
                .addGoals(aMeasuredGoal(), anUnmeasuredGoal())
                .programActionItems(2)
                .programActionItemsDone(1)
                .addPlans(
                        PlanFacts.builder()
                                .planId(PlanId.of(uuid(0x901)))
                                .addOwnerIds(mentor(1))
                                .status(PlanStatus.APPROVED)
                                .actionItems(4)
                                .actionItemsDone(3)
                                .addGasRatings(GasRating.of(1), GasRating.of(0))
                                .build(),
                        PlanFacts.builder()
                                .planId(PlanId.of(uuid(0x902)))
                                .addOwnerIds(mentor(2), mentor(3))
                                .status(PlanStatus.SUBMITTED)
                                .actionItems(2)
                                .addGasRatings(GasRating.of(-1))
                                .build())
                .addAllScores(scores())
                .costs(new BigDecimal(costs))
                .benefits(new BigDecimal(benefits));
        for (int m = 1; m <= 4; m++) {
            Optional<Instant> withdrawn = m == 4 ? Optional.of(days(61)) : Optional.empty();
            builder.addMentors(MentorFact.of(mentor(m), List.of(EnrolmentPeriod.of(days(30), withdrawn))));
        }
        return builder;
    }

    /** The default rule set over the small programme. */
    static Evaluation anEvaluation() {
        return Evaluator.evaluate(
                        EVALUATION,
                        RuleSets.defaults(),
                        factsBuilder("20000", "60000").build(),
                        HR,
                        AT)
                .state();
    }

    /** The default rule set over a programme with nothing recorded: no goals, no scores. */
    static Evaluation anEmptyEvaluation() {
        EvaluationFacts facts = EvaluationFacts.builder()
                .organizationId(AGENCY)
                .programId(PROGRAM)
                .evaluationDate(EVALUATION_DATE)
                .build();
        return Evaluator.evaluate(EVALUATION, RuleSets.defaults(), facts, HR, AT)
                .state();
    }

    /**
     * A host's rule set whose titles try formula injection, HTML and Markdown, over facts where the
     * programme lost money (ROI −50 %, a negative measured value that must stay a number).
     */
    static Evaluation aHostileEvaluation() {
        RuleSet rules = RuleSet.builder()
                .id("hostile")
                .name(LocalizedText.of(Language.EN, "Host's <b>rules</b>"))
                .addRules(
                        threshold("formula", Metric.ATTENDANCE_RATE, "0.8", HOSTILE_TITLE),
                        threshold("plus", Metric.MENTOR_RETENTION_RATE, "0.8", "+SUM(A1:A9)"),
                        threshold("minus", Metric.ROI_PERCENT, "0", "-2+3, \"quoted\""),
                        threshold("at", Metric.PARTICIPATION_RATE, "0.8", "@cmd|' /C calc'!A0"),
                        threshold("nordic", Metric.ASSIGNMENT_COMPLETION_RATE, "0.5", "Äidinkieli, modersmål; Øre"))
                .build();
        EvaluationFacts facts = factsBuilder("30000", "15000").build();
        return Evaluator.evaluate(EVALUATION, rules, facts, HR, AT).state();
    }

    private static ThresholdRule threshold(String id, Metric metric, String threshold, String title) {
        return ThresholdRule.builder()
                .id(id)
                .level(KirkpatrickLevel.RESULTS)
                .severity(Severity.WARNING)
                .title(LocalizedText.of(title + " (fi)", title + " (sv)", title))
                .metric(metric)
                .threshold(new BigDecimal(threshold))
                .build();
    }
}
