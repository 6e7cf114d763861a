package org.learningmentor.persistence.jdbc;

import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.contract.TransactionRunnerContract;

/** The contract kit's TransactionRunner tests on an embedded PostgreSQL. */
class PostgresTransactionRunnerTest extends TransactionRunnerContract {

    @Override
    protected Persistence createPersistence() {
        return Databases.Postgres.persistence();
    }
}
