package org.learningmentor.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learningmentor.core.common.GoalId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.goal.Indicator;
import org.learningmentor.core.goal.Measurement;
import org.learningmentor.core.goal.ProgramGoal;
import org.learningmentor.core.plan.GoalRating;
import org.learningmentor.core.plan.LinkedGoal;
import org.learningmentor.core.plan.MentorPlan;
import org.learningmentor.core.plan.PlanStatus;
import org.learningmentor.core.plan.ProgressEntry;
import org.learningmentor.core.program.ActionItem;
import org.learningmentor.core.program.ActionStatus;
import org.learningmentor.core.program.AssignmentSubmission;
import org.learningmentor.core.program.Attendance;
import org.learningmentor.core.program.InterimAssignment;
import org.learningmentor.core.program.MentorPeriod;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.ProgramMentor;
import org.learningmentor.core.program.TrainingSession;
import org.learningmentor.core.survey.CultureProfile;
import org.learningmentor.core.survey.DimensionScore;
import org.learningmentor.core.survey.GroupProfile;

/**
 * The baseline of {@link RuleSetEvaluationBenchmark}: a hand-written loop over the same aggregates
 * computing the same metrics as the SDK's metric catalogue, as doubles, with no facts, no rules, no
 * findings and no validation. Index {@code i < 11} is {@code Metric.values()[i]}; then the change of
 * each dimension of the instrument from the baseline to the follow-up. NaN where the SDK says "not
 * available".
 */
final class EvaluationLoop {

    private EvaluationLoop() {}

    static double[] metrics(EvaluationData data, int threshold) {
        MentoringProgram program = data.program;
        LocalDate date = EvaluationData.EVALUATION_DATE;
        List<ProgramMentor> mentors = program.mentors();
        List<DimensionScore> before = scores(data.profiles.get(0));
        List<DimensionScore> after = scores(data.profiles.get(1));
        double[] out = new double[11 + Math.max(before.size(), after.size())];

        // Participation.
        out[0] = (double) mentors.size() / data.plannedMentors;

        // Attendance of held sessions; the last day of training.
        long present = 0;
        long recorded = 0;
        int held = 0;
        LocalDate lastDay = null;
        for (TrainingSession session : program.sessions()) {
            if (session.held()) {
                held++;
                lastDay = lastDay == null || session.date().isAfter(lastDay) ? session.date() : lastDay;
                for (Attendance attendance : session.attendance()) {
                    present += attendance.present() ? 1 : 0;
                    recorded++;
                }
            }
        }
        out[1] = recorded == 0 ? Double.NaN : (double) present / recorded;

        // Assignments due by the date: submitted ÷ (submitted + enrolled at the due day's end who did not).
        long submitted = 0;
        long expected = 0;
        boolean anyDue = false;
        for (InterimAssignment assignment : program.assignments()) {
            if (assignment.dueOn().isAfter(date)) {
                continue;
            }
            anyDue = true;
            Set<PersonId> submitters = new HashSet<>();
            for (AssignmentSubmission submission : assignment.submissions()) {
                submitters.addAll(submission.mentorIds());
            }
            Instant dueEnd = endOf(assignment.dueOn());
            long expectedHere = submitters.size();
            for (ProgramMentor mentor : mentors) {
                if (!submitters.contains(mentor.personId()) && enrolledAt(mentor, dueEnd)) {
                    expectedHere++;
                }
            }
            submitted += submitters.size();
            expected += expectedHere;
        }
        out[2] = !anyDue || expected == 0 ? Double.NaN : (double) submitted / expected;

        // Approved plans, action items, GAS.
        Instant end = endOf(date);
        Set<PersonId> covered = new HashSet<>();
        long items = 0;
        long done = 0;
        for (ActionItem item : program.actionPlan().items()) {
            if (item.status() != ActionStatus.CANCELLED) {
                items++;
                done += item.status() == ActionStatus.DONE ? 1 : 0;
            }
        }
        double sumOfT = 0;
        int rated = 0;
        double poolWx = 0;
        double poolW2 = 0;
        double poolW = 0;
        Map<GoalId, Integer> latest = new HashMap<>();
        for (MentorPlan plan : data.plans) {
            PlanStatus status = plan.status();
            if (status == PlanStatus.APPROVED || status == PlanStatus.COMPLETED) {
                covered.addAll(plan.ownerIds());
            }
            if (status == PlanStatus.CANCELLED) {
                continue;
            }
            for (ActionItem item : plan.actionItems()) {
                if (item.status() != ActionStatus.CANCELLED) {
                    items++;
                    done += item.status() == ActionStatus.DONE ? 1 : 0;
                }
            }
            latest.clear();
            for (ProgressEntry entry : plan.progress()) {
                for (GoalRating rating : entry.ratings()) {
                    latest.put(rating.goalId(), rating.level());
                }
            }
            if (latest.isEmpty()) {
                continue;
            }
            double wx = 0;
            double w2 = 0;
            double w = 0;
            for (LinkedGoal goal : plan.goals()) {
                Integer level = latest.get(goal.goalId());
                if (level != null) {
                    double weight = goal.weight().doubleValue();
                    wx += weight * level;
                    w2 += weight * weight;
                    w += weight;
                }
            }
            sumOfT += Math.round(100 * tScore(wx, w2, w)) / 100.0;
            rated++;
            poolWx += wx;
            poolW2 += w2;
            poolW += w;
        }
        long active = 0;
        long withPlan = 0;
        for (ProgramMentor mentor : mentors) {
            if (enrolledAt(mentor, end)) {
                active++;
                withPlan += covered.contains(mentor.personId()) ? 1 : 0;
            }
        }
        out[3] = data.plans.isEmpty() || active == 0 ? Double.NaN : (double) withPlan / active;
        out[4] = items == 0 ? Double.NaN : (double) done / items;

        // Retention through training.
        if (held < program.template().sessionCount() || lastDay == null) {
            out[5] = Double.NaN;
        } else {
            Instant trainingEnd = endOf(lastDay);
            long enrolled = 0;
            long retained = 0;
            for (ProgramMentor mentor : mentors) {
                if (firstEnrolment(mentor).isBefore(trainingEnd)) {
                    enrolled++;
                    retained += enrolledAt(mentor, trainingEnd) ? 1 : 0;
                }
            }
            out[5] = enrolled == 0 ? Double.NaN : (double) retained / enrolled;
        }
        out[6] = rated == 0 ? Double.NaN : sumOfT / rated;
        out[7] = rated == 0 ? Double.NaN : Math.round(100 * tScore(poolWx, poolW2, poolW)) / 100.0;

        // Indicator attainment: each goal's mean progress, capped at 1 per indicator.
        double sumOfGoals = 0;
        int measuredGoals = 0;
        for (ProgramGoal goal : program.goals()) {
            double sum = 0;
            int measured = 0;
            for (Indicator indicator : goal.indicators()) {
                List<Measurement> actuals = indicator.actuals();
                for (int i = actuals.size() - 1; i >= 0; i--) {
                    if (!actuals.get(i).on().isAfter(date)) {
                        double baseline = indicator.baseline().doubleValue();
                        double progress = (actuals.get(i).value().doubleValue() - baseline)
                                / (indicator.target().doubleValue() - baseline);
                        sum += Math.min(progress, 1);
                        measured++;
                        break;
                    }
                }
            }
            if (measured > 0) {
                sumOfGoals += sum / measured;
                measuredGoals++;
            }
        }
        out[8] = measuredGoals == 0 ? Double.NaN : sumOfGoals / measuredGoals;

        // Phillips.
        double costs = EvaluationData.COSTS.doubleValue();
        double benefits = EvaluationData.BENEFITS.doubleValue();
        out[9] = (benefits - costs) * 100 / costs;
        out[10] = benefits / costs;

        // Dimension changes of the whole audience, baseline to follow-up.
        int beforeRespondents = respondents(data.profiles.get(0));
        int afterRespondents = respondents(data.profiles.get(1));
        for (int d = 0; d < out.length - 11; d++) {
            boolean shown = d < before.size()
                    && d < after.size()
                    && beforeRespondents >= threshold
                    && afterRespondents >= threshold;
            out[11 + d] = shown
                    ? after.get(d).mean().doubleValue() - before.get(d).mean().doubleValue()
                    : Double.NaN;
        }
        return out;
    }

    private static List<DimensionScore> scores(CultureProfile profile) {
        GroupProfile audience = profile.audience();
        return audience.scores();
    }

    private static int respondents(CultureProfile profile) {
        return profile.audience().respondents().orElse(0);
    }

    private static double tScore(double wx, double w2, double w) {
        return 50 + 10 * wx / Math.sqrt(0.7 * w2 + 0.3 * w * w);
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant firstEnrolment(ProgramMentor mentor) {
        return mentor.earlierPeriods().isEmpty()
                ? mentor.enrolledAt()
                : mentor.earlierPeriods().get(0).enrolledAt();
    }

    private static boolean enrolledAt(ProgramMentor mentor, Instant at) {
        for (MentorPeriod period : mentor.earlierPeriods()) {
            if (!period.enrolledAt().isAfter(at) && period.withdrawnAt().isAfter(at)) {
                return true;
            }
        }
        return !mentor.enrolledAt().isAfter(at)
                && mentor.withdrawnAt().map(w -> w.isAfter(at)).orElse(true);
    }
}
