package org.learningmentor.persistence.jdbc;

import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.contract.ResponseRepositoryContract;

/** The contract kit's ResponseRepository tests on an in-memory H2. */
class H2ResponseRepositoryTest extends ResponseRepositoryContract {

    @Override
    protected Persistence createPersistence() {
        return Databases.H2.persistence();
    }
}
