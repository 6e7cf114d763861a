package org.learningmentor.persistence.memory;

import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.contract.EvaluationRepositoryContract;

/** The in-memory reference implementation passes the EvaluationRepository contract. */
class InMemoryEvaluationRepositoryTest extends EvaluationRepositoryContract {

    @Override
    protected Persistence createPersistence() {
        return InMemoryPersistence.create();
    }
}
