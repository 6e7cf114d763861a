package org.learningmentor.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.organization.UnitRenamed;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.persistence.ConcurrentUpdateException;
import org.learningmentor.persistence.DuplicateKeyException;
import org.learningmentor.persistence.EventOutbox;
import org.learningmentor.persistence.OutboxEntry;
import org.learningmentor.persistence.PersistenceException;
import org.learningmentor.persistence.TransactionRunner;
import org.learningmentor.testkit.sample.SampleOrganization;

/**
 * The contract tests of {@link TransactionRunner}, across the repositories and the outbox:
 * subclass with the factory of the implementation under test.
 *
 * <pre>{@code
 * class JdbcTransactionRunnerTest extends TransactionRunnerContract {
 *     @Override
 *     protected Persistence createPersistence() {
 *         return JdbcPersistence.create(dataSource);   // with an emptied outbox table
 *     }
 * }
 * }</pre>
 *
 * These tests count outbox entries, so each needs a store whose outbox starts empty. Reads from
 * other threads while a transaction is open must not wait for it: give a connection pool at least
 * two connections.
 */
public abstract class TransactionRunnerContract extends PersistenceContract {

    /** Creates the test; JUnit calls it. */
    protected TransactionRunnerContract() {}

    @Override
    boolean needsEmptyOutbox() {
        return true;
    }

    // ---------------------------------------------------------------- fixtures

    /** A sample agency with its organization and people stored, outside any transaction. */
    private record Stored(SampleOrganization sample, Organization organization, List<Person> people) {
        OrganizationId id() {
            return organization.id();
        }

        Person mentor() {
            return people.stream().filter(Person::isActiveMentor).findFirst().orElseThrow();
        }

        Person nonMentor() {
            return people.stream()
                    .filter(p -> !p.hasRole(Role.MENTOR))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private Stored storeAgency() {
        SampleOrganization sample = samples.agency(20);
        Organization organization = organizations().save(sample.organization());
        List<Person> saved = new ArrayList<>();
        for (Person person : sample.people()) {
            saved.add(people().save(organization.id(), person));
        }
        return new Stored(sample, organization, saved);
    }

    /** What another thread sees of the agency and the outbox. */
    private record Seen(
            java.util.Optional<Organization> organization,
            List<Person> people,
            List<Person> mentors,
            List<OutboxEntry> outbox) {}

    private Seen seen(OrganizationId organizationId) {
        return new Seen(
                organizations().find(organizationId),
                PersonRepositoryContract.readAll(r -> people().findAll(organizationId, r), 100),
                PersonRepositoryContract.readAll(r -> people().findByRole(organizationId, Role.MENTOR, r), 100),
                outbox().undelivered(EventOutbox.MAX_LIMIT));
    }

    private Seen seenFromAnotherThread(OrganizationId organizationId) {
        return Concurrently.onAnotherThread(() -> seen(organizationId));
    }

    private Person aNewPersonOf(Stored agency) {
        return Samples.another(agency.people().get(0), samples.personId(), "Uusi Työntekijä")
                .withVersion(0);
    }

    // ---------------------------------------------------------------- commit and rollback

    @Test
    public void callCommitsEveryWriteOfTheWorkTogetherAndReturnsItsResult() {
        SampleOrganization sample = samples.agency(20);
        OrganizationId id = sample.organization().id();
        Person volunteer = sample.people().stream()
                .filter(p -> !p.hasRole(Role.MENTOR))
                .findFirst()
                .orElseThrow();
        Change<Person> volunteering = volunteer.volunteerAsMentor(volunteer.id(), samples.at());

        String result = transactions().call(() -> {
            organizations().save(sample.organization());
            sample.people().stream().filter(p -> !p.equals(volunteer)).forEach(p -> people().save(id, p));
            people().save(id, volunteering.state());
            outbox().append(id, volunteering.events());
            return "committed";
        });

        assertThat(result).isEqualTo("committed");
        Seen seen = seenFromAnotherThread(id);
        assertThat(seen.organization()).contains(sample.organization().withVersion(1));
        assertThat(seen.people()).hasSize(sample.people().size());
        assertThat(seen.mentors()).extracting(Person::id).contains(volunteer.id());
        assertThat(seen.outbox()).extracting(OutboxEntry::event).containsExactlyElementsOf(volunteering.events());
    }

    @Test
    public void workThatThrowsHalfwayLeavesNoTraceInAnyRepositoryOrTheOutboxAndItsExceptionIsRethrown() {
        Stored agency = storeAgency();
        Seen before = seen(agency.id());
        Organization another = samples.agency(10).organization();
        RuntimeException failure = new IllegalStateException("the unit of work fails halfway");

        assertThatThrownBy(() -> transactions().run(() -> {
                    Change<Organization> renamed = Samples.revised(agency.organization(), 1, samples.at());
                    organizations().save(renamed.state());
                    outbox().append(agency.id(), renamed.events());
                    Person mentor = agency.nonMentor();
                    Change<Person> volunteering = mentor.volunteerAsMentor(mentor.id(), samples.at());
                    people().save(agency.id(), volunteering.state());
                    outbox().append(agency.id(), volunteering.events());
                    people().save(agency.id(), aNewPersonOf(agency));
                    organizations().save(another);
                    throw failure;
                }))
                .isSameAs(failure);

        assertThat(seen(agency.id())).isEqualTo(before);
        assertThat(organizations().find(another.id())).isEmpty();
        assertThat(outbox().undelivered(EventOutbox.MAX_LIMIT)).isEmpty();
    }

    @Test
    public void anErrorThrownByTheWorkAlsoRollsBackAndIsRethrownUnchanged() {
        Stored agency = storeAgency();
        Seen before = seen(agency.id());
        AssertionError failure = new AssertionError("an error, not an exception");

        assertThatThrownBy(() -> transactions().run(() -> {
                    people().save(agency.id(), aNewPersonOf(agency));
                    organizations()
                            .save(Samples.revised(agency.organization(), 1, samples.at())
                                    .state());
                    throw failure;
                }))
                .isSameAs(failure);

        assertThat(seen(agency.id())).isEqualTo(before);
    }

    // ---------------------------------------------------------------- isolation

    @Test
    public void insideATransactionFindQueriesAndTheOutboxSeeTheTransactionsOwnWrites() {
        Stored agency = storeAgency();
        Person mover = agency.nonMentor();
        OrgUnitId to = agency.organization().units().stream()
                .map(unit -> unit.id())
                .filter(unit -> !unit.equals(mover.unitId()))
                .findFirst()
                .orElseThrow();
        Person leaving = agency.mentor();
        Person newcomer = aNewPersonOf(agency);
        Organization another = samples.agency(10).organization();

        transactions().run(() -> {
            Person moved = people().save(agency.id(), Samples.movedTo(mover, to, samples.at()));
            Change<Person> withdrawal = leaving.withdrawMentorConsent(leaving.id(), samples.at(), "Vaihdan tehtävää");
            Person left = people().save(agency.id(), withdrawal.state());
            Person added = people().save(agency.id(), newcomer);
            Organization stored = organizations().save(another);
            outbox().append(agency.id(), withdrawal.events());

            assertThat(organizations().find(another.id())).contains(stored);
            assertThat(people().find(agency.id(), mover.id())).contains(moved);
            assertThat(PersonRepositoryContract.readAll(r -> people().findByUnit(agency.id(), to, r), 5))
                    .contains(moved);
            assertThat(PersonRepositoryContract.readAll(r -> people().findByUnit(agency.id(), mover.unitId(), r), 5))
                    .extracting(Person::id)
                    .doesNotContain(mover.id());
            assertThat(PersonRepositoryContract.readAll(r -> people().findByRole(agency.id(), Role.MENTOR, r), 5))
                    .extracting(Person::id)
                    .doesNotContain(left.id());
            assertThat(PersonRepositoryContract.readAll(r -> people().findAll(agency.id(), r), 5))
                    .contains(added, moved, left)
                    .hasSize(agency.people().size() + 1);
            assertThat(outbox().undelivered(EventOutbox.MAX_LIMIT))
                    .extracting(OutboxEntry::event)
                    .containsExactlyElementsOf(withdrawal.events());
        });
    }

    @Test
    public void otherThreadsSeeNoneOfAnOpenTransactionsWritesAndAllOfThemOnceItCommits() {
        Stored agency = storeAgency();
        Seen before = seen(agency.id());
        Person volunteer = agency.nonMentor();
        Change<Person> volunteering = volunteer.volunteerAsMentor(volunteer.id(), samples.at());
        Change<Organization> renamed = Samples.revised(agency.organization(), 1, samples.at());

        transactions().run(() -> {
            people().save(agency.id(), volunteering.state());
            people().save(agency.id(), aNewPersonOf(agency));
            organizations().save(renamed.state());
            outbox().append(agency.id(), volunteering.events());
            outbox().append(agency.id(), renamed.events());

            assertThat(seenFromAnotherThread(agency.id())).isEqualTo(before);
        });

        Seen after = seenFromAnotherThread(agency.id());
        assertThat(after.organization()).contains(renamed.state().withVersion(2));
        assertThat(after.people()).hasSize(agency.people().size() + 1);
        assertThat(after.mentors()).extracting(Person::id).contains(volunteer.id());
        assertThat(after.outbox()).hasSize(2);
    }

    // ---------------------------------------------------------------- nesting

    @Test
    public void aNestedCallJoinsTheOuterTransactionAndCommitsWithIt() {
        Stored agency = storeAgency();
        Person outerPerson = aNewPersonOf(agency);
        Person innerPerson = aNewPersonOf(agency);

        transactions().run(() -> {
            people().save(agency.id(), outerPerson);
            String inner = transactions().call(() -> {
                people().save(agency.id(), innerPerson);
                return "inner result";
            });

            assertThat(inner).isEqualTo("inner result");
            assertThat(people().find(agency.id(), innerPerson.id())).isPresent();
            assertThat(Concurrently.onAnotherThread(() -> people().find(agency.id(), innerPerson.id())))
                    .as("the nested call must not commit on its own")
                    .isEmpty();
        });

        assertThat(people().find(agency.id(), outerPerson.id())).contains(outerPerson.withVersion(1));
        assertThat(people().find(agency.id(), innerPerson.id())).contains(innerPerson.withVersion(1));
    }

    @Test
    public void whenTheOuterWorkFailsAfterANestedCallReturnedThenTheNestedWritesAreRolledBackToo() {
        Stored agency = storeAgency();
        Person innerPerson = aNewPersonOf(agency);
        RuntimeException failure = new IllegalStateException("the outer work fails after the nested call");

        assertThatThrownBy(() -> transactions().run(() -> {
                    transactions().run(() -> people().save(agency.id(), innerPerson));
                    throw failure;
                }))
                .isSameAs(failure);

        assertThat(people().find(agency.id(), innerPerson.id())).isEmpty();
    }

    @Test
    public void whenANestedCallFailsAndTheOuterWorkCatchesItThenCallThrowsPersistenceExceptionAndNothingIsStored() {
        Stored agency = storeAgency();
        Person outerPerson = aNewPersonOf(agency);
        RuntimeException failure = new IllegalStateException("the nested work fails");

        assertThatThrownBy(() -> transactions().run(() -> {
                    people().save(agency.id(), outerPerson);
                    try {
                        transactions().run(() -> {
                            outbox().append(
                                            agency.id(),
                                            Samples.revised(agency.organization(), 1, samples.at())
                                                    .events());
                            throw failure;
                        });
                    } catch (IllegalStateException expected) {
                        // the outer work goes on as if nothing happened
                    }
                }))
                .isInstanceOf(PersistenceException.class)
                .hasCause(failure);

        assertThat(people().find(agency.id(), outerPerson.id())).isEmpty();
        assertThat(outbox().undelivered(EventOutbox.MAX_LIMIT)).isEmpty();
    }

    // ---------------------------------------------------------------- failures inside

    @Test
    public void whenASaveConflictsInsideATransactionAndTheWorkCatchesItThenNothingIsCommitted() {
        Stored agency = storeAgency();
        Person stale = agency.people().get(1);
        people().save(agency.id(), Samples.revised(stale, 1));
        Person newcomer = aNewPersonOf(agency);

        assertThatThrownBy(() -> transactions().run(() -> {
                    people().save(agency.id(), newcomer);
                    try {
                        people().save(agency.id(), Samples.revised(stale, 2));
                    } catch (ConcurrentUpdateException expected) {
                        // caught and ignored: the transaction must not commit anyway
                    }
                }))
                .isInstanceOf(PersistenceException.class)
                .cause()
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(people().find(agency.id(), newcomer.id())).isEmpty();
    }

    @Test
    public void whenANewAggregateIsADuplicateInsideATransactionAndTheWorkCatchesItThenNothingIsCommitted() {
        Stored agency = storeAgency();
        Person newcomer = aNewPersonOf(agency);

        assertThatThrownBy(() -> transactions().run(() -> {
                    people().save(agency.id(), newcomer);
                    try {
                        organizations().save(agency.organization().withVersion(0));
                        // A store that holds new aggregates back reports the taken key by the next call.
                        organizations().find(agency.id());
                    } catch (DuplicateKeyException expected) {
                        // caught and ignored: the transaction must not commit anyway
                    }
                }))
                .isInstanceOf(PersistenceException.class)
                .cause()
                .isInstanceOf(DuplicateKeyException.class);

        assertThat(people().find(agency.id(), newcomer.id())).isEmpty();
    }

    @Test
    public void misuseInsideATransactionIsRefusedAndLeavesTheTransactionAsItWas() {
        Stored agency = storeAgency();
        Person newcomer = aNewPersonOf(agency);

        transactions().run(() -> {
            people().save(agency.id(), newcomer);
            assertThatThrownBy(() -> people().save(
                                    samples.organizationId(), agency.people().get(0)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> outbox().undelivered(0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> people().find(agency.id(), null)).isInstanceOf(NullPointerException.class);
        });

        assertThat(people().find(agency.id(), newcomer.id())).contains(newcomer.withVersion(1));
    }

    @Test
    public void aStaleVersionInsideATransactionIsReportedAndNothingOfTheTransactionIsStored() {
        Stored agency = storeAgency();
        Organization loaded = agency.organization();
        organizations().save(Samples.revised(loaded, 1, samples.at()).state());
        Person newcomer = aNewPersonOf(agency);

        assertThatThrownBy(() -> transactions().run(() -> {
                    people().save(agency.id(), newcomer);
                    Change<Organization> stale = Samples.revised(loaded, 2, samples.at());
                    organizations().save(stale.state());
                    outbox().append(agency.id(), stale.events());
                }))
                .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
                    assertThat(e.id()).isEqualTo(agency.id());
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                });

        assertThat(people().find(agency.id(), newcomer.id())).isEmpty();
        assertThat(outbox().undelivered(EventOutbox.MAX_LIMIT)).isEmpty();
    }

    /**
     * Two transactions load the organization at the same version; the first saves and commits, then
     * the second saves: it must fail with a {@link ConcurrentUpdateException} (from its save or its
     * commit) and leave nothing, its outbox entry included.
     */
    @Test
    public void ofTwoTransactionsUpdatingOneAggregateFromTheSameVersionOnlyTheFirstToCommitSucceeds() throws Exception {
        Stored agency = storeAgency();
        CountDownLatch secondLoaded = new CountDownLatch(1);
        CountDownLatch firstCommitted = new CountDownLatch(1);

        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            ofTwoTransactions(agency, secondLoaded, firstCommitted, executor);
        } finally {
            executor.shutdownNow();
        }
    }

    private void ofTwoTransactions(
            Stored agency, CountDownLatch secondLoaded, CountDownLatch firstCommitted, ExecutorService executor)
            throws Exception {
        CompletableFuture<Throwable> second = CompletableFuture.supplyAsync(
                () -> {
                    try {
                        transactions().run(() -> {
                            Organization loaded =
                                    organizations().find(agency.id()).orElseThrow();
                            secondLoaded.countDown();
                            await(firstCommitted);
                            Change<Organization> change = Samples.revised(loaded, 2, samples.at());
                            organizations().save(change.state());
                            outbox().append(agency.id(), change.events());
                        });
                        return null;
                    } catch (RuntimeException | Error e) {
                        return e;
                    }
                },
                executor);
        await(secondLoaded);
        Change<Organization> first = transactions().call(() -> {
            Organization loaded = organizations().find(agency.id()).orElseThrow();
            Change<Organization> change = Samples.revised(loaded, 1, samples.at());
            organizations().save(change.state());
            outbox().append(agency.id(), change.events());
            return change;
        });
        firstCommitted.countDown();

        assertThat(second.get(Concurrently.HANG.toSeconds(), TimeUnit.SECONDS))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(organizations().find(agency.id())).contains(first.state().withVersion(2));
        assertThat(outbox().undelivered(EventOutbox.MAX_LIMIT))
                .extracting(OutboxEntry::event)
                .containsExactlyElementsOf(first.events());
    }

    /**
     * A transaction creates a person and waits; another transaction creates a person with the same
     * id and commits; the first then saves its own: it must fail with a {@link
     * DuplicateKeyException} (from its save or its commit) and leave nothing.
     */
    @Test
    public void ofTwoTransactionsCreatingTheSameAggregateOnlyTheFirstToCommitSucceeds() throws Exception {
        Stored agency = storeAgency();
        Person twin = aNewPersonOf(agency);
        Person earlierWrite = aNewPersonOf(agency);
        CountDownLatch secondStarted = new CountDownLatch(1);
        CountDownLatch firstCommitted = new CountDownLatch(1);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<Throwable> second = CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            transactions().run(() -> {
                                people().save(agency.id(), earlierWrite);
                                secondStarted.countDown();
                                await(firstCommitted);
                                people().save(agency.id(), Samples.revised(twin, 2));
                            });
                            return null;
                        } catch (RuntimeException | Error e) {
                            return e;
                        }
                    },
                    executor);
            await(secondStarted);
            Person first = transactions().call(() -> people().save(agency.id(), Samples.revised(twin, 1)));
            firstCommitted.countDown();

            assertThat(second.get(Concurrently.HANG.toSeconds(), TimeUnit.SECONDS))
                    .isInstanceOf(DuplicateKeyException.class);
            assertThat(people().find(agency.id(), twin.id())).contains(first);
            assertThat(people().find(agency.id(), earlierWrite.id())).isEmpty();
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    public void writesFromOtherThreadsDoNotJoinTheTransaction() {
        Stored agency = storeAgency();
        Person fromAnotherThread = aNewPersonOf(agency);

        assertThatThrownBy(() -> transactions().run(() -> {
                    Concurrently.onAnotherThread(() -> people().save(agency.id(), fromAnotherThread));
                    throw new IllegalStateException("rolls back this thread's transaction only");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(people().find(agency.id(), fromAnotherThread.id())).contains(fromAnotherThread.withVersion(1));
    }

    @Test
    public void aTransactionMaySaveTheSameAggregateMoreThanOnce() {
        Stored agency = storeAgency();
        Person newcomer = aNewPersonOf(agency);

        Person last = transactions().call(() -> {
            Person first = people().save(agency.id(), newcomer);
            Person second = people().save(agency.id(), Samples.revised(first, 1));
            return people().save(agency.id(), Samples.revised(second, 2));
        });

        assertThat(last.version()).isEqualTo(3);
        assertThat(people().find(agency.id(), newcomer.id())).contains(last);
    }

    /**
     * Eight threads apply 500 changes each to one organization, each change in a transaction that
     * saves the organization and appends the change's event, retrying the whole transaction on
     * {@link ConcurrentUpdateException}. Every change and its event must be stored exactly once: the
     * revisions count to 4 000, and the outbox holds 4 000 events of the organization, revisions 1
     * to 4 000 in sequence order, none from a failed attempt.
     */
    @Test
    public void concurrentTransactionsWithRetryStoreEveryChangeAndItsEventExactlyOnce(TestReporter reporter) {
        Organization created = organizations().save(samples.agency(12).organization());
        int threads = AggregateRepositoryContract.THREADS;
        int updates = AggregateRepositoryContract.UPDATES_PER_THREAD;

        List<Integer> conflictsPerThread = Concurrently.run(threads, thread -> {
            int applied = 0;
            int conflicts = 0;
            while (applied < updates) {
                Concurrently.checkNotCancelled();
                try {
                    transactions().run(() -> {
                        Organization current =
                                organizations().find(created.id()).orElseThrow();
                        Change<Organization> change =
                                Samples.revised(current, Samples.revisionOf(current) + 1, samples.at());
                        organizations().save(change.state());
                        outbox().append(created.id(), change.events());
                    });
                    applied++;
                } catch (ConcurrentUpdateException conflict) {
                    if (++conflicts > 1_000_000) {
                        fail("thread %d met %d conflicts: a livelock?", thread, conflicts);
                    }
                }
            }
            return conflicts;
        });

        int total = threads * updates;
        reporter.publishEntry(
                "outcome",
                String.format(
                        "%s: %d transactions applied after %d conflicts",
                        getClass().getSimpleName(),
                        total,
                        conflictsPerThread.stream().mapToInt(Integer::intValue).sum()));
        Organization last = organizations().find(created.id()).orElseThrow();
        assertThat(Samples.revisionOf(last)).isEqualTo(total);
        assertThat(last.version()).isEqualTo(total + 1L);
        List<Integer> revisions = new ArrayList<>();
        for (OutboxEntry entry : drainOutbox()) {
            assertThat(entry.organizationId()).isEqualTo(created.id());
            UnitRenamed renamed = (UnitRenamed) entry.event();
            String name = renamed.name().asMap().get(Language.EN);
            revisions.add(Integer.parseInt(name.substring("Revision ".length())));
        }
        assertThat(revisions)
                .as("the revisions of the outbox's events, in sequence order")
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, total).boxed().toList());
    }

    // ---------------------------------------------------------------- the runner itself

    @Test
    public void afterATransactionFailsTheCallingThreadIsInNoTransaction() {
        Stored agency = storeAgency();
        assertThatThrownBy(() -> transactions().run(() -> {
                    throw new IllegalStateException("fails");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> transactions().run(() -> {
                    try {
                        transactions().run(() -> {
                            throw new IllegalStateException("nested fails");
                        });
                    } catch (IllegalStateException expected) {
                        // goes on
                    }
                }))
                .isInstanceOf(PersistenceException.class);

        Person saved = people().save(agency.id(), aNewPersonOf(agency));

        assertThat(Concurrently.onAnotherThread(() -> people().find(agency.id(), saved.id())))
                .as("a save after the failed transactions is committed at once")
                .contains(saved);
    }

    // ---------------------------------------------------------------- after the commit

    @Test
    public void anAfterCommitActionRunsOnlyOnceTheTransactionHasCommittedAndSeesItsWritesFromAnotherThread() {
        Stored agency = storeAgency();
        Person newcomer = aNewPersonOf(agency);
        List<String> happened = new ArrayList<>();

        transactions().run(() -> {
            people().save(agency.id(), newcomer);
            transactions().afterCommit(() -> {
                boolean visible = Concurrently.onAnotherThread(
                        () -> people().find(agency.id(), newcomer.id()).isPresent());
                happened.add("action, stored for others: " + visible);
            });
            happened.add("work returned");
        });

        assertThat(happened).containsExactly("work returned", "action, stored for others: true");
    }

    @Test
    public void anAfterCommitActionRegisteredInANestedCallWaitsForTheOutermostCommit() {
        List<String> happened = new ArrayList<>();

        transactions().run(() -> {
            transactions().run(() -> transactions().afterCommit(() -> happened.add("first")));
            happened.add("nested call returned");
            transactions().afterCommit(() -> happened.add("second"));
        });

        assertThat(happened).containsExactly("nested call returned", "first", "second");
    }

    @Test
    public void aRolledBackTransactionRunsNoneOfItsAfterCommitActions() {
        Stored agency = storeAgency();
        Person stale = agency.people().get(1);
        people().save(agency.id(), Samples.revised(stale, 1));
        List<String> happened = new ArrayList<>();

        assertThatThrownBy(() -> transactions().run(() -> {
                    transactions().afterCommit(() -> happened.add("after the failed work"));
                    throw new IllegalStateException("the work fails");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> transactions().run(() -> {
                    transactions().afterCommit(() -> happened.add("after the conflict"));
                    try {
                        people().save(agency.id(), Samples.revised(stale, 2));
                    } catch (ConcurrentUpdateException expected) {
                        // caught: the transaction is rollback-only all the same
                    }
                }))
                .isInstanceOf(PersistenceException.class);

        assertThat(happened).isEmpty();
    }

    @Test
    public void outsideATransactionAnAfterCommitActionRunsAtOnce() {
        List<String> happened = new ArrayList<>();

        transactions().afterCommit(() -> happened.add("at once"));

        assertThat(happened).containsExactly("at once");
    }

    @Test
    public void anAfterCommitActionThatThrowsKeepsTheCommitRunsTheOthersAndIsRethrownWithLaterFailuresSuppressed() {
        Stored agency = storeAgency();
        Person newcomer = aNewPersonOf(agency);
        List<String> happened = new ArrayList<>();
        RuntimeException first = new IllegalStateException("first action fails");
        RuntimeException third = new IllegalArgumentException("third action fails");

        assertThatThrownBy(() -> transactions().run(() -> {
                    people().save(agency.id(), newcomer);
                    transactions().afterCommit(() -> {
                        throw first;
                    });
                    transactions().afterCommit(() -> happened.add("second"));
                    transactions().afterCommit(() -> {
                        throw third;
                    });
                }))
                .isSameAs(first);

        assertThat(first.getSuppressed()).containsExactly(third);
        assertThat(happened).containsExactly("second");
        assertThat(people().find(agency.id(), newcomer.id())).isPresent();
    }

    @Test
    public void afterCommitRefusesANullActionWithNullPointerExceptionNamingIt() {
        assertNamesNull("action", () -> transactions().afterCommit(null));
        assertNamesNull("action", () -> transactions().run(() -> transactions().afterCommit(null)));
    }

    @Test
    public void callAndRunRefuseNullWorkWithNullPointerExceptionNamingIt() {
        assertNamesNull("work", () -> transactions().call(null));
        assertNamesNull("work", () -> transactions().run(null));
    }

    @Test
    public void thePersistenceReturnsTheSamePartsEveryTime() {
        assertThat(persistence().organizations()).isSameAs(organizations());
        assertThat(persistence().people()).isSameAs(people());
        assertThat(persistence().transactions()).isSameAs(transactions());
        assertThat(persistence().outbox()).isSameAs(outbox());
    }

    // ---------------------------------------------------------------- helpers

    /** Reads every undelivered entry, marking each batch delivered to reach the next. */
    private List<OutboxEntry> drainOutbox() {
        List<OutboxEntry> all = new ArrayList<>();
        List<OutboxEntry> batch;
        while (!(batch = outbox().undelivered(EventOutbox.MAX_LIMIT)).isEmpty()) {
            all.addAll(batch);
            outbox().markDelivered(batch);
        }
        return all;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(Concurrently.HANG.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("the other transaction did not get there within " + Concurrently.HANG);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
