package org.learningmentor.persistence.memory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.persistence.OrganizationRepository;

/** The organizations of an in-memory store; an organization is its own tenant. */
final class MemoryOrganizationRepository implements OrganizationRepository {

    private final Store store;
    private final Table<Organization> table;

    MemoryOrganizationRepository(Store store) {
        this.store = store;
        this.table = new Table<>(
                store,
                Organization::id,
                Organization::id,
                Organization::version,
                Organization::withVersion,
                organization -> List.of());
    }

    @Override
    public Optional<Organization> find(OrganizationId id) {
        Objects.requireNonNull(id, "id");
        return table.find(id, id.value());
    }

    @Override
    public Organization save(Organization organization) {
        Objects.requireNonNull(organization, "organization");
        return store.guard(() -> table.save(organization));
    }

    @Override
    public String toString() {
        return "MemoryOrganizationRepository";
    }
}
