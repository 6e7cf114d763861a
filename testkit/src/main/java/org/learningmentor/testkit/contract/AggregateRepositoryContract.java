package org.learningmentor.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.TypedId;
import org.learningmentor.persistence.ConcurrentUpdateException;
import org.learningmentor.persistence.DuplicateKeyException;

/**
 * The tests every repository passes: finding, saving with optimistic versioning, visibility and
 * concurrency. Each aggregate's contract class fills in how its aggregate is made, found, saved
 * and changed; subclass that class, not this one.
 *
 * @param <A> the aggregate type
 * @param <I> the aggregate's id type
 */
public abstract class AggregateRepositoryContract<A, I extends TypedId> extends PersistenceContract {

    /** Threads in the concurrency tests. */
    static final int THREADS = 8;

    /** Updates each thread applies to the one aggregate, retrying on conflict. */
    static final int UPDATES_PER_THREAD = 500;

    /** New aggregates each thread saves in the test of concurrent inserts. */
    static final int NEW_PER_THREAD = 100;

    /** Conflicts one thread may meet before the test calls it a livelock. */
    private static final int MAX_CONFLICTS_PER_THREAD = 1_000_000;

    AggregateRepositoryContract() {}

    // ---------------------------------------------------------------- what each aggregate fills in

    /** The aggregate's name in messages: "organization", "person". */
    abstract String aggregateName();

    /**
     * Returns a realistic new aggregate (version 0) of an organization of its own, storing what it
     * needs first (a person's organization), so that implementations with foreign keys pass.
     */
    abstract A aNewAggregate();

    /** Returns another new aggregate like the given one: the same organization, a fresh id. */
    abstract A anotherNewAggregateLike(A template);

    abstract Optional<A> find(OrganizationId organizationId, I id);

    abstract A save(A aggregate);

    abstract I idOf(A aggregate);

    abstract OrganizationId organizationOf(A aggregate);

    abstract long versionOf(A aggregate);

    abstract A withVersion(A aggregate, long version);

    /** Returns the aggregate changed as a command would change it, marked with the revision number. */
    abstract A revised(A aggregate, int revision);

    /** Returns the revision number the aggregate is marked with, 0 for none. */
    abstract int revisionOf(A aggregate);

    final Optional<A> reload(A aggregate) {
        return find(organizationOf(aggregate), idOf(aggregate));
    }

    // ---------------------------------------------------------------- find

    @Test
    public void findWhenNothingIsStoredUnderTheIdThenEmpty() {
        A never = aNewAggregate();

        assertThat(reload(never)).isEmpty();
    }

    // ---------------------------------------------------------------- save

    @Test
    public void saveWhenNewThenStoresVersionOneAndFindReturnsAnEqualAggregate() {
        A aggregate = aNewAggregate();

        A saved = save(aggregate);

        assertThat(versionOf(saved)).isEqualTo(1);
        assertThat(saved).isEqualTo(withVersion(aggregate, 1));
        assertThat(reload(aggregate)).contains(saved);
    }

    @Test
    public void saveWhenTheVersionIsTheStoredOneThenReplacesItAndAdvancesTheVersion() {
        A first = save(aNewAggregate());

        A second = save(revised(first, 1));
        A third = save(revised(second, 2));

        assertThat(versionOf(second)).isEqualTo(2);
        assertThat(third).isEqualTo(withVersion(revised(second, 2), 3));
        assertThat(reload(first)).contains(third);
        assertThat(revisionOf(reload(first).orElseThrow())).isEqualTo(2);
    }

    @Test
    public void saveWhenTheVersionIsStaleThenThrowsConcurrentUpdateNamingIdAndVersionsAndStoresNothing() {
        A loaded = save(aNewAggregate());
        A byOther = save(revised(loaded, 1));

        assertThatThrownBy(() -> save(revised(loaded, 2)))
                .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
                    assertThat(e.id()).isEqualTo(idOf(loaded));
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                });
        assertThat(reload(loaded)).contains(byOther);
    }

    @Test
    public void saveWhenTheVersionIsAheadOfTheStoredOneThenThrowsConcurrentUpdateAndStoresNothing() {
        A stored = save(aNewAggregate());

        assertThatThrownBy(() -> save(withVersion(revised(stored, 1), 5)))
                .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
                    assertThat(e.id()).isEqualTo(idOf(stored));
                    assertThat(e.expectedVersion()).isEqualTo(5);
                    assertThat(e.actualVersion()).isEqualTo(1);
                });
        assertThat(reload(stored)).contains(stored);
    }

    @Test
    public void saveWhenNotStoredAndTheVersionIsAboveZeroThenThrowsConcurrentUpdateWithActualVersionZero() {
        A neverStored = withVersion(aNewAggregate(), 3);

        assertThatThrownBy(() -> save(neverStored)).isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
            assertThat(e.id()).isEqualTo(idOf(neverStored));
            assertThat(e.expectedVersion()).isEqualTo(3);
            assertThat(e.actualVersion()).isZero();
        });
        assertThat(reload(neverStored)).isEmpty();
    }

    @Test
    public void saveWhenNewButTheIdIsStoredThenThrowsDuplicateKeyAndKeepsTheStoredOne() {
        A stored = save(revised(save(aNewAggregate()), 1));
        A sameIdAsNew = withVersion(revised(stored, 7), 0);

        assertThatThrownBy(() -> save(sameIdAsNew))
                .isInstanceOfSatisfying(
                        DuplicateKeyException.class, e -> assertThat(e.id()).isEqualTo(idOf(stored)));
        assertThat(reload(stored)).contains(stored);
    }

    /**
     * A transaction saves three new aggregates, the second under the id of a stored one: it fails
     * with {@link DuplicateKeyException} naming that id (from that save, from a later call of the
     * transaction or from its commit: a store may hold new aggregates back and send them together)
     * and stores none of the three.
     */
    @Test
    public void aTransactionSavingNewAggregatesOneUnderAStoredIdFailsWithDuplicateKeyNamingItAndStoresNone() {
        A stored = save(aNewAggregate());
        A first = withVersion(anotherNewAggregateLike(stored), 0);
        A taken = withVersion(revised(stored, 1), 0);
        A third = withVersion(anotherNewAggregateLike(stored), 0);

        assertThatThrownBy(() -> transactions().run(() -> {
                    save(first);
                    save(taken);
                    save(third);
                }))
                .isInstanceOfSatisfying(
                        DuplicateKeyException.class, e -> assertThat(e.id()).isEqualTo(idOf(stored)));
        assertThat(reload(first)).isEmpty();
        assertThat(reload(third)).isEmpty();
        assertThat(reload(stored)).contains(stored);
    }

    /**
     * A transaction saves new aggregates, finds each of them, changes one of them and saves it
     * again: it reads its own writes at every step, and the commit stores the last state of each.
     */
    @Test
    public void aTransactionFindsTheNewAggregatesItSavedAndMayChangeThemBeforeItCommits() {
        A template = aNewAggregate();
        List<A> created = List.of(
                template,
                withVersion(anotherNewAggregateLike(template), 0),
                withVersion(anotherNewAggregateLike(template), 0));

        List<A> committed = transactions().call(() -> {
            List<A> saved = new ArrayList<>();
            for (A aggregate : created) {
                saved.add(save(aggregate));
            }
            for (A aggregate : saved) {
                assertThat(reload(aggregate)).contains(aggregate);
            }
            A changed = save(revised(saved.get(1), 1));
            assertThat(reload(changed)).contains(changed);
            return List.of(saved.get(0), changed, saved.get(2));
        });

        for (A aggregate : committed) {
            assertThat(reload(aggregate)).contains(aggregate);
        }
        assertThat(versionOf(committed.get(1))).isEqualTo(2);
    }

    @Test
    public void aSaveOutsideATransactionIsVisibleToOtherThreadsOnceItReturns() {
        A saved = save(aNewAggregate());

        assertThat(Concurrently.onAnotherThread(() -> reload(saved))).contains(saved);
    }

    // ---------------------------------------------------------------- concurrency

    /**
     * Eight threads apply 500 changes each to one aggregate, each change building on the state the
     * thread loaded, and retry from a fresh load on {@link ConcurrentUpdateException}. Every change
     * must be applied exactly once: the revisions count to 4 000, the saves return the versions 2
     * to 4 001 (the first save made version 1) each once, and the stored aggregate is the last.
     */
    @Test
    public void concurrentUpdatesOfOneAggregateWithRetryOnConflictApplyEveryChangeExactlyOnce(TestReporter reporter) {
        A created = save(aNewAggregate());

        List<Outcome> outcomes = Concurrently.run(THREADS, thread -> {
            List<Long> versions = new ArrayList<>();
            int conflicts = 0;
            while (versions.size() < UPDATES_PER_THREAD) {
                Concurrently.checkNotCancelled();
                A current = reload(created)
                        .orElseThrow(() -> new AssertionError("the " + aggregateName() + " vanished during updates"));
                try {
                    versions.add(versionOf(save(revised(current, revisionOf(current) + 1))));
                } catch (ConcurrentUpdateException conflict) {
                    assertThat(conflict.id()).isEqualTo(idOf(created));
                    if (++conflicts > MAX_CONFLICTS_PER_THREAD) {
                        fail("thread %d met %d conflicts: a livelock?", thread, conflicts);
                    }
                }
            }
            return new Outcome(versions, conflicts);
        });

        long updates = (long) THREADS * UPDATES_PER_THREAD;
        reporter.publishEntry(
                "outcome",
                String.format(
                        "%s: %d updates of one %s applied after %d conflicts",
                        getClass().getSimpleName(),
                        updates,
                        aggregateName(),
                        outcomes.stream().mapToLong(Outcome::conflicts).sum()));
        A last = reload(created).orElseThrow();
        assertThat(revisionOf(last)).as("changes applied").isEqualTo((int) updates);
        assertThat(versionOf(last)).isEqualTo(updates + 1);
        List<Long> returned = outcomes.stream()
                .flatMap(outcome -> outcome.versions().stream())
                .sorted()
                .toList();
        assertThat(returned)
                .as("the versions the successful saves returned: each once, none lost")
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(2, updates + 1).boxed().toList());
    }

    /** Eight threads save 100 new aggregates each at once: none may fail or be lost. */
    @Test
    public void concurrentSavesOfNewAggregatesNeverCollide() {
        A template = aNewAggregate();

        List<List<A>> saved = Concurrently.run(THREADS, thread -> {
            List<A> mine = new ArrayList<>();
            for (int i = 0; i < NEW_PER_THREAD; i++) {
                Concurrently.checkNotCancelled();
                mine.add(save(anotherNewAggregateLike(template)));
            }
            return mine;
        });

        Set<I> ids = new HashSet<>();
        for (List<A> mine : saved) {
            for (A aggregate : mine) {
                assertThat(versionOf(aggregate)).isEqualTo(1);
                assertThat(reload(aggregate)).contains(aggregate);
                ids.add(idOf(aggregate));
            }
        }
        assertThat(ids).hasSize(THREADS * NEW_PER_THREAD);
    }

    // ---------------------------------------------------------------- conflicts found at the commit

    /**
     * Two transactions each save a new aggregate under the same id, and another new aggregate of
     * their own, and wait (a few seconds at most) until both have saved before they commit. Exactly
     * one commits; the other fails with {@link DuplicateKeyException}, from its save or its commit
     * (a store whose second insert waits for the first transaction passes too), and leaves no
     * trace: its own other aggregate is not stored.
     */
    @Test
    public void ofTwoTransactionsSavingTheSameNewAggregateBeforeEitherCommitsExactlyOneSucceeds() {
        A template = aNewAggregate();
        List<A> twins = List.of(revised(template, 1), revised(template, 2));
        List<A> extras = List.of(
                withVersion(anotherNewAggregateLike(template), 0), withVersion(anotherNewAggregateLike(template), 0));

        List<Object> outcomes = raceTwoTransactions(twins, extras);

        assertExactlyOneCommitted(outcomes, DuplicateKeyException.class, twins, extras);
    }

    /**
     * Two transactions load the same stored aggregate, each save a change of it and another new
     * aggregate, and wait until both have saved before they commit. Exactly one commits; the other
     * fails with {@link ConcurrentUpdateException} and leaves no trace.
     */
    @Test
    public void ofTwoTransactionsUpdatingTheSameVersionBeforeEitherCommitsExactlyOneSucceeds() {
        A stored = save(aNewAggregate());
        List<A> changes = List.of(revised(stored, 1), revised(stored, 2));
        List<A> extras = List.of(
                withVersion(anotherNewAggregateLike(stored), 0), withVersion(anotherNewAggregateLike(stored), 0));

        List<Object> outcomes = raceTwoTransactions(changes, extras);

        assertExactlyOneCommitted(outcomes, ConcurrentUpdateException.class, changes, extras);
        assertThat(versionOf(reload(stored).orElseThrow())).isEqualTo(2);
    }

    /** Runs the two transactions; each outcome is the saved aggregate or the exception thrown. */
    private List<Object> raceTwoTransactions(List<A> contested, List<A> extras) {
        CountDownLatch bothSaved = new CountDownLatch(2);
        return Concurrently.run(2, thread -> {
            try {
                return transactions().call(() -> {
                    A saved = save(contested.get(thread));
                    save(extras.get(thread));
                    bothSaved.countDown();
                    awaitBriefly(bothSaved);
                    return saved;
                });
            } catch (DuplicateKeyException | ConcurrentUpdateException conflict) {
                bothSaved.countDown();
                return conflict;
            }
        });
    }

    private void assertExactlyOneCommitted(
            List<Object> outcomes, Class<? extends RuntimeException> conflict, List<A> contested, List<A> extras) {
        long committed = outcomes.stream()
                .filter(outcome -> !(outcome instanceof RuntimeException))
                .count();
        assertThat(committed).as("transactions that committed, of %s", outcomes).isEqualTo(1);
        int winner = outcomes.get(0) instanceof RuntimeException ? 1 : 0;
        int loser = 1 - winner;
        assertThat(outcomes.get(loser)).isInstanceOf(conflict);
        @SuppressWarnings("unchecked")
        A won = (A) outcomes.get(winner);
        assertThat(reload(contested.get(winner))).contains(won);
        assertThat(revisionOf(won)).isEqualTo(revisionOf(contested.get(winner)));
        assertThat(reload(extras.get(winner))).contains(withVersion(extras.get(winner), 1));
        assertThat(reload(extras.get(loser)))
                .as("the failed transaction's other new %s", aggregateName())
                .isEmpty();
    }

    /** Waits a few seconds at most: a store may block the second write until the first commits. */
    private static void awaitBriefly(CountDownLatch latch) {
        try {
            latch.await(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    // ---------------------------------------------------------------- misuse

    @Test
    public void saveOfNullIsRefusedWithNullPointerExceptionNamingTheParameter() {
        assertThatThrownBy(() -> save(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining(aggregateName());
    }

    /** What one thread of the concurrency test did. */
    record Outcome(List<Long> versions, int conflicts) {}
}
