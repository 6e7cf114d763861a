package org.learningmentor.persistence.jdbc;

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

/** The surveys (their responses are in {@link JdbcResponseRepository}), in {@code <prefix>surveys} with their programme as a column. */
final class JdbcSurveyRepository implements SurveyRepository {

    private final DocumentTable<Survey> table;
    private final DocumentTable<Survey>.Query byProgram;

    JdbcSurveyRepository(Database database, Tables tables) {
        this.table = new DocumentTable<>(
                database,
                new DocumentTable.Spec<>(
                        tables.surveys(),
                        Survey.class,
                        Survey::organizationId,
                        Survey::id,
                        Survey::version,
                        Survey::withVersion,
                        List.of(new DocumentTable.Column<>(
                                "program_id", survey -> survey.programId().value())),
                        Optional.empty()));
        this.byProgram = table.byColumn("program_id");
    }

    @Override
    public Optional<Survey> find(OrganizationId organizationId, SurveyId id) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(id, "id");
        return table.find(organizationId, id);
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
        return byProgram.page(organizationId, programId.value(), request);
    }

    @Override
    public String toString() {
        return "JdbcSurveyRepository";
    }
}
