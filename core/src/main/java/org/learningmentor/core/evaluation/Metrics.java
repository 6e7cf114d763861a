package org.learningmentor.core.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.learningmentor.core.goal.Indicator;
import org.learningmentor.core.goal.Measurement;
import org.learningmentor.core.goal.ProgramGoal;
import org.learningmentor.core.plan.PlanStatus;
import org.learningmentor.core.survey.SurveyPurpose;

/**
 * The {@linkplain Metric metric catalogue} computed over one {@link EvaluationFacts}: every metric's
 * value or the reason it has none, each goal's progress, and the survey dimension scores and their
 * change. Obtained from {@link EvaluationFacts#metrics()}, which computes it once.
 *
 * <p>This type is immutable and thread-safe.
 */
public final class Metrics {

    private final EvaluationFacts facts;
    private final Map<Metric, MetricValue> values;
    private final List<GoalProgress> goals;

    Metrics(EvaluationFacts facts) {
        this.facts = facts;
        this.goals = List.copyOf(goalProgress(facts));
        EnumMap<Metric, MetricValue> computed = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            computed.put(metric, compute(metric));
        }
        this.values = Collections.unmodifiableMap(computed);
    }

    /**
     * Returns a metric's value.
     *
     * @param metric the metric, not null
     * @return the value, or not available with a reason; never null
     */
    public MetricValue value(Metric metric) {
        return values.get(Objects.requireNonNull(metric, "metric"));
    }

    /**
     * Returns every metric's value.
     *
     * @return an unmodifiable map in {@link Metric} order, never null
     */
    public Map<Metric, MetricValue> asMap() {
        return values;
    }

    /**
     * Returns each goal's progress, in the order of the goals.
     *
     * @return an unmodifiable list, never null
     */
    public List<GoalProgress> goals() {
        return goals;
    }

    /**
     * Returns the mean score of a dimension in the survey of a purpose. Not available when no such
     * score was given ({@link FindingReason#DATA_MISSING}), or when it is suppressed or has fewer
     * respondents than the anonymity threshold ({@link FindingReason#SUPPRESSED}).
     *
     * @param purpose the survey's purpose, not null
     * @param dimension the dimension's code, not null
     * @return the mean, or not available with a reason; never null
     */
    public MetricValue dimensionScore(SurveyPurpose purpose, String dimension) {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(dimension, "dimension");
        for (DimensionScore score : facts.scores()) {
            if (score.purpose() == purpose && score.dimension().equals(dimension)) {
                if (score.isSuppressed() || score.respondents().orElse(0) < facts.anonymityThreshold()) {
                    return MetricValue.notAvailable(FindingReason.SUPPRESSED, dimension, purpose);
                }
                return MetricValue.of(Numbers.canonical(score.mean().orElseThrow()));
            }
        }
        return MetricValue.notAvailable(FindingReason.DATA_MISSING, "scores " + purpose + " " + dimension);
    }

    /**
     * Returns the change of a dimension's mean score from one survey to another: {@code to − from}.
     *
     * @param dimension the dimension's code, not null
     * @param from the earlier survey's purpose, such as {@link SurveyPurpose#BASELINE}, not null
     * @param to the later survey's purpose, such as {@link SurveyPurpose#FOLLOW_UP}, not null
     * @return the change, or not available with the reason of the first score missing; never null
     */
    public MetricValue dimensionChange(String dimension, SurveyPurpose from, SurveyPurpose to) {
        MetricValue before = dimensionScore(from, dimension);
        if (!before.isAvailable()) {
            return before;
        }
        MetricValue after = dimensionScore(to, dimension);
        if (!after.isAvailable()) {
            return after;
        }
        return MetricValue.of(Numbers.canonical(
                after.value().orElseThrow().subtract(before.value().orElseThrow())));
    }

    /**
     * Returns the dimensions that have a score (visible or suppressed) in the survey of a purpose.
     *
     * @param purpose the purpose, not null
     * @return the codes in the order given, never null
     */
    public List<String> dimensions(SurveyPurpose purpose) {
        Objects.requireNonNull(purpose, "purpose");
        return facts.scores().stream()
                .filter(s -> s.purpose() == purpose)
                .map(DimensionScore::dimension)
                .toList();
    }

    // ---------------------------------------------------------------- the catalogue

    private MetricValue compute(Metric metric) {
        return switch (metric) {
            case PARTICIPATION_RATE -> participation();
            case ATTENDANCE_RATE -> attendance();
            case ASSIGNMENT_COMPLETION_RATE -> assignmentCompletion();
            case APPROVED_PLAN_RATE -> approvedPlans();
            case ACTION_ITEM_COMPLETION_RATE -> actionItemCompletion();
            case MENTOR_RETENTION_RATE -> retention();
            case MEAN_PLAN_T_SCORE -> meanPlanTScore();
            case PROGRAM_T_SCORE -> programTScore();
            case INDICATOR_ATTAINMENT -> indicatorAttainment();
            case ROI_PERCENT -> roi();
            case BENEFIT_COST_RATIO -> bcr();
        };
    }

    private static MetricValue ratio(long numerator, long denominator, String what) {
        if (denominator == 0) {
            return MetricValue.notAvailable(FindingReason.DIVISION_BY_ZERO, what);
        }
        return MetricValue.of(Numbers.ratio(numerator, denominator));
    }

    private MetricValue participation() {
        if (facts.plannedMentors().isEmpty()) {
            return MetricValue.notAvailable(FindingReason.DATA_MISSING, "plannedMentors");
        }
        return ratio(facts.mentors().size(), facts.plannedMentors().getAsInt(), "plannedMentors");
    }

    private MetricValue attendance() {
        long present = 0;
        long recorded = 0;
        for (SessionFact session : facts.sessions()) {
            if (session.held()) {
                present += session.present();
                recorded += session.present() + session.absent();
            }
        }
        if (recorded == 0) {
            return MetricValue.notAvailable(FindingReason.DATA_MISSING, "attendance");
        }
        return ratio(present, recorded, "attendance");
    }

    private MetricValue assignmentCompletion() {
        long submitted = 0;
        long expected = 0;
        boolean anyDue = false;
        for (AssignmentFact assignment : facts.assignments()) {
            if (assignment.dueOn().isAfter(facts.evaluationDate())) {
                continue;
            }
            anyDue = true;
            Instant dueEnd = EvaluationFacts.endOf(assignment.dueOn());
            // The submitters are distinct (AssignmentFact checks it).
            IdSet submitters = new IdSet(assignment.submittedBy().size());
            assignment.submittedBy().forEach(submitters::add);
            long expectedHere = assignment.submittedBy().size();
            for (MentorFact mentor : facts.mentors()) {
                if (!submitters.contains(mentor.personId()) && mentor.isEnrolledAt(dueEnd)) {
                    expectedHere++;
                }
            }
            submitted += assignment.submittedBy().size();
            expected += expectedHere;
        }
        if (!anyDue) {
            return MetricValue.notAvailable(FindingReason.DATA_MISSING, "assignments");
        }
        return ratio(submitted, expected, "expected submissions");
    }

    private MetricValue approvedPlans() {
        if (facts.plans().isEmpty()) {
            return MetricValue.notAvailable(FindingReason.DATA_MISSING, "plans");
        }
        Instant end = EvaluationFacts.endOf(facts.evaluationDate());
        IdSet covered = new IdSet(2 * facts.plans().size());
        for (PlanFacts plan : facts.plans()) {
            if (plan.isApproved()) {
                plan.ownerIds().forEach(covered::add);
            }
        }
        long active = 0;
        long withPlan = 0;
        for (MentorFact mentor : facts.mentors()) {
            if (mentor.isEnrolledAt(end)) {
                active++;
                withPlan += covered.contains(mentor.personId()) ? 1 : 0;
            }
        }
        return ratio(withPlan, active, "active mentors");
    }

    private MetricValue actionItemCompletion() {
        long items = facts.programActionItems();
        long done = facts.programActionItemsDone();
        for (PlanFacts plan : facts.plans()) {
            if (plan.status() != PlanStatus.CANCELLED) {
                items += plan.actionItems();
                done += plan.actionItemsDone();
            }
        }
        if (items == 0) {
            return MetricValue.notAvailable(FindingReason.DATA_MISSING, "action items");
        }
        return ratio(done, items, "action items");
    }

    private MetricValue retention() {
        LocalDate lastDay = null;
        int held = 0;
        for (SessionFact session : facts.sessions()) {
            if (session.held()) {
                held++;
                lastDay = lastDay == null || session.date().isAfter(lastDay) ? session.date() : lastDay;
            }
        }
        if (held < facts.templateSessionCount() || lastDay == null) {
            return MetricValue.notAvailable(FindingReason.DATA_MISSING, "training sessions held");
        }
        Instant end = EvaluationFacts.endOf(lastDay);
        long enrolled = 0;
        long retained = 0;
        for (MentorFact mentor : facts.mentors()) {
            if (mentor.enrolledBefore(end)) {
                enrolled++;
                retained += mentor.isEnrolledAt(end) ? 1 : 0;
            }
        }
        return ratio(retained, enrolled, "mentors enrolled");
    }

    private List<PlanFacts> ratedPlans() {
        return facts.plans().stream()
                .filter(p ->
                        p.status() != PlanStatus.CANCELLED && !p.gasRatings().isEmpty())
                .toList();
    }

    private MetricValue meanPlanTScore() {
        List<PlanFacts> rated = ratedPlans();
        if (rated.isEmpty()) {
            return MetricValue.notAvailable(FindingReason.DATA_MISSING, "gasRatings");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (PlanFacts plan : rated) {
            sum = sum.add(plan.tScore().orElseThrow());
        }
        return MetricValue.of(Numbers.canonical(sum.divide(BigDecimal.valueOf(rated.size()), Numbers.QUOTIENT)));
    }

    private MetricValue programTScore() {
        List<GasRating> all = new ArrayList<>();
        ratedPlans().forEach(p -> all.addAll(p.gasRatings()));
        Optional<BigDecimal> t = GasRating.tScore(all);
        if (t.isEmpty()) {
            return MetricValue.notAvailable(FindingReason.DATA_MISSING, "gasRatings");
        }
        return MetricValue.of(Numbers.canonical(t.get()));
    }

    private MetricValue indicatorAttainment() {
        BigDecimal sum = BigDecimal.ZERO;
        int count = 0;
        for (GoalProgress goal : goals) {
            if (goal.attainment().isPresent()) {
                sum = sum.add(goal.attainment().get());
                count++;
            }
        }
        if (count == 0) {
            return MetricValue.notAvailable(FindingReason.DATA_MISSING, "indicator actuals");
        }
        return MetricValue.of(Numbers.canonical(sum.divide(BigDecimal.valueOf(count), Numbers.QUOTIENT)));
    }

    private MetricValue roi() {
        return costBenefit(true);
    }

    private MetricValue bcr() {
        return costBenefit(false);
    }

    private MetricValue costBenefit(boolean roi) {
        if (facts.costs().isEmpty()) {
            return MetricValue.notAvailable(FindingReason.DATA_MISSING, "costs");
        }
        if (facts.benefits().isEmpty()) {
            return MetricValue.notAvailable(FindingReason.DATA_MISSING, "benefits");
        }
        BigDecimal costs = facts.costs().get();
        BigDecimal benefits = facts.benefits().get();
        if (costs.signum() == 0) {
            return MetricValue.notAvailable(FindingReason.DIVISION_BY_ZERO, "costs");
        }
        if (roi) {
            return MetricValue.of(Numbers.canonical(
                    benefits.subtract(costs).multiply(BigDecimal.valueOf(100)).divide(costs, Numbers.QUOTIENT)));
        }
        return MetricValue.of(Numbers.canonical(benefits.divide(costs, Numbers.QUOTIENT)));
    }

    // ---------------------------------------------------------------- goals

    private static List<GoalProgress> goalProgress(EvaluationFacts facts) {
        List<GoalProgress> result = new ArrayList<>();
        for (ProgramGoal goal : facts.goals()) {
            GoalProgress.Builder builder = GoalProgress.builder().goalId(goal.id());
            BigDecimal sum = BigDecimal.ZERO;
            int measured = 0;
            for (Indicator indicator : goal.indicators()) {
                Optional<BigDecimal> actual = latestOnOrBefore(indicator, facts.evaluationDate());
                Optional<BigDecimal> progress = actual.map(a -> Numbers.canonical(a.subtract(indicator.baseline())
                        .divide(indicator.target().subtract(indicator.baseline()), Numbers.QUOTIENT)));
                builder.addIndicators(IndicatorProgress.builder()
                        .indicatorId(indicator.id())
                        .actual(actual)
                        .progress(progress)
                        .build());
                if (progress.isPresent()) {
                    sum = sum.add(progress.get().min(BigDecimal.ONE));
                    measured++;
                }
            }
            if (measured == 0) {
                builder.reason(Reason.of(FindingReason.DATA_MISSING, "indicator actuals"));
            } else {
                builder.attainment(Numbers.canonical(sum.divide(BigDecimal.valueOf(measured), Numbers.QUOTIENT)));
            }
            result.add(builder.build());
        }
        return result;
    }

    private static Optional<BigDecimal> latestOnOrBefore(Indicator indicator, LocalDate day) {
        List<Measurement> actuals = indicator.actuals();
        for (int i = actuals.size() - 1; i >= 0; i--) {
            if (!actuals.get(i).on().isAfter(day)) {
                return Optional.of(actuals.get(i).value());
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "Metrics" + values;
    }
}
