package org.learningmentor.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
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
 */
final class Database implements TransactionRunner {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** Work with a connection. */
    @FunctionalInterface
    interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    /** The unit of work bound to a thread. */
    private static final class Unit {
        final Connection connection;
        final boolean autoCommitBefore;
        final AfterCommitActions afterCommit = new AfterCommitActions();
        Throwable rollbackOnly;

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
            rollback(connection, e);
            close(connection, unit.autoCommitBefore);
            throw e;
        }
        current.remove();
        try {
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
