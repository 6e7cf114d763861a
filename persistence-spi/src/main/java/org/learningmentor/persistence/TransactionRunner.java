package org.learningmentor.persistence;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Runs a unit of work atomically across the repositories and the outbox of one {@link Persistence}:
 * everything it saved and appended is stored together when it completes, or, when it fails,
 * nothing at all.
 *
 * <pre>{@code
 * Person saved = persistence.transactions().call(() -> {
 *     Change<Person> change = people.find(agencyId, ainoId).orElseThrow().volunteerAsMentor(actor, clock.instant());
 *     Person stored = people.save(agencyId, change.state());
 *     outbox.append(agencyId, change.events());
 *     return stored;
 * });
 * }</pre>
 *
 * <p>The contract:
 *
 * <ul>
 *   <li><b>Atomic.</b> When the work returns, every save and outbox call it made is committed
 *       together. When it throws, the transaction is rolled back: no repository and not the outbox
 *       keeps any trace of it, and the same exception (or error) is rethrown unchanged.
 *   <li><b>Isolated (read committed).</b> Inside the transaction, {@code find}, the queries and
 *       {@link EventOutbox#undelivered(int)} see the transaction's own writes; other threads see
 *       none of them until the commit, and then all of them at once.
 *   <li><b>Bound to the calling thread.</b> Repository and outbox calls on the thread that runs the
 *       work join the transaction; calls from other threads do not.
 *   <li><b>Nested calls join.</b> {@code call} or {@code run} inside a unit of work does not start a
 *       transaction of its own: the inner work runs in the outer transaction and is committed or
 *       rolled back with it.
 *   <li><b>Rollback only after a failure.</b> Once a nested unit of work has thrown, or a
 *       repository or the outbox has thrown {@link ConcurrentUpdateException}, {@link
 *       DuplicateKeyException} or {@link PersistenceException}, inside the transaction, it cannot
 *       commit, even when the work catches the exception and returns normally: the transaction is
 *       rolled back and {@code call} throws a {@link PersistenceException} whose cause is the first
 *       such exception. (A relational database cannot go on either after a failed statement.)
 *       Misuse ({@link NullPointerException}, {@link IllegalArgumentException} from a repository or
 *       the outbox) is refused before anything is done and leaves the transaction as it was.
 *   <li><b>Conflicts.</b> A stale version is reported as {@link ConcurrentUpdateException}, and a
 *       new aggregate whose id is taken (stored already, or saved concurrently by another
 *       transaction) as {@link DuplicateKeyException}: by the {@code save} itself, or by {@code
 *       call} when the transaction commits. A store that holds the new aggregates of a transaction
 *       back to send them together (the JDBC store does) may also report a taken id by the
 *       transaction's next repository or outbox call, which then throws that {@link
 *       DuplicateKeyException}. Either way nothing of the transaction is stored. A caller retries
 *       by running the whole unit of work again, loading afresh.
 *   <li><b>After the commit.</b> {@link #afterCommit(Runnable)} registers an action that runs only
 *       once the calling thread's outermost transaction has committed, such as telling listeners
 *       of events that are now stored; a rolled-back transaction runs none.
 *   <li>After {@code call} returns or throws, the calling thread is in no transaction.
 * </ul>
 *
 * <p>Implementations are thread-safe; any number of threads may run transactions at once.
 */
public interface TransactionRunner {

    /**
     * Runs the work in a transaction, or in the transaction the calling thread is already in, and
     * returns its result.
     *
     * @param work the unit of work, not null
     * @param <T> the result type
     * @return what the work returned, after the commit (or, when nested, as soon as the work
     *     returned)
     * @throws ConcurrentUpdateException when the commit finds a version the work saved stale
     * @throws DuplicateKeyException when the commit finds the id of a new aggregate the work saved
     *     taken
     * @throws PersistenceException when the transaction was marked rollback-only by an earlier
     *     failure (the cause), or the commit failed in the storage
     */
    <T> T call(Supplier<? extends T> work);

    /**
     * Runs the work in a transaction, or in the transaction the calling thread is already in: the
     * same as {@link #call(Supplier)} for work without a result.
     *
     * @param work the unit of work, not null
     * @throws ConcurrentUpdateException when the commit finds a version the work saved stale
     * @throws DuplicateKeyException when the commit finds the id of a new aggregate the work saved
     *     taken
     * @throws PersistenceException when the transaction was marked rollback-only by an earlier
     *     failure (the cause), or the commit failed in the storage
     */
    default void run(Runnable work) {
        Objects.requireNonNull(work, "work");
        call(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs an action once the calling thread's transaction has committed, or at once when the
     * thread is in no transaction.
     *
     * <p>Inside a unit of work, nested or not, the action is kept until the outermost {@code call}
     * has committed; it then runs on the committing thread, after the commit and outside the
     * transaction, before {@code call} returns, in the order the actions were registered. When the
     * transaction rolls back (the work threw, it was rollback-only, or the commit failed) its
     * actions are dropped unrun. An action that throws does not undo the commit: the other actions
     * still run, and {@code call} then throws the first action's exception, with those of later
     * actions suppressed in it; actions should therefore not throw. A unit of work that is retried
     * after a conflict registers its action again; the failed attempt's action never runs.
     *
     * @param action what to run after the commit, not null
     */
    void afterCommit(Runnable action);
}
