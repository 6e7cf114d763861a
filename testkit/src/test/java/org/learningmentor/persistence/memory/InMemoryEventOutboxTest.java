package org.learningmentor.persistence.memory;

import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.contract.EventOutboxContract;

/** The in-memory reference implementation passes the EventOutbox contract. */
class InMemoryEventOutboxTest extends EventOutboxContract {

    @Override
    protected Persistence createPersistence() {
        return InMemoryPersistence.create();
    }
}
