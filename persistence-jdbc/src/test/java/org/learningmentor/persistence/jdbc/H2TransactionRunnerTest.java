package org.learningmentor.persistence.jdbc;

import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.contract.TransactionRunnerContract;

/** The contract kit's TransactionRunner tests on an in-memory H2. */
class H2TransactionRunnerTest extends TransactionRunnerContract {

    @Override
    protected Persistence createPersistence() {
        return Databases.H2.persistence();
    }
}
