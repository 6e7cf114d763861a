package org.learningmentor.persistence.jdbc;

import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.contract.PairRepositoryContract;

/** The contract kit's PairRepository tests on an in-memory H2. */
class H2PairRepositoryTest extends PairRepositoryContract {

    @Override
    protected Persistence createPersistence() {
        return Databases.H2.persistence();
    }
}
