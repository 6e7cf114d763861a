package org.learningmentor.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The actions a transaction registered with {@link TransactionRunner#afterCommit(Runnable)}, for
 * implementations of the SPI: register them while the transaction runs, and {@link #runAll()} once
 * it has committed (drop the instance when it rolls back). Not thread-safe: one belongs to one
 * transaction, which belongs to one thread.
 */
public final class AfterCommitActions {

    private final List<Runnable> actions = new ArrayList<>();

    /** Creates an empty list of actions. */
    public AfterCommitActions() {}

    /**
     * Keeps an action until {@link #runAll()}.
     *
     * @param action the action, not null
     */
    public void add(Runnable action) {
        actions.add(Objects.requireNonNull(action, "action"));
    }

    /**
     * Runs every action once, in registration order, as {@link TransactionRunner#afterCommit}
     * promises: each runs even when an earlier one threw, and then the first exception is rethrown
     * with the later ones suppressed in it. The list is empty afterwards.
     */
    public void runAll() {
        List<Runnable> due = List.copyOf(actions);
        actions.clear();
        RuntimeException first = null;
        for (Runnable action : due) {
            try {
                action.run();
            } catch (RuntimeException failure) {
                if (first == null) {
                    first = failure;
                } else {
                    first.addSuppressed(failure);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
