package org.learningmentor.persistence.jdbc;

import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.contract.EventOutboxContract;

/** The contract kit's EventOutbox tests on an embedded PostgreSQL. */
class PostgresEventOutboxTest extends EventOutboxContract {

    @Override
    protected Persistence createPersistence() {
        return Databases.Postgres.persistence();
    }
}
