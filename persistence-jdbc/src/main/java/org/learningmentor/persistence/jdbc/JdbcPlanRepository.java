package org.learningmentor.persistence.jdbc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PlanId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.plan.MentorPlan;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;
import org.learningmentor.persistence.PlanRepository;

/** The mentor plans, in {@code <prefix>plans} with their programme as a column. */
final class JdbcPlanRepository implements PlanRepository {

    private final DocumentTable<MentorPlan> table;
    private final DocumentTable<MentorPlan>.Query byProgram;

    JdbcPlanRepository(Database database, Tables tables) {
        this.table = new DocumentTable<>(
                database,
                new DocumentTable.Spec<>(
                        tables.plans(),
                        MentorPlan.class,
                        MentorPlan::organizationId,
                        MentorPlan::id,
                        MentorPlan::version,
                        MentorPlan::withVersion,
                        List.of(new DocumentTable.Column<>(
                                "program_id", plan -> plan.programId().value())),
                        Optional.empty()));
        this.byProgram = table.byColumn("program_id");
    }

    @Override
    public Optional<MentorPlan> find(OrganizationId organizationId, PlanId id) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(id, "id");
        return table.find(organizationId, id);
    }

    @Override
    public MentorPlan save(OrganizationId organizationId, MentorPlan plan) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(plan, "plan");
        return table.saveUnder(organizationId, plan, "Plan");
    }

    @Override
    public Page<MentorPlan> findByProgram(OrganizationId organizationId, ProgramId programId, PageRequest request) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(request, "request");
        return byProgram.page(organizationId, programId.value(), request);
    }

    @Override
    public String toString() {
        return "JdbcPlanRepository";
    }
}
