package org.learningmentor.persistence.jdbc;

import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.contract.SurveyRepositoryContract;

/** The contract kit's SurveyRepository tests on an in-memory H2. */
class H2SurveyRepositoryTest extends SurveyRepositoryContract {

    @Override
    protected Persistence createPersistence() {
        return Databases.H2.persistence();
    }
}
