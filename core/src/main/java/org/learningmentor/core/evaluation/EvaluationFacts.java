package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.SurveyId;
import org.learningmentor.core.common.Violations;
import org.learningmentor.core.goal.ProgramGoal;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.plan.MentorPlan;
import org.learningmentor.core.program.ActionItem;
import org.learningmentor.core.program.ActionStatus;
import org.learningmentor.core.program.AssignmentSubmission;
import org.learningmentor.core.program.Attendance;
import org.learningmentor.core.program.InterimAssignment;
import org.learningmentor.core.program.MentorPeriod;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.MonitoringCheckpoint;
import org.learningmentor.core.program.ProgramMentor;
import org.learningmentor.core.program.ProgramTemplate;
import org.learningmentor.core.program.TrainingSession;
import org.learningmentor.core.survey.CultureProfile;
import org.learningmentor.core.survey.Survey;

/**
 * The facts an evaluation judges, as one serializable snapshot: the programme's mentors and their
 * enrolment periods, the training sessions with attendance counts, the interim assignments with
 * submissions, the checkpoints, the goals with their indicators and actual values, the action plan,
 * and what the host adds: the planned number of mentors, the mentor plans ({@link PlanFacts}), the
 * survey scores ({@link DimensionScore}), the anonymity threshold, and costs and benefits. An {@link
 * Evaluation} stores the facts it used, so evaluating its rule set over them again gives the same
 * findings.
 *
 * <pre>{@code
 * EvaluationFacts facts = EvaluationFacts.from(
 *                 program, organization, plans, List.of(baseline, followUp), List.of(before, after),
 *                 LocalDate.of(2026, 12, 1))
 *         .plannedMentors(12)              // what the aggregates do not hold
 *         .costs(new BigDecimal("20000"))
 *         .benefits(new BigDecimal("60000"))
 *         .build();
 * }</pre>
 *
 * <p>A host that keeps some of the data elsewhere starts from {@link #fromProgram} and adds {@link
 * PlanFacts} ({@link PlanFacts#of(MentorPlan)}) and {@link DimensionScore}s ({@link
 * DimensionScores#from}) itself, or builds every fact by hand.
 *
 * <p>Times of day are compared in UTC: "the end of a day" is midnight UTC after it. Building checks,
 * and reports together: mentors, assignment ids, plan ids and (purpose, dimension) scores unique;
 * counts not negative; the anonymity threshold at least 3; costs and benefits not negative and within
 * 15 integer digits and 10 decimals; the template's session count 1–10.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class EvaluationFacts {

    private static final Numbers.EvaluationViolationPath MENTORS_PATH =
            new Numbers.EvaluationViolationPath(EvaluationViolation.PERSON_DUPLICATE, "mentors", ".personId");
    private static final Numbers.EvaluationViolationPath ASSIGNMENTS_PATH =
            new Numbers.EvaluationViolationPath(EvaluationViolation.ID_DUPLICATE, "assignments", ".id");
    private static final Numbers.EvaluationViolationPath PLANS_PATH =
            new Numbers.EvaluationViolationPath(EvaluationViolation.ID_DUPLICATE, "plans", ".planId");
    private static final Numbers.EvaluationViolationPath GOALS_PATH =
            new Numbers.EvaluationViolationPath(EvaluationViolation.ID_DUPLICATE, "goals", ".id");

    /** The anonymity threshold unless one is given: 5 respondents. */
    public static final int DEFAULT_ANONYMITY_THRESHOLD = 5;

    /** The lowest anonymity threshold accepted: 3 respondents. */
    public static final int MIN_ANONYMITY_THRESHOLD = 3;

    EvaluationFacts() {}

    /**
     * Returns the organization (tenant) running the programme.
     *
     * @return the id, never null
     */
    @JsonProperty("organizationId")
    public abstract OrganizationId organizationId();

    /**
     * Returns the programme evaluated.
     *
     * @return the id, never null
     */
    @JsonProperty("programId")
    public abstract ProgramId programId();

    /**
     * Returns the day the facts describe; assignments due and measurements made after it are left out.
     *
     * @return the date, never null
     */
    @JsonProperty("evaluationDate")
    public abstract LocalDate evaluationDate();

    /**
     * Returns how many mentors the programme planned to recruit. The programme and its template do
     * not hold it; the host gives it (from its own plan or the programme's budget).
     *
     * @return the count, not negative, or empty when not given
     */
    @JsonProperty("plannedMentors")
    public abstract OptionalInt plannedMentors();

    /**
     * Returns how many training sessions the programme's template has.
     *
     * @return the count, 1–10; 3 unless given
     */
    @JsonProperty("templateSessionCount")
    @Value.Default
    public int templateSessionCount() {
        return 3;
    }

    /**
     * Returns every mentor ever enrolled.
     *
     * @return an unmodifiable list, no person twice
     */
    @JsonProperty("mentors")
    public abstract List<MentorFact> mentors();

    /**
     * Returns the training sessions scheduled.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("sessions")
    public abstract List<SessionFact> sessions();

    /**
     * Returns the interim assignments given.
     *
     * @return an unmodifiable list, ids unique
     */
    @JsonProperty("assignments")
    public abstract List<AssignmentFact> assignments();

    /**
     * Returns the days of the monitoring checkpoints held.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("checkpointDates")
    public abstract List<LocalDate> checkpointDates();

    /**
     * Returns management's goals with their indicators and actual values.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("goals")
    public abstract List<ProgramGoal> goals();

    /**
     * Returns how many items the programme's own action plan has, cancelled ones left out.
     *
     * @return the count, not negative
     */
    @JsonProperty("programActionItems")
    @Value.Default
    public int programActionItems() {
        return 0;
    }

    /**
     * Returns how many items of the programme's own action plan are done.
     *
     * @return the count, not negative, at most {@link #programActionItems()}
     */
    @JsonProperty("programActionItemsDone")
    @Value.Default
    public int programActionItemsDone() {
        return 0;
    }

    /**
     * Returns when the baseline survey of the culture analysis was run.
     *
     * @return the date, or empty when none was run
     */
    @JsonProperty("baselineSurveyOn")
    public abstract Optional<LocalDate> baselineSurveyOn();

    /**
     * Returns the mentor plans.
     *
     * @return an unmodifiable list, plan ids unique
     */
    @JsonProperty("plans")
    public abstract List<PlanFacts> plans();

    /**
     * Returns the survey scores, per survey purpose and dimension.
     *
     * @return an unmodifiable list, each (purpose, dimension) once
     */
    @JsonProperty("scores")
    public abstract List<DimensionScore> scores();

    /**
     * Returns the organization's anonymity threshold: a score with fewer respondents is treated as
     * suppressed even when its figures were given.
     *
     * @return the threshold, at least {@value #MIN_ANONYMITY_THRESHOLD}; {@value
     *     #DEFAULT_ANONYMITY_THRESHOLD} unless given
     */
    @JsonProperty("anonymityThreshold")
    @Value.Default
    public int anonymityThreshold() {
        return DEFAULT_ANONYMITY_THRESHOLD;
    }

    /**
     * Returns the programme's costs, in euros.
     *
     * @return the costs, not negative, or empty when not given
     */
    @JsonProperty("costs")
    public abstract Optional<BigDecimal> costs();

    /**
     * Returns the programme's monetary benefits, in euros.
     *
     * @return the benefits, not negative, or empty when not given
     */
    @JsonProperty("benefits")
    public abstract Optional<BigDecimal> benefits();

    /**
     * Returns the metric catalogue computed over these facts, once and then cached.
     *
     * @return the metrics, never null
     */
    @JsonIgnore
    @Value.Lazy
    public Metrics metrics() {
        return new Metrics(this);
    }

    /** Returns the end of the day: midnight UTC after it. */
    static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * Returns a builder holding the programme's facts: its organization and id, the template's session
     * count, the mentors and their periods, the sessions with attendance counts, the assignments with
     * their submitters, the checkpoint days, the goals, the action plan's counts and the baseline survey
     * date. The host adds the rest: {@code plannedMentors}, {@code plans}, {@code scores}, {@code
     * anonymityThreshold}, {@code costs}, {@code benefits}.
     *
     * @param program the programme, not null
     * @param evaluationDate the day the facts describe, not null
     * @return a builder, never null
     */
    public static Builder fromProgram(MentoringProgram program, LocalDate evaluationDate) {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(evaluationDate, "evaluationDate");
        ProgramTemplate template = program.template();
        Builder builder = builder();
        builder.organizationId(program.organizationId())
                .programId(program.id())
                .evaluationDate(evaluationDate)
                .templateSessionCount(template.sessionCount())
                .baselineSurveyOn(program.cultureAnalysis().baselineSurveyOn())
                .addAllGoals(program.goals());
        for (ProgramMentor mentor : program.mentors()) {
            List<EnrolmentPeriod> periods = new ArrayList<>();
            for (MentorPeriod earlier : mentor.earlierPeriods()) {
                periods.add(EnrolmentPeriod.of(earlier.enrolledAt(), Optional.of(earlier.withdrawnAt())));
            }
            periods.add(EnrolmentPeriod.of(mentor.enrolledAt(), mentor.withdrawnAt()));
            builder.addMentors(MentorFact.of(mentor.personId(), periods));
        }
        for (TrainingSession session : program.sessions()) {
            int present = (int)
                    session.attendance().stream().filter(Attendance::present).count();
            builder.addSessions(SessionFact.of(
                    session.ordinal(),
                    session.date(),
                    session.held(),
                    present,
                    session.attendance().size() - present));
        }
        for (InterimAssignment assignment : program.assignments()) {
            List<PersonId> submitters = new ArrayList<>(assignment.submissions().size());
            for (AssignmentSubmission submission : assignment.submissions()) {
                submitters.addAll(submission.mentorIds());
            }
            builder.addAssignments(AssignmentFact.of(assignment.id(), assignment.dueOn(), submitters));
        }
        for (MonitoringCheckpoint checkpoint : program.checkpoints()) {
            builder.addCheckpointDates(checkpoint.date());
        }
        int items = 0;
        int done = 0;
        for (ActionItem item : program.actionPlan().items()) {
            if (item.status() != ActionStatus.CANCELLED) {
                items++;
                done += item.status() == ActionStatus.DONE ? 1 : 0;
            }
        }
        return builder.programActionItems(items).programActionItemsDone(done);
    }

    /**
     * Returns a builder holding every fact the aggregates hold: the programme's ({@link
     * #fromProgram}), the organization's anonymity threshold ({@link
     * org.learningmentor.core.organization.OrganizationSettings#anonymityThreshold()}), each plan's
     * {@linkplain PlanFacts#of(MentorPlan) facts}, and the whole audience's {@linkplain
     * DimensionScores#from dimension scores} of each survey that has a profile (a survey without one,
     * such as an open survey, is left out). The host adds what they do not hold: {@code
     * plannedMentors}, {@code costs} and {@code benefits}. Two profiled surveys of one purpose make
     * {@code build()} refuse with {@code evaluation.score.duplicate}.
     *
     * @param program the programme, not null
     * @param organization the programme's organization, not null
     * @param plans the programme's mentor plans, any status, not null
     * @param surveys the programme's surveys, not null
     * @param profiles the culture profiles of some or all of the surveys, not null
     * @param evaluationDate the day the facts describe, not null
     * @return a builder, never null
     * @throws IllegalArgumentException when the organization, a plan or a survey is not the
     *     programme's, or a profile's survey is not among the surveys
     */
    public static Builder from(
            MentoringProgram program,
            Organization organization,
            Collection<MentorPlan> plans,
            Collection<Survey> surveys,
            Collection<CultureProfile> profiles,
            LocalDate evaluationDate) {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(plans, "plans");
        Objects.requireNonNull(surveys, "surveys");
        Objects.requireNonNull(profiles, "profiles");
        if (!organization.id().equals(program.organizationId())) {
            throw new IllegalArgumentException("Organization " + organization.id() + " does not run programme "
                    + program.id() + " (" + program.organizationId() + ")");
        }
        Builder builder = fromProgram(program, evaluationDate)
                .anonymityThreshold(organization.settings().anonymityThreshold());
        for (MentorPlan plan : plans) {
            if (!plan.programId().equals(program.id())) {
                throw new IllegalArgumentException(
                        "Plan " + plan.id() + " is of programme " + plan.programId() + ", not " + program.id());
            }
            builder.addPlans(PlanFacts.of(plan));
        }
        Map<SurveyId, Survey> byId = new HashMap<>();
        for (Survey survey : surveys) {
            if (!survey.programId().equals(program.id())) {
                throw new IllegalArgumentException(
                        "Survey " + survey.id() + " is of programme " + survey.programId() + ", not " + program.id());
            }
            byId.put(survey.id(), survey);
        }
        for (CultureProfile profile : profiles) {
            Survey survey = byId.get(profile.surveyId());
            if (survey == null) {
                throw new IllegalArgumentException(
                        "The profile of survey " + profile.surveyId() + " has no survey among the surveys given");
            }
            builder.addAllScores(DimensionScores.from(survey, profile));
        }
        return builder;
    }

    /**
     * Returns a new builder; {@code organizationId}, {@code programId} and {@code evaluationDate} are
     * required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the rules listed in the class description.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        plannedMentors().ifPresent(n -> Numbers.checkNotNegative(n, "plannedMentors", violations));
        violations.check(
                templateSessionCount() >= ProgramTemplate.MIN_SESSIONS
                        && templateSessionCount() <= ProgramTemplate.MAX_SESSIONS,
                EvaluationViolation.SESSION_COUNT_OUT_OF_RANGE,
                "templateSessionCount",
                templateSessionCount());
        Numbers.checkUnique(mentors(), MentorFact::personId, MENTORS_PATH, violations);
        Numbers.checkUnique(assignments(), AssignmentFact::id, ASSIGNMENTS_PATH, violations);
        Numbers.checkUnique(plans(), PlanFacts::planId, PLANS_PATH, violations);
        Numbers.checkUnique(goals(), ProgramGoal::id, GOALS_PATH, violations);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < scores().size(); i++) {
            DimensionScore score = scores().get(i);
            violations.check(
                    seen.add(score.purpose() + "/" + score.dimension()),
                    EvaluationViolation.SCORE_DUPLICATE,
                    "scores[" + i + "]",
                    score.purpose(),
                    score.dimension());
        }
        Numbers.checkNotNegative(programActionItems(), "programActionItems", violations);
        Numbers.checkNotNegative(programActionItemsDone(), "programActionItemsDone", violations);
        violations.check(
                programActionItemsDone() <= programActionItems(),
                EvaluationViolation.DONE_EXCEEDS_TOTAL,
                "programActionItemsDone",
                programActionItemsDone(),
                programActionItems());
        violations.check(
                anonymityThreshold() >= MIN_ANONYMITY_THRESHOLD,
                EvaluationViolation.ANONYMITY_THRESHOLD_TOO_LOW,
                "anonymityThreshold",
                MIN_ANONYMITY_THRESHOLD,
                anonymityThreshold());
        costs().ifPresent(c -> checkAmount(c, "costs", violations));
        benefits().ifPresent(b -> checkAmount(b, "benefits", violations));
        violations.throwIfAny();
    }

    private static void checkAmount(BigDecimal amount, String path, Violations violations) {
        if (Numbers.checkDigits(amount, path, violations)) {
            violations.check(amount.signum() >= 0, EvaluationViolation.AMOUNT_NEGATIVE, path, Numbers.describe(amount));
        }
    }

    @JsonCreator
    private static EvaluationFacts fromJson(ImmutableEvaluationFacts value) {
        return value;
    }

    /** Builds facts; {@code build()} throws a ValidationException listing every violation. */
    public static final class Builder extends ImmutableEvaluationFacts.Builder {}
}
