package org.learningmentor.persistence.jdbc;

import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.contract.ProgramRepositoryContract;

/** The contract kit's ProgramRepository tests on an in-memory H2. */
class H2ProgramRepositoryTest extends ProgramRepositoryContract {

    @Override
    protected Persistence createPersistence() {
        return Databases.H2.persistence();
    }
}
