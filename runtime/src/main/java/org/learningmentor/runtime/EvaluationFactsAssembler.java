package org.learningmentor.runtime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.learningmentor.core.common.SurveyId;
import org.learningmentor.core.evaluation.EvaluationFacts;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.survey.Survey;
import org.learningmentor.core.survey.SurveyResponse;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;
import org.learningmentor.runtime.transfer.OfflineEvaluation;

/**
 * Builds the facts an evaluation judges from stored data only, inside a use case's transaction:
 * loads the organization, the programme's plans and surveys, and the responses of the surveys the
 * facts profile, and hands them to {@link OfflineEvaluation#facts(MentoringProgram,
 * org.learningmentor.core.organization.Organization, List, List, java.util.function.Function,
 * LocalDate, OptionalInt, Optional, Optional)}, the one implementation shared with the evaluation of
 * a programme document (which surveys are profiled, and how, is described there). The day is the
 * clock's in UTC, as the facts compare times of day in UTC.
 */
final class EvaluationFactsAssembler {

    private EvaluationFactsAssembler() {}

    static EvaluationFacts assemble(
            Context c,
            MentoringProgram program,
            OptionalInt plannedMentors,
            Optional<BigDecimal> costs,
            Optional<BigDecimal> benefits) {
        List<Survey> surveys = Page.stream(
                        PageRequest.first(PageRequest.MAX_SIZE),
                        request -> c.persistence().surveys().findByProgram(c.organizationId(), program.id(), request))
                .toList();
        return OfflineEvaluation.facts(
                program,
                c.organization(),
                c.plansOf(program.id()),
                surveys,
                surveyId -> responses(c, surveyId),
                LocalDate.ofInstant(c.now(), ZoneOffset.UTC),
                plannedMentors,
                costs,
                benefits);
    }

    static List<SurveyResponse> responses(Context c, SurveyId surveyId) {
        return Page.stream(
                        PageRequest.first(PageRequest.MAX_SIZE),
                        request -> c.persistence().responses().findBySurvey(c.organizationId(), surveyId, request))
                .toList();
    }
}
