package org.learningmentor.persistence.memory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;
import org.learningmentor.persistence.ProgramRepository;

/** The mentoring programmes of an in-memory store, indexed by phase. */
final class MemoryProgramRepository implements ProgramRepository {

    private final Table<MentoringProgram> table;

    MemoryProgramRepository(Store store) {
        this.table = new Table<>(
                store,
                MentoringProgram::organizationId,
                MentoringProgram::id,
                MentoringProgram::version,
                MentoringProgram::withVersion,
                program -> List.of(program.phase()));
    }

    @Override
    public Optional<MentoringProgram> find(OrganizationId organizationId, ProgramId id) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(id, "id");
        return table.find(organizationId, id.value());
    }

    @Override
    public MentoringProgram save(OrganizationId organizationId, MentoringProgram program) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(program, "program");
        return table.saveUnder(organizationId, program, "Programme");
    }

    @Override
    public Page<MentoringProgram> findAll(OrganizationId organizationId, PageRequest request) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(request, "request");
        return table.query(organizationId, null, request);
    }

    @Override
    public Page<MentoringProgram> findByPhase(OrganizationId organizationId, ProgramPhase phase, PageRequest request) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(request, "request");
        return table.query(organizationId, phase, request);
    }

    @Override
    public String toString() {
        return "MemoryProgramRepository";
    }
}
