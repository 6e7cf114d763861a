package org.learningmentor.persistence.jdbc;

import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.contract.SurveyRepositoryContract;

/** The contract kit's SurveyRepository tests on an embedded PostgreSQL. */
class PostgresSurveyRepositoryTest extends SurveyRepositoryContract {

    @Override
    protected Persistence createPersistence() {
        return Databases.Postgres.persistence();
    }
}
