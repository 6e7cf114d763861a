package org.learningmentor.persistence.memory;

import java.util.function.Supplier;
import org.learningmentor.persistence.TransactionRunner;

/** The transaction runner of an in-memory store; the store does the work. */
final class MemoryTransactionRunner implements TransactionRunner {

    private final Store store;

    MemoryTransactionRunner(Store store) {
        this.store = store;
    }

    @Override
    public <T> T call(Supplier<? extends T> work) {
        return store.call(work);
    }

    @Override
    public void afterCommit(Runnable action) {
        store.afterCommit(action);
    }

    @Override
    public String toString() {
        return "MemoryTransactionRunner";
    }
}
