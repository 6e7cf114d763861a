package org.learningmentor.persistence.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learningmentor.persistence.AfterCommitActions;
import org.learningmentor.persistence.OutboxEntry;

/** The buffered writes of one transaction; confined to the thread that runs it. */
final class Transaction {

    private final Map<Table<?>, Object> writes = new HashMap<>();
    private final List<OutboxEntry> appended = new ArrayList<>();
    private final AfterCommitActions afterCommit = new AfterCommitActions();
    private final Set<Long> delivered = new HashSet<>();
    private Throwable rollbackOnly;

    /** Returns the table's buffered writes, made by {@code create} on first use. */
    @SuppressWarnings("unchecked")
    <W> W writes(Table<?> table, java.util.function.Supplier<W> create) {
        return (W) writes.computeIfAbsent(table, t -> create.get());
    }

    /** Returns the table's buffered writes, or null when the transaction wrote none. */
    @SuppressWarnings("unchecked")
    <W> W writesOrNull(Table<?> table) {
        return (W) writes.get(table);
    }

    /** The actions to run once this transaction has committed, in registration order. */
    AfterCommitActions afterCommit() {
        return afterCommit;
    }

    List<OutboxEntry> appended() {
        return appended;
    }

    Set<Long> delivered() {
        return delivered;
    }

    void markRollbackOnly(Throwable cause) {
        if (rollbackOnly == null) {
            rollbackOnly = cause;
        }
    }

    Throwable rollbackOnlyCause() {
        return rollbackOnly;
    }

    boolean isEmpty() {
        return writes.isEmpty() && appended.isEmpty() && delivered.isEmpty();
    }
}
