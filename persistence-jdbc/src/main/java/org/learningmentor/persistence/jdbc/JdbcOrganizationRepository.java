package org.learningmentor.persistence.jdbc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.persistence.OrganizationRepository;

/** The organizations, in {@code <prefix>organizations}; an organization is its own tenant. */
final class JdbcOrganizationRepository implements OrganizationRepository {

    private final DocumentTable<Organization> table;

    JdbcOrganizationRepository(Database database, Tables tables) {
        this.table = new DocumentTable<>(
                database,
                new DocumentTable.Spec<>(
                        tables.organizations(),
                        Organization.class,
                        Organization::id,
                        Organization::id,
                        Organization::version,
                        Organization::withVersion,
                        List.of(),
                        Optional.empty()));
    }

    @Override
    public Optional<Organization> find(OrganizationId id) {
        Objects.requireNonNull(id, "id");
        return table.find(id, id);
    }

    @Override
    public Organization save(Organization organization) {
        Objects.requireNonNull(organization, "organization");
        return table.save(organization);
    }

    @Override
    public String toString() {
        return "JdbcOrganizationRepository";
    }
}
