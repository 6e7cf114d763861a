package org.learningmentor.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningmentor.core.evaluation.EvaluationFixtures.AGENCY;
import static org.learningmentor.core.evaluation.EvaluationFixtures.EVALUATION;
import static org.learningmentor.core.evaluation.EvaluationFixtures.EVALUATION_DATE;
import static org.learningmentor.core.evaluation.EvaluationFixtures.FINANCE;
import static org.learningmentor.core.evaluation.EvaluationFixtures.GOAL_1;
import static org.learningmentor.core.evaluation.EvaluationFixtures.GOAL_2;
import static org.learningmentor.core.evaluation.EvaluationFixtures.HR;
import static org.learningmentor.core.evaluation.EvaluationFixtures.days;
import static org.learningmentor.core.evaluation.EvaluationFixtures.mentor;
import static org.learningmentor.core.evaluation.EvaluationFixtures.text;
import static org.learningmentor.core.evaluation.EvaluationFixtures.uuid;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.ActionItemId;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PlanId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.ProgressEntryId;
import org.learningmentor.core.common.ResponseId;
import org.learningmentor.core.common.SurveyId;
import org.learningmentor.core.organization.OrgUnit;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.plan.ActionStatusChange;
import org.learningmentor.core.plan.GoalAttainmentScale;
import org.learningmentor.core.plan.GoalRating;
import org.learningmentor.core.plan.MentorPlan;
import org.learningmentor.core.plan.ProgressEntry;
import org.learningmentor.core.program.ActionItem;
import org.learningmentor.core.program.ActionStatus;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.survey.CultureProfile;
import org.learningmentor.core.survey.CultureProfiles;
import org.learningmentor.core.survey.Instrument;
import org.learningmentor.core.survey.Instruments;
import org.learningmentor.core.survey.Item;
import org.learningmentor.core.survey.ResponseToken;
import org.learningmentor.core.survey.Suppression;
import org.learningmentor.core.survey.Survey;
import org.learningmentor.core.survey.SurveyPurpose;
import org.learningmentor.core.survey.SurveyResponse;

/**
 * The Lighthouse Agency evaluates its small programme from the aggregates themselves: the programme
 * ({@link EvaluationFixtures#aSmallProgram()}), the mentors' real plans, approved and rated through
 * their commands, and two surveys of the finance department answered in two teams. Every expected
 * value is computed by hand in the comments.
 */
class EvaluationScenarioTest {

    static final OrgUnitId ACCOUNTS = OrgUnitId.of(uuid(0xb2));
    static final OrgUnitId PAYROLL = OrgUnitId.of(uuid(0xb3));

    /** The agency with two teams under finance; the anonymity threshold is the default, 5. */
    static final Organization AGENCY_WITH_TEAMS = anAgency(AGENCY);

    private static Organization anAgency(OrganizationId id) {
        return Organization.builder()
                .id(id)
                .name(EvaluationFixtures.ORGANIZATION.name())
                .addAllLanguages(EvaluationFixtures.ORGANIZATION.languages())
                .addAllUnits(EvaluationFixtures.ORGANIZATION.units())
                .addUnits(unit(ACCOUNTS, "accounts"), unit(PAYROLL, "payroll"))
                .build();
    }

    static final Instrument INSTRUMENT = Instruments.defaultInstrument();

    private static OrgUnit unit(OrgUnitId id, String code) {
        return OrgUnit.builder()
                .id(id)
                .code(code)
                .name(LocalizedText.of(Language.EN, code))
                .parentId(FINANCE)
                .build();
    }

    private static GoalAttainmentScale aScale() {
        return GoalAttainmentScale.of(
                text("No team shares"), text("One team"), text("Two teams"), text("Three teams"), text("Every team"));
    }

    private static ActionItem anItem(int n, Person owner) {
        return ActionItem.builder()
                .id(ActionItemId.of(uuid(0x800 + n)))
                .what(text("Hold a learning session " + n))
                .ownerId(owner.id())
                .dueOn(LocalDate.of(2026, 10, 15))
                .build();
    }

    private static ProgressEntry anEntry(int n, List<ActionStatusChange> done, List<GoalRating> ratings) {
        return ProgressEntry.builder()
                .id(ProgressEntryId.of(uuid(0x850 + n)))
                .date(LocalDate.of(2026, 9, 1).plusDays(n))
                .addAllStatusChanges(done)
                .addAllRatings(ratings)
                .build();
    }

    /**
     * The plans, through their commands:
     *
     * <ul>
     *   <li>mentor 1: goal 1 (weight 2) and goal 2 (weight 1), items 1 and 2; approved; rated goal 1
     *       +1 and goal 2 0 with item 1 done, then goal 2 +1: latest +1 (w 2), +1 (w 1); T = 50 +
     *       10·3/√(0.7·5 + 0.3·9) = 62.048… → 62.05;
     *   <li>mentor 2: goal 1, item 3; approved; rated −2, then −1: T = 40.00;
     *   <li>mentor 3: goal 1, item 4; still a draft, never rated.
     * </ul>
     */
    static List<MentorPlan> plans(MentoringProgram program) {
        Person m1 = mentor(1);
        Person m2 = mentor(2);
        Person m3 = mentor(3);
        MentorPlan first = MentorPlan.draftIndividual(
                        PlanId.of(uuid(0x911)), program, m1, text("Learning in finance"), days(140))
                .andThen(p -> p.linkGoal(GOAL_1, program, m1.id(), days(140)))
                .andThen(p -> p.setGoalWeight(GOAL_1, BigDecimal.valueOf(2), m1.id(), days(140)))
                .andThen(p -> p.setScale(GOAL_1, aScale(), m1.id(), days(140)))
                .andThen(p -> p.linkGoal(GOAL_2, program, m1.id(), days(140)))
                .andThen(p -> p.setScale(GOAL_2, aScale(), m1.id(), days(140)))
                .andThen(p -> p.addActionItem(anItem(1, m1), program, m1.id(), days(140)))
                .andThen(p -> p.addActionItem(anItem(2, m1), program, m1.id(), days(140)))
                .andThen(p -> p.submit(program, m1.id(), days(141)))
                .andThen(p -> p.approve(HR, program, Optional.empty(), days(142)))
                .andThen(p -> p.recordProgress(
                        anEntry(
                                1,
                                List.of(ActionStatusChange.of(ActionItemId.of(uuid(0x801)), ActionStatus.DONE)),
                                List.of(GoalRating.of(GOAL_1, 1), GoalRating.of(GOAL_2, 0))),
                        m1.id(),
                        days(220)))
                .andThen(p ->
                        p.recordProgress(anEntry(2, List.of(), List.of(GoalRating.of(GOAL_2, 1))), m1.id(), days(250)))
                .state();
        MentorPlan second = MentorPlan.draftIndividual(
                        PlanId.of(uuid(0x912)), program, m2, text("Onboarding by learning"), days(140))
                .andThen(p -> p.linkGoal(GOAL_1, program, m2.id(), days(140)))
                .andThen(p -> p.setScale(GOAL_1, aScale(), m2.id(), days(140)))
                .andThen(p -> p.addActionItem(anItem(3, m2), program, m2.id(), days(140)))
                .andThen(p -> p.submit(program, m2.id(), days(141)))
                .andThen(p -> p.approve(HR, program, Optional.empty(), days(142)))
                .andThen(p ->
                        p.recordProgress(anEntry(3, List.of(), List.of(GoalRating.of(GOAL_1, -2))), m2.id(), days(220)))
                .andThen(p ->
                        p.recordProgress(anEntry(4, List.of(), List.of(GoalRating.of(GOAL_1, -1))), m2.id(), days(250)))
                .state();
        MentorPlan third = MentorPlan.draftIndividual(
                        PlanId.of(uuid(0x913)), program, m3, text("Feedback in payroll"), days(140))
                .andThen(p -> p.linkGoal(GOAL_1, program, m3.id(), days(140)))
                .andThen(p -> p.addActionItem(anItem(4, m3), program, m3.id(), days(140)))
                .state();
        return List.of(first, second, third);
    }

    /** Answers every item so that the respondent's score is {@code score} on every dimension. */
    private static Map<String, Integer> answering(int score) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (Item item : INSTRUMENT.items()) {
            answers.put(item.code(), item.reverseKeyed() ? INSTRUMENT.scale().points() + 1 - score : score);
        }
        return answers;
    }

    private static Survey open(int n, SurveyPurpose purpose, Instant at) {
        return open(n, EvaluationFixtures.PROGRAM, purpose, at);
    }

    private static Survey open(int n, ProgramId programId, SurveyPurpose purpose, Instant at) {
        return Survey.open(
                        SurveyId.of(uuid(0x870 + n)),
                        AGENCY_WITH_TEAMS,
                        programId,
                        INSTRUMENT,
                        purpose,
                        List.of(FINANCE),
                        HR,
                        at)
                .state();
    }

    private static int responses = 0;

    private static List<SurveyResponse> answer(Survey survey, OrgUnitId unit, int count, int score) {
        List<SurveyResponse> answered = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = ++responses;
            answered.add(survey.acceptResponse(
                    ResponseId.of(uuid(0x10_000 + n)),
                    ResponseToken.parse(String.format("tok%040d", n)),
                    unit,
                    answering(score),
                    AGENCY_WITH_TEAMS,
                    digest -> false,
                    LocalDate.of(2026, 3, 1)));
        }
        return answered;
    }

    /**
     * The baseline in March: five in accounts answer 4, two in payroll answer 3. Payroll (2 &lt; 5) is
     * suppressed below the threshold, and accounts with it (complementary: finance's own group is
     * empty, so finance's subtree minus accounts would give payroll); the whole audience shows its 7
     * respondents, mean (5·4 + 2·3) ÷ 7 = 3.714285… → 3.7143 on every dimension.
     */
    static List<SurveyResponse> baselineResponses(Survey baseline) {
        List<SurveyResponse> all = new ArrayList<>(answer(baseline, ACCOUNTS, 5, 4));
        all.addAll(answer(baseline, PAYROLL, 2, 3));
        return all;
    }

    @Test
    void anEvaluationOfTheAggregatesGivesTheHandComputedFindings() {
        // The programme as it entered evaluation, and the mentors' plans.
        MentoringProgram program = EvaluationFixtures.aSmallProgram();
        List<MentorPlan> plans = plans(program);

        // The baseline and a follow-up in November that only four people answered (3 + 1): the whole
        // audience is below the threshold, so the follow-up shows nothing.
        Survey baseline = open(1, SurveyPurpose.BASELINE, days(25));
        Survey followUp = open(2, SurveyPurpose.FOLLOW_UP, days(280));
        CultureProfile before = CultureProfiles.compute(baseline, AGENCY_WITH_TEAMS, baselineResponses(baseline));
        List<SurveyResponse> late = new ArrayList<>(answer(followUp, ACCOUNTS, 3, 5));
        late.addAll(answer(followUp, PAYROLL, 1, 5));
        CultureProfile after = CultureProfiles.compute(followUp, AGENCY_WITH_TEAMS, late);
        assertThat(before.unit(PAYROLL).orElseThrow().suppression()).hasValue(Suppression.BELOW_THRESHOLD);
        assertThat(before.unit(ACCOUNTS).orElseThrow().suppression()).hasValue(Suppression.COMPLEMENTARY);
        assertThat(after.audience().suppression()).hasValue(Suppression.BELOW_THRESHOLD);

        // The host adds what the aggregates do not hold: 5 mentors planned, costs and benefits.
        EvaluationFacts facts = EvaluationFacts.from(
                        program,
                        AGENCY_WITH_TEAMS,
                        plans,
                        List.of(baseline, followUp),
                        List.of(before, after),
                        EVALUATION_DATE)
                .plannedMentors(5)
                .costs(BigDecimal.valueOf(20_000))
                .benefits(BigDecimal.valueOf(60_000))
                .build();

        // The facts: 3 plans, 7 + 7 dimension scores, the organization's threshold.
        assertThat(facts.anonymityThreshold()).isEqualTo(5);
        assertThat(facts.plans()).extracting(PlanFacts::planId).containsExactly(ids(plans));
        assertThat(facts.plans().get(0).gasRatings())
                .containsExactly(GasRating.of(1, BigDecimal.valueOf(2)), GasRating.of(1, BigDecimal.ONE));
        assertThat(facts.plans().get(0).tScore()).hasValue(new BigDecimal("62.05"));
        assertThat(facts.plans().get(0).tScore()).isEqualTo(plans.get(0).tScore());
        assertThat(facts.plans().get(0).actionItemsDone()).isEqualTo(1);
        assertThat(facts.scores()).hasSize(2 * INSTRUMENT.dimensions().size());
        String first = INSTRUMENT.dimensions().get(0).code();
        assertThat(facts.scores().get(0))
                .isEqualTo(DimensionScore.of(SurveyPurpose.BASELINE, first, new BigDecimal("3.7143"), sd(), 7));
        assertThat(facts.scores().get(INSTRUMENT.dimensions().size()))
                .isEqualTo(DimensionScore.suppressed(SurveyPurpose.FOLLOW_UP, first, Suppression.BELOW_THRESHOLD));

        Evaluation evaluation = Evaluator.evaluate(EVALUATION, RuleSets.defaults(), facts, HR.id(), days(300))
                .state();

        Map<String, Finding> findings = new LinkedHashMap<>();
        evaluation.findings().forEach(f -> findings.put(f.ruleId(), f));
        // Mentors 4 of 5 planned = 0.8 ≥ 0.8.
        assertPassed(findings.get("participation"), "0.8");
        // 8 present of 9 recorded (the programme's fixture).
        assertPassed(findings.get("attendance"), "0.8888888889");
        // 3 of 4 stayed through training < 0.8.
        assertFailed(findings.get("retention"), "0.75");
        // 3 submissions of 6 expected < 0.75.
        assertFailed(findings.get("assignments"), "0.5");
        // Mentors 1 and 2 of the 3 active ones have an approved plan: 2/3 < 0.9.
        assertFailed(findings.get("approved-plans"), "0.6666666667");
        // Done: programme 1 of 2, plan 1 1 of 2, plan 2 0 of 1, plan 3 (draft) 0 of 1: 2/6 < 0.6.
        assertFailed(findings.get("action-items"), "0.3333333333");
        // Pooled ratings +1 (w 2), +1, −1: Σwx = 2, Σw² = 6, Σw = 4; 50 + 10·2/√(4.2 + 4.8) = 56.67.
        assertPassed(findings.get("gas"), "56.67");
        assertThat(facts.metrics().value(Metric.MEAN_PLAN_T_SCORE).value()).hasValue(new BigDecimal("51.025"));
        // Goal 1 attains 0.75, goal 2 is unmeasured.
        assertPassed(findings.get("goal-attainment"), "0.75");
        // The follow-up's audience is suppressed: not evaluable, and the reason says so.
        Finding culture = findings.get("culture-change");
        assertThat(culture.outcome()).isEqualTo(FindingOutcome.NOT_EVALUABLE);
        assertThat(culture.reason()).isEqualTo(Reason.of(FindingReason.SUPPRESSED, first, SurveyPurpose.FOLLOW_UP));
        assertThat(culture.measured()).isEmpty();
        // Structure: both goals have indicators; 6 action items, all with owners and dates; the
        // checkpoint of 15 September; a baseline and a follow-up (suppressed, but run).
        assertStructure(findings.get("goals-have-indicators"), 2, 2);
        assertStructure(findings.get("action-plan"), 6, 6);
        assertStructure(findings.get("checkpoints"), 1, 1);
        assertStructure(findings.get("evaluation-planned"), 2, 2);
        // Phillips: (60 000 − 20 000) ÷ 20 000 × 100 = 200 %, 60 000 ÷ 20 000 = 3.
        assertPassed(findings.get("roi"), "200");
        assertPassed(findings.get("bcr"), "3");
        assertThat(findings).hasSize(RuleSets.defaults().rules().size());

        // Reproducible: the stored facts and rule set give the same findings again.
        assertThat(Evaluator.findings(evaluation.ruleSet(), evaluation.facts())).isEqualTo(evaluation.findings());
    }

    @Test
    void aFollowUpAnsweredByEnoughPeopleShowsTheChange() {
        MentoringProgram program = EvaluationFixtures.aSmallProgram();
        Survey baseline = open(3, SurveyPurpose.BASELINE, days(25));
        Survey followUp = open(4, SurveyPurpose.FOLLOW_UP, days(280));
        CultureProfile before = CultureProfiles.compute(baseline, AGENCY_WITH_TEAMS, baselineResponses(baseline));
        // Six in accounts answer 5: every dimension 5 − 3.7143 = 1.2857 ≥ 0.
        CultureProfile after = CultureProfiles.compute(followUp, AGENCY_WITH_TEAMS, answer(followUp, ACCOUNTS, 6, 5));
        EvaluationFacts facts = EvaluationFacts.from(
                        program,
                        AGENCY_WITH_TEAMS,
                        List.of(),
                        List.of(baseline, followUp),
                        List.of(before, after),
                        EVALUATION_DATE)
                .build();

        Finding culture = RuleSets.defaults().rules().stream()
                .filter(r -> r.id().equals("culture-change"))
                .findFirst()
                .orElseThrow()
                .evaluate(facts);

        assertPassed(culture, "1.2857");
    }

    @Test
    void aSurveyWithoutAProfileIsLeftOutAndForeignDataIsRefused() {
        MentoringProgram program = EvaluationFixtures.aSmallProgram();
        Survey open = open(5, SurveyPurpose.BASELINE, days(25));
        EvaluationFacts facts = EvaluationFacts.from(
                        program, AGENCY_WITH_TEAMS, List.of(), List.of(open), List.of(), EVALUATION_DATE)
                .build();
        assertThat(facts.scores()).isEmpty();

        CultureProfile profile = CultureProfiles.compute(open, AGENCY_WITH_TEAMS, List.of());
        assertThatThrownBy(() -> EvaluationFacts.from(
                        program, AGENCY_WITH_TEAMS, List.of(), List.of(), List.of(profile), EVALUATION_DATE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(open.id().toString());
        Survey other = open(6, SurveyPurpose.FOLLOW_UP, days(25));
        assertThatThrownBy(() -> DimensionScores.from(other, profile))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(other.id().toString());
        Organization stranger = anAgency(OrganizationId.of(uuid(0xa9)));
        assertThatThrownBy(
                        () -> EvaluationFacts.from(program, stranger, List.of(), List.of(), List.of(), EVALUATION_DATE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(stranger.id().toString());
        Survey foreign = open(8, ProgramId.of(uuid(0xd9)), SurveyPurpose.FOLLOW_UP, days(25));
        assertThatThrownBy(() -> EvaluationFacts.from(
                        program, AGENCY_WITH_TEAMS, List.of(), List.of(foreign), List.of(), EVALUATION_DATE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(foreign.id().toString());
    }

    @Test
    void aSuppressedAudienceGivesEveryDimensionSuppressedWithItsReason() {
        Survey survey = open(7, SurveyPurpose.OUTCOME, days(25));
        CultureProfile profile = CultureProfiles.compute(survey, AGENCY_WITH_TEAMS, answer(survey, ACCOUNTS, 2, 4));

        List<DimensionScore> scores = DimensionScores.from(survey, profile);

        assertThat(scores).hasSize(INSTRUMENT.dimensions().size()).allSatisfy(s -> {
            assertThat(s.purpose()).isEqualTo(SurveyPurpose.OUTCOME);
            assertThat(s.suppressed()).hasValue(Suppression.BELOW_THRESHOLD);
            assertThat(s.mean()).isEmpty();
            assertThat(s.respondents()).isEmpty();
        });
    }

    /** The sample standard deviation of five 4s and two 3s: √(10/49 · 7/6) = 0.48795… → 0.488. */
    private static BigDecimal sd() {
        return new BigDecimal("0.488");
    }

    private static PlanId[] ids(List<MentorPlan> plans) {
        return plans.stream().map(MentorPlan::id).toArray(PlanId[]::new);
    }

    private static void assertPassed(Finding finding, String measured) {
        assertThat(finding.outcome()).as(finding.ruleId()).isEqualTo(FindingOutcome.PASSED);
        assertThat(finding.measured()).as(finding.ruleId()).hasValue(new BigDecimal(measured));
    }

    private static void assertFailed(Finding finding, String measured) {
        assertThat(finding.outcome()).as(finding.ruleId()).isEqualTo(FindingOutcome.FAILED);
        assertThat(finding.measured()).as(finding.ruleId()).hasValue(new BigDecimal(measured));
    }

    private static void assertStructure(Finding finding, long met, long checked) {
        assertThat(finding.outcome()).as(finding.ruleId()).isEqualTo(FindingOutcome.PASSED);
        assertThat(finding.measured()).as(finding.ruleId()).hasValue(BigDecimal.valueOf(met));
        assertThat(finding.threshold()).as(finding.ruleId()).hasValue(BigDecimal.valueOf(checked));
    }
}
