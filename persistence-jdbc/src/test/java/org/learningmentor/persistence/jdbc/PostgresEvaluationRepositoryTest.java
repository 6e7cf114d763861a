package org.learningmentor.persistence.jdbc;

import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.contract.EvaluationRepositoryContract;

/** The contract kit's EvaluationRepository tests on an embedded PostgreSQL. */
class PostgresEvaluationRepositoryTest extends EvaluationRepositoryContract {

    @Override
    protected Persistence createPersistence() {
        return Databases.Postgres.persistence();
    }
}
