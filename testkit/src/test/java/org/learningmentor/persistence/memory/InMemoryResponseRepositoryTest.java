package org.learningmentor.persistence.memory;

import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.contract.ResponseRepositoryContract;

/** The in-memory reference implementation passes the ResponseRepository contract. */
class InMemoryResponseRepositoryTest extends ResponseRepositoryContract {

    @Override
    protected Persistence createPersistence() {
        return InMemoryPersistence.create();
    }
}
