package org.learningmentor.persistence.memory;

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

/** The evaluations of an in-memory store, indexed by programme. */
final class MemoryEvaluationRepository implements EvaluationRepository {

    private final Table<Evaluation> table;

    MemoryEvaluationRepository(Store store) {
        this.table = new Table<>(
                store,
                Evaluation::organizationId,
                Evaluation::id,
                Evaluation::version,
                Evaluation::withVersion,
                evaluation -> List.of(evaluation.programId()));
    }

    @Override
    public Optional<Evaluation> find(OrganizationId organizationId, EvaluationId id) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(id, "id");
        return table.find(organizationId, id.value());
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
        return table.query(organizationId, programId, request);
    }

    @Override
    public String toString() {
        return "MemoryEvaluationRepository";
    }
}
