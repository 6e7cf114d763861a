package org.learningmentor.persistence.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.learningmentor.persistence.ConcurrentUpdateException;
import org.learningmentor.persistence.DuplicateKeyException;
import org.learningmentor.persistence.OutboxEntry;
import org.learningmentor.persistence.PersistenceException;

/**
 * The shared state of one in-memory store: the lock over committed data, the calling thread's
 * transaction, the outbox's committed entries and the tables that register with it.
 */
final class Store {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();
    private final List<Table<?>> tables = new ArrayList<>();
    private final AtomicLong sequences = new AtomicLong();

    /**
     * The first provisional sequence number of a transaction's own outbox entries, shown to it
     * before the commit assigns the real ones: above every real number the store will ever reach.
     */
    static final long PROVISIONAL_SEQUENCE = 1L << 62;

    /** The committed, undelivered outbox entries by sequence; guarded by {@link #lock}. */
    final TreeMap<Long, OutboxEntry> undelivered = new TreeMap<>();

    void register(Table<?> table) {
        tables.add(table);
    }

    /** Takes the next sequence number; under the write lock, so numbers follow the commit order. */
    long nextSequence() {
        return sequences.incrementAndGet();
    }

    /** Returns the calling thread's transaction, or null outside one. */
    Transaction transaction() {
        return current.get();
    }

    <T> T read(Supplier<T> reading) {
        lock.readLock().lock();
        try {
            return reading.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    <T> T write(Supplier<T> writing) {
        lock.writeLock().lock();
        try {
            return writing.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Runs a repository or outbox call; inside a transaction, a conflict or storage failure marks it
     * rollback-only (misuse does not: it is refused before anything is done).
     */
    <T> T guard(Supplier<T> operation) {
        Transaction transaction = current.get();
        if (transaction == null) {
            return operation.get();
        }
        try {
            return operation.get();
        } catch (ConcurrentUpdateException | DuplicateKeyException | PersistenceException failure) {
            transaction.markRollbackOnly(failure);
            throw failure;
        }
    }

    /** The transaction runner's work: see {@link org.learningmentor.persistence.TransactionRunner}. */
    <T> T call(Supplier<? extends T> work) {
        Objects.requireNonNull(work, "work");
        Transaction outer = current.get();
        if (outer != null) {
            try {
                return work.get();
            } catch (Throwable failure) {
                outer.markRollbackOnly(failure);
                throw failure;
            }
        }
        Transaction transaction = new Transaction();
        current.set(transaction);
        T result;
        try {
            result = work.get();
        } finally {
            // Whatever happens the thread leaves the transaction; when the work threw, dropping the
            // transaction's buffer is the whole rollback.
            current.remove();
        }
        Throwable cause = transaction.rollbackOnlyCause();
        if (cause != null) {
            throw new PersistenceException(
                    "The transaction was rolled back: a call inside it failed (the cause), and the unit of work"
                            + " went on and returned",
                    cause);
        }
        commit(transaction);
        transaction.afterCommit().runAll();
        return result;
    }

    /** Keeps the action for the calling thread's transaction, or runs it when there is none. */
    void afterCommit(Runnable action) {
        Objects.requireNonNull(action, "action");
        Transaction transaction = current.get();
        if (transaction == null) {
            action.run();
        } else {
            transaction.afterCommit().add(action);
        }
    }

    private void commit(Transaction transaction) {
        if (transaction.isEmpty()) {
            return;
        }
        write(() -> {
            // Check everything first, so that a conflict leaves committed data untouched.
            for (Table<?> table : tables) {
                table.checkCommit(transaction);
            }
            for (Table<?> table : tables) {
                table.applyCommit(transaction);
            }
            // Sequence numbers are taken here, under the write lock, so that entries become visible in
            // sequence order: no reader can see a number before a lower one is committed.
            for (OutboxEntry pending : transaction.appended()) {
                if (!transaction.delivered().contains(pending.sequence())) {
                    OutboxEntry entry = new OutboxEntry(nextSequence(), pending.event());
                    undelivered.put(entry.sequence(), entry);
                }
            }
            transaction.delivered().forEach(undelivered::remove);
            return null;
        });
    }
}
