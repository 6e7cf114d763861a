package org.learningmentor.persistence.jdbc;

import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.contract.OrganizationRepositoryContract;

/** The contract kit's OrganizationRepository tests on an in-memory H2. */
class H2OrganizationRepositoryTest extends OrganizationRepositoryContract {

    @Override
    protected Persistence createPersistence() {
        return Databases.H2.persistence();
    }
}
