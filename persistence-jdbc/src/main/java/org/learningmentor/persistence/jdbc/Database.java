package org.learningmentor.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.learningmentor.persistence.AfterCommitActions;
import org.learningmentor.persistence.ConcurrentUpdateException;
import org.learningmentor.persistence.DuplicateKeyException;
import org.learningmentor.persistence.PersistenceException;
import org.learningmentor.persistence.TransactionRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connections of one {@link JdbcPersistence}, and its {@link TransactionRunner}.
 *
 * <ol>
 *   <li>A unit of work takes one connection from the data source, switches auto-commit off and binds
 *       the connection to the calling thread; repository and outbox calls on that thread use it, and
 *       a nested {@code call} runs in it.
 *   <li>When the work returns, the connection commits; when it throws, it rolls back and the same
 *       exception is rethrown. A failure reported by a repository inside the work (a conflict, a
 *       taken key, an {@link SQLException}) marks the transaction rollback-only, as a failed
 *       statement does in PostgreSQL: it then rolls back even when the work catches the failure.
 *   <li>The connection is unbound, its auto-commit restored and closed (returned to the host's
 *       pool) in every case.
 *   <li>A call outside a unit of work takes a connection for itself: one statement runs in
 *       auto-commit, several that must be atomic in a transaction of their own.
 * </ol>
 *
 * <p>Inside a unit of work, a repository may hold rows back in a {@link Batch} (the inserts of new
 * aggregates) to send them together: every held-back batch is sent before any other statement of
 * the unit of work and before its commit, so the unit of work reads its own writes and every
 * statement runs after the inserts saved before it (inserts into different tables may reach the
 * database in another order than they were saved in, which no query can tell). A
 * failure of a held-back batch is reported by the call that sent it (the next repository or
 * outbox call, or {@code call} at the commit) and marks the unit of work rollback-only. The unit of
 * work also keeps the statements it prepared through {@link #statement}, one per SQL text, and
 * closes them when it ends.
 */
final class Database implements TransactionRunner {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** Work with a connection. */
    @FunctionalInterface
    interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    /** Work with a statement. */
    @FunctionalInterface
    interface StatementWork<T> {
        T apply(PreparedStatement statement) throws SQLException;
    }

    /** Rows a unit of work holds back and sends as one JDBC batch: the inserts into one table. */
    interface Batch {
        /**
         * Sends the held rows, if any, and forgets them.
         *
         * @throws SQLException when the database refuses the batch; the rows are forgotten anyway
         */
        void flush() throws SQLException;

        /** Closes the batch's statement; the held rows, if any, are dropped. */
        void close();
    }

    /** Work that adds to a batch. */
    @FunctionalInterface
    interface BatchWork<B extends Batch, T> {
        T apply(B batch) throws SQLException;
    }

    /** The unit of work bound to a thread. */
    private static final class Unit {
        final Connection connection;
        final boolean autoCommitBefore;
        final AfterCommitActions afterCommit = new AfterCommitActions();
        Throwable rollbackOnly;
        /** The batches by their owner (a table), in the order they were started. */
        final Map<Object, Batch> batches = new LinkedHashMap<>();
        /** The statements prepared in the unit of work, by SQL text. */
        final Map<String, PreparedStatement> statements = new HashMap<>();

        Unit(Connection connection, boolean autoCommitBefore) {
            this.connection = connection;
            this.autoCommitBefore = autoCommitBefore;
        }

        void markRollbackOnly(Throwable cause) {
            if (rollbackOnly == null) {
                rollbackOnly = cause;
            }
        }
    }

    private final DataSource dataSource;
    private final Dialect dialect;
    private final int queryTimeoutSeconds;
    private final ThreadLocal<Unit> current = new ThreadLocal<>();

    Database(DataSource dataSource, Dialect dialect, int queryTimeoutSeconds) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.queryTimeoutSeconds = queryTimeoutSeconds;
    }

    Dialect dialect() {
        return dialect;
    }

    /** Returns whether the calling thread runs a unit of work of this database. */
    boolean inTransaction() {
        return current.get() != null;
    }

    /** Prepares a statement with the configured query timeout. */
    PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        if (queryTimeoutSeconds > 0) {
            statement.setQueryTimeout(queryTimeoutSeconds);
        }
        return statement;
    }

    /**
     * Runs the work with a prepared statement of the SQL: inside a unit of work, the unit's own
     * (prepared on first use, kept until the unit ends; the parameters of an earlier use are
     * cleared); otherwise one prepared for this work and closed after it.
     */
    <T> T statement(Connection connection, String sql, StatementWork<T> work) throws SQLException {
        Unit unit = current.get();
        if (unit == null || unit.connection != connection) {
            try (PreparedStatement statement = prepare(connection, sql)) {
                return work.apply(statement);
            }
        }
        PreparedStatement statement = unit.statements.get(sql);
        if (statement == null) {
            statement = prepare(connection, sql);
            unit.statements.put(sql, statement);
        } else {
            statement.clearParameters();
        }
        return work.apply(statement);
    }

    /**
     * Inside a unit of work, runs the work with the unit's batch of the owner, made by the factory
     * on the unit's connection when the unit has none yet, and returns true; outside one, does
     * nothing and returns false. A failure of the work marks the unit of work rollback-only, as a
     * failed statement does.
     */
    <B extends Batch> boolean batch(String doing, Object owner, Function<Connection, B> factory, BatchWork<B, ?> work) {
        Unit unit = current.get();
        if (unit == null) {
            return false;
        }
        @SuppressWarnings("unchecked")
        B batch = (B) unit.batches.computeIfAbsent(owner, key -> factory.apply(unit.connection));
        try {
            work.apply(batch);
            return true;
        } catch (SQLException e) {
            PersistenceException failure = SqlErrors.wrap(doing, e);
            unit.markRollbackOnly(failure);
            throw failure;
        } catch (ConcurrentUpdateException | DuplicateKeyException | PersistenceException e) {
            unit.markRollbackOnly(e);
            throw e;
        }
    }

    /** Sends every batch the unit of work holds back, in the order they were started. */
    private static void flush(Unit unit) throws SQLException {
        for (Batch batch : unit.batches.values()) {
            batch.flush();
        }
    }

    /** Closes the unit's batches and statements, before its connection goes back to the pool. */
    private static void release(Unit unit) {
        for (Batch batch : unit.batches.values()) {
            batch.close();
        }
        unit.batches.clear();
        for (PreparedStatement statement : unit.statements.values()) {
            try {
                statement.close();
            } catch (SQLException | RuntimeException e) {
                LOG.debug("Closing a statement failed", e);
            }
        }
        unit.statements.clear();
    }

    /** Runs statements that need no atomicity: in the thread's unit of work, or in auto-commit. */
    <T> T read(String doing, SqlWork<T> work) {
        return withConnection(doing, false, work);
    }

    /** Runs statements that must be atomic: in the thread's unit of work, or in a transaction of their own. */
    <T> T write(String doing, SqlWork<T> work) {
        return withConnection(doing, true, work);
    }

    /** Runs one write statement: in the thread's unit of work, or in auto-commit. */
    <T> T writeOne(String doing, SqlWork<T> work) {
        return withConnection(doing, false, work);
    }

    private <T> T withConnection(String doing, boolean atomic, SqlWork<T> work) {
        Unit unit = current.get();
        if (unit != null) {
            try {
                flush(unit);
            } catch (SQLException e) {
                PersistenceException failure = SqlErrors.wrap("Saving the new aggregates held back before " + doing, e);
                unit.markRollbackOnly(failure);
                throw failure;
            } catch (DuplicateKeyException | PersistenceException e) {
                unit.markRollbackOnly(e);
                throw e;
            }
            try {
                return work.apply(unit.connection);
            } catch (SQLException e) {
                PersistenceException failure = SqlErrors.wrap(doing, e);
                unit.markRollbackOnly(failure);
                throw failure;
            } catch (ConcurrentUpdateException | DuplicateKeyException | PersistenceException e) {
                unit.markRollbackOnly(e);
                throw e;
            }
        }
        Connection connection = open(doing);
        boolean autoCommitBefore = true;
        boolean local = false;
        try {
            autoCommitBefore = connection.getAutoCommit();
            if (atomic && autoCommitBefore) {
                connection.setAutoCommit(false);
            }
            local = !connection.getAutoCommit();
            T result = work.apply(connection);
            if (local) {
                connection.commit();
            }
            return result;
        } catch (SQLException e) {
            PersistenceException failure = SqlErrors.wrap(doing, e);
            if (local) {
                rollback(connection, failure);
            }
            throw failure;
        } catch (RuntimeException | Error e) {
            if (local) {
                rollback(connection, e);
            }
            throw e;
        } finally {
            close(connection, autoCommitBefore);
        }
    }

    // ---------------------------------------------------------------- TransactionRunner

    @Override
    public <T> T call(Supplier<? extends T> work) {
        Objects.requireNonNull(work, "work");
        Unit outer = current.get();
        if (outer != null) {
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                outer.markRollbackOnly(e);
                throw e;
            }
        }
        Connection connection = open("Starting a transaction");
        Unit unit;
        try {
            boolean autoCommitBefore = connection.getAutoCommit();
            if (autoCommitBefore) {
                connection.setAutoCommit(false);
            }
            unit = new Unit(connection, autoCommitBefore);
        } catch (SQLException e) {
            close(connection, true);
            throw SqlErrors.wrap("Starting a transaction", e);
        }
        current.set(unit);
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            current.remove();
            release(unit);
            rollback(connection, e);
            close(connection, unit.autoCommitBefore);
            throw e;
        }
        current.remove();
        try {
            if (unit.rollbackOnly == null) {
                try {
                    flush(unit);
                } catch (SQLException e) {
                    PersistenceException failure =
                            SqlErrors.wrap("Saving the new aggregates held back until the commit", e);
                    rollback(connection, failure);
                    throw failure;
                } catch (RuntimeException e) {
                    rollback(connection, e);
                    throw e;
                }
            }
            if (unit.rollbackOnly != null) {
                PersistenceException failure = new PersistenceException(
                        "The transaction was rolled back: a failure inside it (the cause) left it rollback-only",
                        unit.rollbackOnly);
                rollback(connection, failure);
                throw failure;
            }
            try {
                connection.commit();
            } catch (SQLException e) {
                PersistenceException failure = SqlErrors.wrap("Committing a transaction", e);
                rollback(connection, failure);
                throw failure;
            }
        } finally {
            release(unit);
            close(connection, unit.autoCommitBefore);
        }
        unit.afterCommit.runAll();
        return result;
    }

    @Override
    public void afterCommit(Runnable action) {
        Objects.requireNonNull(action, "action");
        Unit unit = current.get();
        if (unit == null) {
            action.run();
        } else {
            unit.afterCommit.add(action);
        }
    }

    // ---------------------------------------------------------------- connections

    private Connection open(String doing) {
        try {
            return Objects.requireNonNull(dataSource.getConnection(), "the data source returned no connection");
        } catch (SQLException e) {
            throw SqlErrors.wrap(doing + ": getting a connection", e);
        }
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            // The connection may be gone (which rolls back too); the failure says what went wrong first.
            failure.addSuppressed(e);
        }
    }

    private static void close(Connection connection, boolean autoCommitBefore) {
        try {
            if (!connection.isClosed() && connection.getAutoCommit() != autoCommitBefore) {
                connection.setAutoCommit(autoCommitBefore);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debug("Restoring auto-commit of a connection failed", e);
        }
        try {
            connection.close();
        } catch (SQLException | RuntimeException e) {
            LOG.debug("Closing a connection failed", e);
        }
    }

    @Override
    public String toString() {
        return "JdbcTransactionRunner[" + dialect + "]";
    }
}
