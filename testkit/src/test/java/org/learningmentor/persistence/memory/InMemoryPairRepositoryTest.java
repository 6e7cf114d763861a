package org.learningmentor.persistence.memory;

import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.contract.PairRepositoryContract;

/** The in-memory reference implementation passes the PairRepository contract. */
class InMemoryPairRepositoryTest extends PairRepositoryContract {

    @Override
    protected Persistence createPersistence() {
        return InMemoryPersistence.create();
    }
}
