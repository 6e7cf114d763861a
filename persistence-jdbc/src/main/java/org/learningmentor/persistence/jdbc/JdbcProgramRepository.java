package org.learningmentor.persistence.jdbc;

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

/** The mentoring programmes, in {@code <prefix>programs} with their phase as a column. */
final class JdbcProgramRepository implements ProgramRepository {

    private final DocumentTable<MentoringProgram> table;
    private final DocumentTable<MentoringProgram>.Query all;
    private final DocumentTable<MentoringProgram>.Query byPhase;

    JdbcProgramRepository(Database database, Tables tables) {
        this.table = new DocumentTable<>(
                database,
                new DocumentTable.Spec<>(
                        tables.programs(),
                        MentoringProgram.class,
                        MentoringProgram::organizationId,
                        MentoringProgram::id,
                        MentoringProgram::version,
                        MentoringProgram::withVersion,
                        List.of(new DocumentTable.Column<>(
                                "phase", program -> program.phase().name())),
                        Optional.empty()));
        this.all = table.all();
        this.byPhase = table.byColumn("phase");
    }

    @Override
    public Optional<MentoringProgram> find(OrganizationId organizationId, ProgramId id) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(id, "id");
        return table.find(organizationId, id);
    }

    @Override
    public MentoringProgram save(OrganizationId organizationId, MentoringProgram program) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(program, "program");
        return table.saveUnder(organizationId, program, "Program");
    }

    @Override
    public Page<MentoringProgram> findAll(OrganizationId organizationId, PageRequest request) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(request, "request");
        return all.page(organizationId, null, request);
    }

    @Override
    public Page<MentoringProgram> findByPhase(OrganizationId organizationId, ProgramPhase phase, PageRequest request) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(request, "request");
        return byPhase.page(organizationId, phase.name(), request);
    }

    @Override
    public String toString() {
        return "JdbcProgramRepository";
    }
}
