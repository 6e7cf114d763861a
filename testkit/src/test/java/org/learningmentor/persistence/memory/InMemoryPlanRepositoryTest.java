package org.learningmentor.persistence.memory;

import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.contract.PlanRepositoryContract;

/** The in-memory reference implementation passes the PlanRepository contract. */
class InMemoryPlanRepositoryTest extends PlanRepositoryContract {

    @Override
    protected Persistence createPersistence() {
        return InMemoryPersistence.create();
    }
}
