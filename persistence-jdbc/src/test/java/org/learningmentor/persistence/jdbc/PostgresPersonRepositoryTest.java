package org.learningmentor.persistence.jdbc;

import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.contract.PersonRepositoryContract;

/** The contract kit's PersonRepository tests on an embedded PostgreSQL. */
class PostgresPersonRepositoryTest extends PersonRepositoryContract {

    @Override
    protected Persistence createPersistence() {
        return Databases.Postgres.persistence();
    }
}
