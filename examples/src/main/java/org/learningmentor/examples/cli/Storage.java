package org.learningmentor.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.learningmentor.persistence.Persistence;
import org.learningmentor.persistence.jdbc.Dialect;
import org.learningmentor.persistence.jdbc.JdbcPersistence;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The app's database: an embedded H2 file or a server named by a JDBC URL (PostgreSQL or H2),
 * migrated with the SDK's own scripts. Connections come from a small pool (H2's {@link
 * JdbcConnectionPool}, which pools any driver's {@link ConnectionPoolDataSource}): opening a
 * PostgreSQL connection per unit of work would cost more than the work. An H2 file database stays
 * open while the storage is and closes, flushed, with {@link #close()}.
 */
final class Storage implements AutoCloseable {

    /** The base name of the demo's own H2 database; H2 adds {@code .mv.db}. */
    static final String DEMO_DATABASE = "learningmentor-demo";

    private final String description;
    private final JdbcConnectionPool pool;
    private final Dialect dialect;
    private final Connection keeper;

    private Storage(String description, ConnectionPoolDataSource driver, Dialect dialect) {
        this.description = description;
        this.pool = JdbcConnectionPool.create(driver);
        pool.setMaxConnections(4);
        pool.setLoginTimeout(10);
        this.dialect = dialect;
        try {
            this.keeper = pool.getConnection();
        } catch (SQLException e) {
            pool.dispose();
            throw new CliException(
                    ExitCode.DATABASE, "cannot connect to " + description + ": " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * The demo's H2 file database in the folder, started afresh: an earlier run's file is deleted.
     *
     * @param folder the output folder, created when missing
     * @return the storage, open
     */
    static Storage freshH2File(Path folder) {
        Path base = folder.toAbsolutePath().normalize().resolve(DEMO_DATABASE);
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(folder.resolve(DEMO_DATABASE + ".mv.db"));
            Files.deleteIfExists(folder.resolve(DEMO_DATABASE + ".trace.db"));
        } catch (IOException e) {
            throw new CliException(
                    ExitCode.FILE, "cannot prepare the database file in " + folder + ": " + Documents.describe(e), e);
        }
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + base + ";LOCK_TIMEOUT=10000");
        h2.setUser("sa");
        h2.setPassword("");
        return new Storage("the H2 database " + base + ".mv.db", h2, Dialect.H2);
    }

    /**
     * A database named by a JDBC URL: {@code jdbc:postgresql:…} or {@code jdbc:h2:…}.
     *
     * @throws CliException with {@link ExitCode#USAGE} for another kind of URL
     */
    static Storage of(String url, String user, String password) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            PGConnectionPoolDataSource pg = new PGConnectionPoolDataSource();
            pg.setURL(url);
            if (user != null) {
                pg.setUser(user);
            }
            if (password != null) {
                pg.setPassword(password);
            }
            return new Storage("PostgreSQL at " + redact(url), pg, Dialect.POSTGRESQL);
        }
        if (lower.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user == null ? "sa" : user);
            h2.setPassword(password == null ? "" : password);
            return new Storage("H2 at " + redact(url), h2, Dialect.H2);
        }
        throw new CliException(
                ExitCode.USAGE,
                "unsupported JDBC URL " + redact(url) + ": use jdbc:postgresql://host:port/database or jdbc:h2:…");
    }

    /**
     * The SDK's persistence over the database, its tables created or brought up to date.
     *
     * @throws CliException with {@link ExitCode#DATABASE} when the schema cannot be applied
     */
    Persistence persistence() {
        try {
            return JdbcPersistence.builder()
                    .dataSource(pool)
                    .dialect(dialect)
                    .migrate(true)
                    .build();
        } catch (RuntimeException e) {
            throw new CliException(
                    ExitCode.DATABASE,
                    "cannot prepare the tables in " + description + ": " + firstLine(e.getMessage()),
                    e);
        }
    }

    /** Where the data is, for messages: never a password. */
    String description() {
        return description;
    }

    DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        try {
            keeper.close();
        } catch (SQLException e) {
            // closing: nothing left to do with it
        } finally {
            pool.dispose();
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** Drops a password given in the URL's query. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
