package org.learningmentor.runtime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.learningmentor.core.evaluation.EvaluationFacts;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.survey.CultureProfile;
import org.learningmentor.core.survey.CultureProfiles;
import org.learningmentor.core.survey.Survey;
import org.learningmentor.core.survey.SurveyPurpose;
import org.learningmentor.core.survey.SurveyResponse;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;

/**
 * Builds the facts an evaluation judges from stored data only, inside a use case's transaction,
 * with the model's {@link EvaluationFacts#from}:
 *
 * <ol>
 *   <li>the programme, the organization (for its anonymity threshold) and every stored plan of the
 *       programme;
 *   <li>the culture profile of the latest closed survey of each purpose (an open survey is still
 *       collecting answers, and two of one purpose would be refused), computed from its stored
 *       responses with the organization's threshold as {@link SurveyUseCases#profile} does: survey
 *       figures reach the facts only as the profile shows them;
 *   <li>the day of the clock in UTC, as the facts compare times of day in UTC;
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
        List<Survey> surveys = Page.stream(
                        PageRequest.first(PageRequest.MAX_SIZE),
                        request -> c.persistence().surveys().findByProgram(c.organizationId(), program.id(), request))
                .toList();
        List<CultureProfile> profiles = new ArrayList<>();
        for (Survey survey : latestClosedByPurpose(surveys).values()) {
            profiles.add(profile(c, survey, organization));
        }
        return EvaluationFacts.from(
                        program,
                        organization,
                        c.plansOf(program.id()),
                        surveys,
                        profiles,
                        LocalDate.ofInstant(c.now(), ZoneOffset.UTC))
                .plannedMentors(plannedMentors)
                .costs(costs)
                .benefits(benefits)
                .build();
    }

    private static Map<SurveyPurpose, Survey> latestClosedByPurpose(List<Survey> surveys) {
        Map<SurveyPurpose, Survey> latest = new EnumMap<>(SurveyPurpose.class);
        surveys.stream()
                .filter(survey -> survey.closedAt().isPresent())
                .sorted(Comparator.comparing(survey -> survey.closedAt().orElseThrow()))
                .forEach(survey -> latest.put(survey.purpose(), survey));
        return latest;
    }

    private static CultureProfile profile(Context c, Survey survey, Organization organization) {
        List<SurveyResponse> responses = Page.stream(
                        PageRequest.first(PageRequest.MAX_SIZE),
                        request -> c.persistence().responses().findBySurvey(c.organizationId(), survey.id(), request))
                .toList();
        return CultureProfiles.compute(survey, organization, responses);
    }
}
