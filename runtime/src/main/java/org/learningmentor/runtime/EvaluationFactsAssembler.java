package org.learningmentor.runtime;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.learningmentor.core.common.GoalId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.evaluation.DimensionScore;
import org.learningmentor.core.evaluation.EvaluationFacts;
import org.learningmentor.core.evaluation.GasRating;
import org.learningmentor.core.evaluation.PlanFacts;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.plan.LinkedGoal;
import org.learningmentor.core.plan.MentorPlan;
import org.learningmentor.core.program.ActionItem;
import org.learningmentor.core.program.ActionStatus;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.survey.CultureProfile;
import org.learningmentor.core.survey.CultureProfiles;
import org.learningmentor.core.survey.Dimension;
import org.learningmentor.core.survey.GroupProfile;
import org.learningmentor.core.survey.Suppression;
import org.learningmentor.core.survey.Survey;
import org.learningmentor.core.survey.SurveyPurpose;
import org.learningmentor.core.survey.SurveyResponse;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;

/**
 * Builds the facts an evaluation judges from stored data only, inside a use case's transaction:
 *
 * <ol>
 *   <li>the programme's own facts ({@link EvaluationFacts#fromProgram}) on the day of the clock;
 *   <li>the organization's anonymity threshold;
 *   <li>one {@link PlanFacts} per stored plan of the programme: owners, status, action items (not
 *       cancelled) and those done, and each rated goal's latest rating with the goal's weight;
 *   <li>the audience's dimension scores of the latest closed survey of each purpose, computed from
 *       its stored responses with the organization's threshold; a suppressed audience gives
 *       suppressed scores, never figures;
 *   <li>what the host gives: the planned number of mentors, costs and benefits.
 * </ol>
 */
final class EvaluationFactsAssembler {

    private EvaluationFactsAssembler() {}

    static EvaluationFacts assemble(
            Context c,
            MentoringProgram program,
            OptionalInt plannedMentors,
            Optional<BigDecimal> costs,
            Optional<BigDecimal> benefits) {
        Organization organization = c.organization();
        EvaluationFacts.Builder facts = EvaluationFacts.fromProgram(program, today(c))
                .anonymityThreshold(organization.settings().anonymityThreshold())
                .plannedMentors(plannedMentors)
                .costs(costs)
                .benefits(benefits);
        for (MentorPlan plan : c.plansOf(program.id())) {
            facts.addPlans(planFacts(plan));
        }
        for (Survey survey : latestClosedByPurpose(c, program.id()).values()) {
            facts.addAllScores(scores(c, survey, organization));
        }
        return facts.build();
    }

    /** The day of the clock in UTC, as the facts compare times of day in UTC. */
    private static LocalDate today(Context c) {
        Instant now = c.now();
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    static PlanFacts planFacts(MentorPlan plan) {
        List<ActionItem> items = plan.actionItems().stream()
                .filter(item -> item.status() != ActionStatus.CANCELLED)
                .toList();
        PlanFacts.Builder facts = PlanFacts.builder()
                .planId(plan.id())
                .addAllOwnerIds(plan.ownerIds())
                .status(plan.status())
                .actionItems(items.size())
                .actionItemsDone((int) items.stream()
                        .filter(item -> item.status() == ActionStatus.DONE)
                        .count());
        for (Map.Entry<GoalId, Integer> rating : plan.latestRatings().entrySet()) {
            BigDecimal weight =
                    plan.goal(rating.getKey()).map(LinkedGoal::weight).orElse(BigDecimal.ONE);
            facts.addGasRatings(GasRating.of(rating.getValue(), weight));
        }
        return facts.build();
    }

    private static Map<SurveyPurpose, Survey> latestClosedByPurpose(Context c, ProgramId programId) {
        Map<SurveyPurpose, Survey> latest = new EnumMap<>(SurveyPurpose.class);
        Page.stream(
                        PageRequest.first(PageRequest.MAX_SIZE),
                        request -> c.persistence().surveys().findByProgram(c.organizationId(), programId, request))
                .filter(survey -> survey.closedAt().isPresent())
                .sorted(Comparator.comparing(survey -> survey.closedAt().orElseThrow()))
                .forEach(survey -> latest.put(survey.purpose(), survey));
        return latest;
    }

    private static List<DimensionScore> scores(Context c, Survey survey, Organization organization) {
        List<SurveyResponse> responses = Page.stream(
                        PageRequest.first(PageRequest.MAX_SIZE),
                        request -> c.persistence().responses().findBySurvey(c.organizationId(), survey.id(), request))
                .toList();
        CultureProfile profile = CultureProfiles.compute(survey, organization, responses);
        GroupProfile audience = profile.audience();
        if (audience.isSuppressed()) {
            Suppression why = audience.suppression().orElseThrow();
            return survey.instrument().dimensions().stream()
                    .map(Dimension::code)
                    .map(code -> DimensionScore.suppressed(survey.purpose(), code, why))
                    .toList();
        }
        return audience.scores().stream()
                .map(score -> DimensionScore.of(
                        survey.purpose(),
                        score.dimension(),
                        score.mean(),
                        score.standardDeviation(),
                        score.respondents()))
                .toList();
    }
}
