package org.learningmentor.persistence.jdbc;

import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.contract.OrganizationRepositoryContract;

/** The contract kit's OrganizationRepository tests on an embedded PostgreSQL. */
class PostgresOrganizationRepositoryTest extends OrganizationRepositoryContract {

    @Override
    protected Persistence createPersistence() {
        return Databases.Postgres.persistence();
    }
}
