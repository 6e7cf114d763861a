package org.learningmentor.persistence.jdbc;

import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.contract.ResponseRepositoryContract;

/** The contract kit's ResponseRepository tests on an embedded PostgreSQL. */
class PostgresResponseRepositoryTest extends ResponseRepositoryContract {

    @Override
    protected Persistence createPersistence() {
        return Databases.Postgres.persistence();
    }
}
