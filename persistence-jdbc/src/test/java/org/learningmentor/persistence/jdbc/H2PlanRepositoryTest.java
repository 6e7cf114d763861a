package org.learningmentor.persistence.jdbc;

import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.contract.PlanRepositoryContract;

/** The contract kit's PlanRepository tests on an in-memory H2. */
class H2PlanRepositoryTest extends PlanRepositoryContract {

    @Override
    protected Persistence createPersistence() {
        return Databases.H2.persistence();
    }
}
