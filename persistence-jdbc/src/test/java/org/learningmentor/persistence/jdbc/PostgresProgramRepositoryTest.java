package org.learningmentor.persistence.jdbc;

import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.contract.ProgramRepositoryContract;

/** The contract kit's ProgramRepository tests on an embedded PostgreSQL. */
class PostgresProgramRepositoryTest extends ProgramRepositoryContract {

    @Override
    protected Persistence createPersistence() {
        return Databases.Postgres.persistence();
    }
}
