package org.learningmentor.persistence.jdbc;

import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.contract.EvaluationRepositoryContract;

/** The contract kit's EvaluationRepository tests on an in-memory H2. */
class H2EvaluationRepositoryTest extends EvaluationRepositoryContract {

    @Override
    protected Persistence createPersistence() {
        return Databases.H2.persistence();
    }
}
