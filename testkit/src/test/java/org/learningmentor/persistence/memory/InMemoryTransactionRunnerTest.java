package org.learningmentor.persistence.memory;

import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.contract.TransactionRunnerContract;

/** The in-memory reference implementation passes the TransactionRunner contract. */
class InMemoryTransactionRunnerTest extends TransactionRunnerContract {

    @Override
    protected Persistence createPersistence() {
        return InMemoryPersistence.create();
    }
}
