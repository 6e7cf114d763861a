package org.learningmentor.persistence.jdbc;

import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.contract.EventOutboxContract;

/** The contract kit's EventOutbox tests on an in-memory H2. */
class H2EventOutboxTest extends EventOutboxContract {

    @Override
    protected Persistence createPersistence() {
        return Databases.H2.persistence();
    }
}
