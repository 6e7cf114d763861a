package org.learningmentor.persistence.memory;

import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.contract.SurveyRepositoryContract;

/** The in-memory reference implementation passes the SurveyRepository contract. */
class InMemorySurveyRepositoryTest extends SurveyRepositoryContract {

    @Override
    protected Persistence createPersistence() {
        return InMemoryPersistence.create();
    }
}
