package org.learningmentor.persistence.memory;

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

/** The mentor plans of an in-memory store, indexed by programme. */
final class MemoryPlanRepository implements PlanRepository {

    private final Table<MentorPlan> table;

    MemoryPlanRepository(Store store) {
        this.table = new Table<>(
                store,
                MentorPlan::organizationId,
                MentorPlan::id,
                MentorPlan::version,
                MentorPlan::withVersion,
                plan -> List.of(plan.programId()));
    }

    @Override
    public Optional<MentorPlan> find(OrganizationId organizationId, PlanId id) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(id, "id");
        return table.find(organizationId, id.value());
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
        return table.query(organizationId, programId, request);
    }

    @Override
    public String toString() {
        return "MemoryPlanRepository";
    }
}
