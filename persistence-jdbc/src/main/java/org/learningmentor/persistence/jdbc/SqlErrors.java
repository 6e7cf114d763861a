package org.learningmentor.persistence.jdbc;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import org.learningmentor.persistence.PersistenceException;
import org.learningmentor.persistence.TransientPersistenceException;

/** Classifies {@link SQLException}s by SQLState, the same way on PostgreSQL and H2. */
final class SqlErrors {

    private SqlErrors() {}

    /** A unique or primary key violation (SQLState 23505 on both databases). */
    static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(stateOf(e));
    }

    /**
     * H2's "concurrent update" (90131): another transaction changed the row this statement wanted
     * to change; PostgreSQL waits and re-reads the row instead.
     */
    static boolean isConcurrentUpdate(SQLException e) {
        return "90131".equals(stateOf(e));
    }

    /**
     * Wraps the exception in a {@link PersistenceException} that says what was being done and why it
     * failed: a {@link TransientPersistenceException} for a serialization failure or a deadlock.
     */
    static PersistenceException wrap(String doing, SQLException e) {
        String message = doing + " failed: " + reason(e);
        return isTransient(e) ? new TransientPersistenceException(message, e) : new PersistenceException(message, e);
    }

    /**
     * A serialization failure (40001) or a deadlock (40P01; H2 says 40001 for both), also when a
     * batch reports it as its next exception.
     */
    static boolean isTransient(SQLException e) {
        for (SQLException each = e; each != null; each = each.getNextException()) {
            String state = stateOf(each);
            if ("40001".equals(state) || "40P01".equals(state)) {
                return true;
            }
            if (each.getNextException() == each) {
                break;
            }
        }
        return false;
    }

    private static String reason(SQLException e) {
        String state = stateOf(e);
        if (e instanceof SQLTimeoutException || "57014".equals(state) || "HYT00".equals(state)) {
            return "the statement timed out or was cancelled (SQLState " + state + ")";
        }
        if (isTransient(e)) {
            return "the database aborted the transaction (serialization failure or deadlock, SQLState " + state
                    + "); running the unit of work again may succeed";
        }
        if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02"))) {
            return "the connection to the database was lost (SQLState " + state + ")";
        }
        if ("25P02".equals(state)) {
            return "an earlier statement of the transaction failed, so it can only roll back (SQLState 25P02)";
        }
        return "SQLState " + state + ", error code " + e.getErrorCode();
    }

    private static String stateOf(SQLException e) {
        return e.getSQLState();
    }
}
