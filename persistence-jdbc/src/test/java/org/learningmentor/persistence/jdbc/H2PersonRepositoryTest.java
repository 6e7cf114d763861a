package org.learningmentor.persistence.jdbc;

import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.contract.PersonRepositoryContract;

/** The contract kit's PersonRepository tests on an in-memory H2. */
class H2PersonRepositoryTest extends PersonRepositoryContract {

    @Override
    protected Persistence createPersistence() {
        return Databases.H2.persistence();
    }
}
