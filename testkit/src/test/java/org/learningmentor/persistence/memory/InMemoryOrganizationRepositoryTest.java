package org.learningmentor.persistence.memory;

import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.contract.OrganizationRepositoryContract;

/** The in-memory reference implementation passes the OrganizationRepository contract. */
class InMemoryOrganizationRepositoryTest extends OrganizationRepositoryContract {

    @Override
    protected Persistence createPersistence() {
        return InMemoryPersistence.create();
    }
}
