package org.learningmentor.runtime.transfer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.Violation;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.core.organization.OrgUnit;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.pair.MentoringPair;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.plan.MentorPlan;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.survey.Survey;
import org.learningmentor.core.survey.SurveyResponse;

/**
 * The checks across the records of a document, each record's own rules having held: tenancy, the
 * programme, duplicate ids and tokens, and every reference to a person, a unit, a pair or a survey.
 * Paths index the lists as given. The ids (as text) of records that are in the document but could
 * not be read count as present, so a broken person gives its own violations, not also one for every
 * record that names them.
 */
final class DocumentChecks {

    private DocumentChecks() {}

    static List<Violation> check(
            Organization organization,
            List<Person> people,
            MentoringProgram program,
            List<MentoringPair> pairs,
            List<MentorPlan> plans,
            List<Survey> surveys,
            List<SurveyResponse> responses,
            List<Evaluation> evaluations,
            Set<String> unreadable) {
        List<Violation> violations = new ArrayList<>();
        OrganizationId organizationId = organization.id();
        ProgramId programId = program.id();

        // a record that could not be read is in the document, broken: what names it is not reported
        Set<Object> personIds = ids("people", people, Person::id, violations);
        Set<Object> pairIds = ids("pairs", pairs, MentoringPair::id, violations);
        ids("plans", plans, MentorPlan::id, violations);
        Set<Object> surveyIds = ids("surveys", surveys, Survey::id, violations);
        ids("responses", responses, SurveyResponse::id, violations);
        ids("evaluations", evaluations, Evaluation::id, violations);
        Set<Object> unitIds = new HashSet<>();
        organization.units().stream().map(OrgUnit::id).forEach(unitIds::add);

        TransferViolation other = TransferViolation.ORGANIZATION_OTHER;
        String ofOrganization = "organizationId";
        sameAs(organizationId, "people", ofOrganization, people, Person::organizationId, other, violations);
        if (!program.organizationId().equals(organizationId)) {
            violations.add(Violation.of(other, "program.organizationId", program.organizationId()));
        }
        sameAs(organizationId, "pairs", ofOrganization, pairs, MentoringPair::organizationId, other, violations);
        sameAs(organizationId, "plans", ofOrganization, plans, MentorPlan::organizationId, other, violations);
        sameAs(organizationId, "surveys", ofOrganization, surveys, Survey::organizationId, other, violations);
        sameAs(
                organizationId,
                "responses",
                ofOrganization,
                responses,
                SurveyResponse::organizationId,
                other,
                violations);
        sameAs(
                organizationId,
                "evaluations",
                ofOrganization,
                evaluations,
                Evaluation::organizationId,
                other,
                violations);

        TransferViolation otherProgram = TransferViolation.PROGRAM_OTHER;
        sameAs(programId, "pairs", "programId", pairs, MentoringPair::programId, otherProgram, violations);
        sameAs(programId, "plans", "programId", plans, MentorPlan::programId, otherProgram, violations);
        sameAs(programId, "surveys", "programId", surveys, Survey::programId, otherProgram, violations);
        sameAs(programId, "evaluations", "programId", evaluations, Evaluation::programId, otherProgram, violations);

        for (int i = 0; i < plans.size(); i++) {
            Optional<?> pairId = plans.get(i).pairId();
            if (pairId.isPresent() && !known(pairIds, pairId.get(), unreadable)) {
                violations.add(Violation.of(TransferViolation.PAIR_MISSING, "plans[" + i + "].pairId", pairId.get()));
            }
        }
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < responses.size(); i++) {
            SurveyResponse response = responses.get(i);
            String path = "responses[" + i + "]";
            if (!known(surveyIds, response.surveyId(), unreadable)) {
                violations.add(Violation.of(TransferViolation.SURVEY_MISSING, path + ".surveyId", response.surveyId()));
            }
            if (!unitIds.contains(response.unitId())) {
                violations.add(Violation.of(TransferViolation.UNIT_MISSING, path + ".unitId", response.unitId()));
            }
            if (!tokens.add(response.surveyId() + ":" + response.tokenDigest())) {
                violations.add(Violation.of(TransferViolation.TOKEN_DUPLICATE, path + ".tokenDigest"));
            }
        }

        references("people", people, Person.class, personIds, unitIds, unreadable, violations);
        references("program", List.of(program), MentoringProgram.class, personIds, unitIds, unreadable, violations);
        references("pairs", pairs, MentoringPair.class, personIds, unitIds, unreadable, violations);
        references("plans", plans, MentorPlan.class, personIds, unitIds, unreadable, violations);
        references("surveys", surveys, Survey.class, personIds, unitIds, unreadable, violations);
        references("evaluations", evaluations, Evaluation.class, personIds, unitIds, unreadable, violations);
        return violations;
    }

    private static boolean known(Set<Object> ids, Object id, Set<String> unreadable) {
        return ids.contains(id) || unreadable.contains(id.toString());
    }

    private static <T> Set<Object> ids(
            String section, List<T> records, Function<T, Object> id, List<Violation> violations) {
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            Object value = id.apply(records.get(i));
            if (!seen.add(value)) {
                violations.add(Violation.of(TransferViolation.ID_DUPLICATE, section + "[" + i + "].id", value));
            }
        }
        return seen;
    }

    /** Each record's organization, or programme, must be the document's. */
    private static <T, I> void sameAs(
            I expected,
            String section,
            String field,
            List<T> records,
            Function<T, I> actual,
            TransferViolation code,
            List<Violation> violations) {
        for (int i = 0; i < records.size(); i++) {
            I found = actual.apply(records.get(i));
            if (!found.equals(expected)) {
                violations.add(Violation.of(code, section + "[" + i + "]." + field, found));
            }
        }
    }

    /** Every person and unit a record names must be in the document. */
    private static <T> void references(
            String section,
            List<T> records,
            Class<T> type,
            Set<Object> personIds,
            Set<Object> unitIds,
            Set<String> unreadable,
            List<Violation> violations) {
        for (int i = 0; i < records.size(); i++) {
            String prefix = section.equals("program") ? section : section + "[" + i + "]";
            for (References.Reference reference : References.in(records.get(i), type)) {
                String path = reference.path().isEmpty() ? prefix : prefix + "." + reference.path();
                if (reference.id() instanceof PersonId person && !known(personIds, person, unreadable)) {
                    violations.add(Violation.of(TransferViolation.PERSON_MISSING, path, person));
                } else if (reference.id() instanceof OrgUnitId unit && !unitIds.contains(unit)) {
                    violations.add(Violation.of(TransferViolation.UNIT_MISSING, path, unit));
                }
            }
        }
    }
}
