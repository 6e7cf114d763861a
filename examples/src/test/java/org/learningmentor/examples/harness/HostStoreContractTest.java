package org.learningmentor.examples.harness;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Nested;
import org.learningmentor.persistence.Persistence;
import org.learningmentor.persistence.jdbc.Dialect;
import org.learningmentor.persistence.jdbc.JdbcPersistence;
import org.learningmentor.testkit.contract.PlanRepositoryContract;

/**
 * The contract tests run against the store exactly as a host configured it: here the JDBC store in
 * the host's own schema with its own table prefix, beside the host's tables. A host with its own
 * implementation of the SPI returns that from {@link #hostStore()} instead; the nested class
 * subclasses one contract of the test kit and runs all its tests (a host runs every contract of
 * {@code org.learningmentor.testkit.contract}; this sample runs one).
 */
class HostStoreContractTest {

    /** The host's database: one per JVM, the schema and tables created once. */
    private static final DataSource DATABASE = database();

    /** The store as the host builds it; a fresh instance for every test, with an empty outbox. */
    static Persistence hostStore() {
        execute("DELETE FROM hr_app.mentor_outbox");
        return JdbcPersistence.builder()
                .dataSource(DATABASE)
                .dialect(Dialect.H2)
                .schema("hr_app")
                .tablePrefix("mentor_")
                .build(); // migrate(false): checks that the host's schema is the one this SDK expects
    }

    @Nested
    class Plans extends PlanRepositoryContract {
        @Override
        protected Persistence createPersistence() {
            return hostStore();
        }
    }

    private static DataSource database() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:host_store;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
        h2.setUser("sa");
        h2.setPassword("");
        try (Connection connection = h2.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA hr_app");
            statement.execute("CREATE TABLE hr_app.employees (id uuid PRIMARY KEY, name varchar(200))");
        } catch (SQLException e) {
            throw new IllegalStateException("creating the host's schema failed", e);
        }
        JdbcPersistence.builder()
                .dataSource(h2)
                .dialect(Dialect.H2)
                .schema("hr_app")
                .tablePrefix("mentor_")
                .migrate(true)
                .build();
        return h2;
    }

    private static void execute(String sql) {
        try (Connection connection = DATABASE.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("running " + sql + " failed", e);
        }
    }
}
