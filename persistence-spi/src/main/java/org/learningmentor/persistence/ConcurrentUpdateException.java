package org.learningmentor.persistence;

import java.util.Objects;
import org.learningmentor.core.common.TypedId;

/**
 * Thrown when an aggregate is saved at a version that is not the stored one: someone else saved it
 * since it was loaded, or it is not stored at all. Nothing was stored. The caller reloads the
 * aggregate and runs its command again (the runtime does this for its use cases), or tells the user
 * that the data changed.
 *
 * <p>Example message: {@code "Person 3f2a…: version 3 cannot be saved, the stored version is 4"}.
 * A conflict is an expected outcome of optimistic locking, not a failure of the storage, so this is
 * not a {@link PersistenceException}.
 */
public class ConcurrentUpdateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final TypedId id;
    private final long expectedVersion;
    private final long actualVersion;

    /**
     * Creates the exception.
     *
     * @param id the aggregate's id, not null
     * @param expectedVersion the version the caller saved: the one it loaded, 0 for a new aggregate
     * @param actualVersion the stored version, 0 when the aggregate is not stored
     */
    public ConcurrentUpdateException(TypedId id, long expectedVersion, long actualVersion) {
        super(message(Objects.requireNonNull(id, "id"), expectedVersion, actualVersion));
        this.id = id;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    private static String message(TypedId id, long expectedVersion, long actualVersion) {
        return Aggregates.describe(id) + ": version " + expectedVersion + " cannot be saved, "
                + (actualVersion == 0 ? "it is not stored" : "the stored version is " + actualVersion);
    }

    /**
     * Returns the id of the aggregate that was not saved.
     *
     * @return the id, never null
     */
    public TypedId id() {
        return id;
    }

    /**
     * Returns the version the caller saved: the version it loaded the aggregate at.
     *
     * @return the expected version
     */
    public long expectedVersion() {
        return expectedVersion;
    }

    /**
     * Returns the version found in the store.
     *
     * @return the stored version, 0 when the aggregate is not stored
     */
    public long actualVersion() {
        return actualVersion;
    }
}
