package org.learningmentor.persistence.jdbc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.learningmentor.core.common.EvaluationId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.persistence.EvaluationRepository;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;

/** The evaluations, in {@code <prefix>evaluations} with their programme as a column. */
final class JdbcEvaluationRepository implements EvaluationRepository {

    private final DocumentTable<Evaluation> table;
    private final DocumentTable<Evaluation>.Query byProgram;

    JdbcEvaluationRepository(Database database, Tables tables) {
        this.table = new DocumentTable<>(
                database,
                new DocumentTable.Spec<>(
                        tables.evaluations(),
                        Evaluation.class,
                        Evaluation::organizationId,
                        Evaluation::id,
                        Evaluation::version,
                        Evaluation::withVersion,
                        List.of(new DocumentTable.Column<>(
                                "program_id",
                                evaluation -> evaluation.programId().value())),
                        Optional.empty()));
        this.byProgram = table.byColumn("program_id");
    }

    @Override
    public Optional<Evaluation> find(OrganizationId organizationId, EvaluationId id) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(id, "id");
        return table.find(organizationId, id);
    }

    @Override
    public Evaluation save(OrganizationId organizationId, Evaluation evaluation) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(evaluation, "evaluation");
        return table.saveUnder(organizationId, evaluation, "Evaluation");
    }

    @Override
    public Page<Evaluation> findByProgram(OrganizationId organizationId, ProgramId programId, PageRequest request) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(request, "request");
        return byProgram.page(organizationId, programId.value(), request);
    }

    @Override
    public String toString() {
        return "JdbcEvaluationRepository";
    }
}
