package org.learningmentor.persistence.memory;

import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.contract.PersonRepositoryContract;

/** The in-memory reference implementation passes the PersonRepository contract. */
class InMemoryPersonRepositoryTest extends PersonRepositoryContract {

    @Override
    protected Persistence createPersistence() {
        return InMemoryPersistence.create();
    }
}
