package org.learningmentor.persistence;

import java.util.Objects;
import org.learningmentor.core.common.TypedId;

/**
 * Thrown when a new aggregate (version 0) is saved with an id its organization has stored
 * already. Nothing was stored. Unlike a {@link ConcurrentUpdateException}, running the same command
 * again cannot succeed: the aggregate to create exists, so a caller reports it (or loads the
 * stored one).
 *
 * <p>Example message: {@code "Person 3f2a… cannot be saved as new: one with that id is stored
 * already"}. A taken key is an outcome of the contract, not a failure of the storage, so this is
 * not a {@link PersistenceException}.
 */
public class DuplicateKeyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final TypedId id;

    /**
     * Creates the exception.
     *
     * @param id the id that is taken, not null
     */
    public DuplicateKeyException(TypedId id) {
        this(id, null);
    }

    /**
     * Creates the exception with the storage's own report, such as a unique-key violation.
     *
     * @param id the id that is taken, not null
     * @param cause the storage's exception, or null
     */
    public DuplicateKeyException(TypedId id, Throwable cause) {
        super(
                Aggregates.describe(Objects.requireNonNull(id, "id"))
                        + " cannot be saved as new: one with that id is stored already",
                cause);
        this.id = id;
    }

    /**
     * Returns the id that is taken.
     *
     * @return the id, never null
     */
    public TypedId id() {
        return id;
    }
}
