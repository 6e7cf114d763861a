package org.learningmentor.persistence;

import java.util.Objects;

/**
 * Thrown when the storage fails: a lost connection, a full disk, a row that cannot be read, or a
 * transaction that cannot commit because a failure inside it marked it rollback-only. It always
 * carries the underlying exception as its cause; the message says what the SDK was doing.
 *
 * <p>Example: {@code new PersistenceException("Saving person 3f2a… failed", sqlException)}.
 */
public class PersistenceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was being done, not null; without personal data
     * @param cause the underlying exception, not null
     */
    public PersistenceException(String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), Objects.requireNonNull(cause, "cause"));
    }
}
