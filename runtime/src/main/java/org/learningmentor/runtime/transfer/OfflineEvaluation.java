package org.learningmentor.runtime.transfer;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learningmentor.core.common.EvaluationId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.SurveyId;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.core.evaluation.EvaluationFacts;
import org.learningmentor.core.evaluation.Evaluator;
import org.learningmentor.core.evaluation.RuleSet;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.plan.MentorPlan;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.survey.CultureProfile;
import org.learningmentor.core.survey.CultureProfiles;
import org.learningmentor.core.survey.Survey;
import org.learningmentor.core.survey.SurveyPurpose;
import org.learningmentor.core.survey.SurveyResponse;

/**
 * Evaluates a programme document without a store: the same facts and the same findings as {@link
 * org.learningmentor.runtime.EvaluationUseCases#evaluate} gives over a store holding the document's
 * data, on the same day. Both build their facts with {@link #facts(MentoringProgram, Organization,
 * List, List, Function, LocalDate, OptionalInt, Optional, Optional)}.
 *
 * <pre>{@code
 * ProgramDocument document = ProgramDocuments.fromJson(Files.readAllBytes(path));
 * Evaluation evaluation = OfflineEvaluation.evaluate(document, RuleSets.defaults(), LocalDate.of(2026, 12, 1));
 * }</pre>
 *
 * <p>An offline evaluation is a reading, not a record: nothing is stored, and what a stored
 * evaluation takes from its use case is fixed instead, so the same document, rule set and day give
 * the same evaluation, byte for byte:
 *
 * <ul>
 *   <li>its id is {@link #evaluationId(ProgramId, LocalDate)}, a name-based UUID of the programme
 *       and the day;
 *   <li>it was made at the start of the day, UTC;
 *   <li>it was made by the programme's coordinator, else its sponsor, else by {@link
 *       #offlineEvaluator(ProgramId)}, a name-based id of no person.
 * </ul>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class OfflineEvaluation {

    private OfflineEvaluation() {}

    /**
     * Evaluates the document's programme by the rule set on the day, without the host's figures.
     *
     * @param document the document, not null
     * @param ruleSet the rule set, not null
     * @param on the day the facts describe, not null
     * @return the evaluation, version 0, not stored; never null
     * @see #evaluate(ProgramDocument, RuleSet, LocalDate, OptionalInt, Optional, Optional)
     */
    public static Evaluation evaluate(ProgramDocument document, RuleSet ruleSet, LocalDate on) {
        return evaluate(document, ruleSet, on, OptionalInt.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Evaluates the document's programme by the rule set on the day, with the figures only the host
     * knows.
     *
     * @param document the document, not null
     * @param ruleSet the rule set, not null
     * @param on the day the facts describe, not null
     * @param plannedMentors how many mentors the programme planned to recruit, not null; empty when unknown
     * @param costs the programme's costs, not null; empty when unknown
     * @param benefits the programme's monetary benefits, not null; empty when unknown
     * @return the evaluation, version 0, not stored; never null
     */
    public static Evaluation evaluate(
            ProgramDocument document,
            RuleSet ruleSet,
            LocalDate on,
            OptionalInt plannedMentors,
            Optional<BigDecimal> costs,
            Optional<BigDecimal> benefits) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        EvaluationFacts facts = facts(document, on, plannedMentors, costs, benefits);
        MentoringProgram program = document.program();
        PersonId evaluator =
                program.coordinatorId().or(program::sponsorId).orElseGet(() -> offlineEvaluator(program.id()));
        return Evaluator.evaluate(
                        evaluationId(program.id(), on),
                        ruleSet,
                        facts,
                        evaluator,
                        on.atStartOfDay(ZoneOffset.UTC).toInstant())
                .state();
    }

    /**
     * Returns the facts of the document's programme on the day, as the store-based evaluation
     * builds them.
     *
     * @param document the document, not null
     * @param on the day the facts describe, not null
     * @param plannedMentors how many mentors the programme planned to recruit, not null; empty when unknown
     * @param costs the programme's costs, not null; empty when unknown
     * @param benefits the programme's monetary benefits, not null; empty when unknown
     * @return the facts, never null
     */
    public static EvaluationFacts facts(
            ProgramDocument document,
            LocalDate on,
            OptionalInt plannedMentors,
            Optional<BigDecimal> costs,
            Optional<BigDecimal> benefits) {
        Objects.requireNonNull(document, "document");
        Map<SurveyId, List<SurveyResponse>> bySurvey =
                document.responses().stream().collect(Collectors.groupingBy(SurveyResponse::surveyId));
        return facts(
                document.program(),
                document.organization(),
                document.plans(),
                document.surveys(),
                surveyId -> bySurvey.getOrDefault(surveyId, List.of()),
                on,
                plannedMentors,
                costs,
                benefits);
    }

    /**
     * Returns the facts an evaluation judges, built with the model's {@link EvaluationFacts#from}:
     * the one implementation behind both the store-based and the offline evaluation.
     *
     * <ol>
     *   <li>the programme, the organization (for its anonymity threshold) and the programme's plans
     *       and surveys, in the order of their ids whatever order they come in;
     *   <li>the culture profile of the latest closed survey of each purpose (an open survey is still
     *       collecting answers, and two of one purpose would be refused; of two closed at the same
     *       instant, the greater id), computed from its
     *       responses with the organization's threshold by {@link CultureProfiles#compute}: survey
     *       figures reach the facts only as the profile shows them; only those surveys' responses
     *       are asked for;
     *   <li>the day;
     *   <li>what the host gives: the planned number of mentors, costs and benefits.
     * </ol>
     *
     * @param program the programme, not null
     * @param organization its organization, not null
     * @param plans the programme's plans, not null
     * @param surveys the programme's surveys, not null
     * @param responses the responses of a survey, asked for the profiled surveys only; not null
     * @param on the day the facts describe, not null
     * @param plannedMentors how many mentors the programme planned to recruit, not null; empty when unknown
     * @param costs the programme's costs, not null; empty when unknown
     * @param benefits the programme's monetary benefits, not null; empty when unknown
     * @return the facts, never null
     */
    public static EvaluationFacts facts(
            MentoringProgram program,
            Organization organization,
            List<MentorPlan> plans,
            List<Survey> surveys,
            Function<SurveyId, List<SurveyResponse>> responses,
            LocalDate on,
            OptionalInt plannedMentors,
            Optional<BigDecimal> costs,
            Optional<BigDecimal> benefits) {
        Objects.requireNonNull(responses, "responses");
        Objects.requireNonNull(plannedMentors, "plannedMentors");
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(benefits, "benefits");
        // in the order of ids, whatever order a store pages in, so both paths give equal facts
        List<MentorPlan> sortedPlans = plans.stream()
                .sorted(Comparator.comparing(plan -> plan.id().toString()))
                .toList();
        List<Survey> sortedSurveys = surveys.stream()
                .sorted(Comparator.comparing(survey -> survey.id().toString()))
                .toList();
        List<CultureProfile> profiles = new ArrayList<>();
        for (Survey survey : latestClosedByPurpose(sortedSurveys).values()) {
            profiles.add(CultureProfiles.compute(survey, organization, responses.apply(survey.id())));
        }
        return EvaluationFacts.from(program, organization, sortedPlans, sortedSurveys, profiles, on)
                .plannedMentors(plannedMentors)
                .costs(costs)
                .benefits(benefits)
                .build();
    }

    /**
     * Returns the id of an offline evaluation of the programme on the day: a name-based UUID, the
     * same for the same programme and day.
     *
     * @param programId the programme, not null
     * @param on the day, not null
     * @return the id, never null
     */
    public static EvaluationId evaluationId(ProgramId programId, LocalDate on) {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(on, "on");
        return EvaluationId.of(nameBased("learningmentor:offline-evaluation:" + programId + ":" + on));
    }

    /**
     * Returns the id an offline evaluation names as its author when the programme has neither
     * coordinator nor sponsor: a name-based UUID of the programme, of no person.
     *
     * @param programId the programme, not null
     * @return the id, never null
     */
    public static PersonId offlineEvaluator(ProgramId programId) {
        Objects.requireNonNull(programId, "programId");
        return PersonId.of(nameBased("learningmentor:offline-evaluator:" + programId));
    }

    private static UUID nameBased(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<SurveyPurpose, Survey> latestClosedByPurpose(List<Survey> surveys) {
        Map<SurveyPurpose, Survey> latest = new EnumMap<>(SurveyPurpose.class);
        surveys.stream()
                .filter(survey -> survey.closedAt().isPresent())
                .sorted(Comparator.comparing(
                                (Survey survey) -> survey.closedAt().orElseThrow())
                        .thenComparing(survey -> survey.id().toString()))
                .forEach(survey -> latest.put(survey.purpose(), survey));
        return latest;
    }
}
