package org.learningmentor.persistence.jdbc;

import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.contract.PairRepositoryContract;

/** The contract kit's PairRepository tests on an embedded PostgreSQL. */
class PostgresPairRepositoryTest extends PairRepositoryContract {

    @Override
    protected Persistence createPersistence() {
        return Databases.Postgres.persistence();
    }
}
