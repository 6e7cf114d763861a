package org.learningmentor.persistence.memory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.SurveyId;
import org.learningmentor.core.survey.Survey;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;
import org.learningmentor.persistence.SurveyRepository;

/** The surveys of an in-memory store, indexed by programme. */
final class MemorySurveyRepository implements SurveyRepository {

    private final Table<Survey> table;

    MemorySurveyRepository(Store store) {
        this.table = new Table<>(
                store,
                Survey::organizationId,
                Survey::id,
                Survey::version,
                Survey::withVersion,
                survey -> List.of(survey.programId()));
    }

    @Override
    public Optional<Survey> find(OrganizationId organizationId, SurveyId id) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(id, "id");
        return table.find(organizationId, id.value());
    }

    @Override
    public Survey save(OrganizationId organizationId, Survey survey) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(survey, "survey");
        return table.saveUnder(organizationId, survey, "Survey");
    }

    @Override
    public Page<Survey> findByProgram(OrganizationId organizationId, ProgramId programId, PageRequest request) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(request, "request");
        return table.query(organizationId, programId, request);
    }

    @Override
    public String toString() {
        return "MemorySurveyRepository";
    }
}
