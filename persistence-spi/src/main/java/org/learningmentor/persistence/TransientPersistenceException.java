package org.learningmentor.persistence;

/**
 * Thrown when the storage aborted a unit of work for a reason that running it again may not meet:
 * a serialization failure or a deadlock (SQLState 40001 or 40P01 on a relational database).
 * Nothing of the unit of work was stored. A caller may run the whole unit of work again, loading
 * afresh, as it does after a {@link ConcurrentUpdateException}; any other {@link
 * PersistenceException} is not worth retrying at once.
 *
 * <p>Example message: {@code "Saving person 3f2a… failed: the database aborted the transaction
 * (serialization failure or deadlock, SQLState 40P01); running the unit of work again may
 * succeed"}.
 */
public class TransientPersistenceException extends PersistenceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was being done, not null; without personal data
     * @param cause the underlying exception, not null
     */
    public TransientPersistenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
