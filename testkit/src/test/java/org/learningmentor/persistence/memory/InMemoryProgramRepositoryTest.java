package org.learningmentor.persistence.memory;

import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.contract.ProgramRepositoryContract;

/** The in-memory reference implementation passes the ProgramRepository contract. */
class InMemoryProgramRepositoryTest extends ProgramRepositoryContract {

    @Override
    protected Persistence createPersistence() {
        return InMemoryPersistence.create();
    }
}
