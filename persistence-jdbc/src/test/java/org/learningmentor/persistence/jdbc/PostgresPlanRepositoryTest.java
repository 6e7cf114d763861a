package org.learningmentor.persistence.jdbc;

import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.contract.PlanRepositoryContract;

/** The contract kit's PlanRepository tests on an embedded PostgreSQL. */
class PostgresPlanRepositoryTest extends PlanRepositoryContract {

    @Override
    protected Persistence createPersistence() {
        return Databases.Postgres.persistence();
    }
}
