package org.learningmentor.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.person.Person;
import org.learningmentor.persistence.ConcurrentUpdateException;
import org.learningmentor.persistence.EventOutbox;
import org.learningmentor.persistence.PageRequest;
import org.learningmentor.persistence.Persistence;
import org.learningmentor.persistence.PersistenceException;
import org.learningmentor.persistence.TransientPersistenceException;
import org.learningmentor.testkit.sample.SampleData;
import org.learningmentor.testkit.sample.SampleOrganization;

/**
 * Failures of a real PostgreSQL server: a connection killed in the middle of a unit of work, a
 * connection killed before the commit, a statement over its timeout; and eight writers updating the
 * same and different aggregates at once.
 */
class PostgresFaultsTest {

    private final DataSource dataSource = Databases.Postgres.dataSource();
    private final Persistence persistence = Databases.Postgres.persistence();

    /** Ends, from a connection of its own, every other backend of the database that is in a transaction. */
    private int terminateBackendsInATransaction() {
        try (Connection killer = dataSource.getConnection();
                Statement statement = killer.createStatement();
                ResultSet rows = statement.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                        + " AND state LIKE 'idle in transaction%'")) {
            int killed = 0;
            while (rows.next()) {
                killed += rows.getBoolean(1) ? 1 : 0;
            }
            return killed;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void whenTheConnectionIsKilledInTheMiddleOfAUnitOfWorkThenItFailsCleanlyAndTheNextAttemptSucceeds() {
        SampleOrganization agency = SampleData.organization(9001, 12);
        Organization organization = agency.organization();
        List<Person> people = agency.people();
        int[] killed = {0};

        assertThatThrownBy(() -> persistence.transactions().run(() -> {
                    persistence.organizations().save(organization);
                    persistence.people().save(organization.id(), people.get(0));
                    killed[0] = terminateBackendsInATransaction();
                    persistence.people().save(organization.id(), people.get(1));
                }))
                .isInstanceOf(PersistenceException.class)
                .hasRootCauseInstanceOf(SQLException.class)
                .hasMessageContaining("connection");

        assertThat(killed[0]).as("backends terminated").isEqualTo(1);
        assertThat(persistence.organizations().find(organization.id())).isEmpty();
        assertThat(persistence
                        .people()
                        .findAll(organization.id(), PageRequest.first(10))
                        .items())
                .isEmpty();
        Person saved = persistence.transactions().call(() -> {
            persistence.organizations().save(organization);
            return persistence.people().save(organization.id(), people.get(0));
        });
        assertThat(persistence.people().find(organization.id(), saved.id())).contains(saved);
    }

    @Test
    void whenTheConnectionIsKilledJustBeforeTheCommitThenCallThrowsPersistenceExceptionAndNothingIsStored() {
        SampleOrganization agency = SampleData.organization(9002, 12);
        Organization organization = agency.organization();

        assertThatThrownBy(() -> persistence.transactions().run(() -> {
                    persistence.organizations().save(organization);
                    // A read sends the held-back insert, so the connection is in a transaction when killed.
                    assertThat(persistence.organizations().find(organization.id()))
                            .isPresent();
                    assertThat(terminateBackendsInATransaction()).isEqualTo(1);
                }))
                .isInstanceOf(PersistenceException.class)
                .hasMessageContaining("Committing");

        assertThat(persistence.organizations().find(organization.id())).isEmpty();
        assertThat(persistence.outbox().undelivered(EventOutbox.MAX_LIMIT)).isEmpty();
        assertThat(persistence.organizations().save(organization).version()).isEqualTo(1);
    }

    @Test
    void aStatementOverTheTimeoutFailsWithPersistenceExceptionAndChangesNothing() throws Exception {
        Persistence timed = JdbcPersistence.builder()
                .dataSource(dataSource)
                .dialect(Dialect.POSTGRESQL)
                .statementTimeout(Duration.ofSeconds(1))
                .build();
        Organization organization =
                timed.organizations().save(SampleData.organization(9003, 12).organization());

        try (Connection locker = dataSource.getConnection()) {
            locker.setAutoCommit(false);
            try (PreparedStatement lock =
                    locker.prepareStatement("SELECT version FROM lm_organizations WHERE id = ? FOR UPDATE")) {
                lock.setObject(1, organization.id().value());
                lock.executeQuery().close();
            }
            long started = System.nanoTime();
            assertThatThrownBy(() -> timed.organizations().save(organization))
                    .isInstanceOf(PersistenceException.class)
                    .hasMessageContaining("timed out")
                    .cause()
                    .isInstanceOfSatisfying(
                            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("57014"));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
            locker.rollback();
        }
        assertThat(timed.organizations().find(organization.id())).contains(organization);
    }

    /**
     * Two units of work update the same two organizations in opposite orders, each waiting for the
     * other's first update: PostgreSQL detects the deadlock and aborts one, whose save fails with a
     * {@link TransientPersistenceException} (SQLState 40P01) so that a runtime may run it again; the
     * other commits.
     */
    @Test
    void aDeadlockFailsOneUnitOfWorkWithTransientPersistenceExceptionAndTheOtherCommits() throws Exception {
        Organization first = persistence
                .organizations()
                .save(SampleData.organization(9005, 10).organization());
        Organization second = persistence
                .organizations()
                .save(SampleData.organization(9006, 10).organization());
        CountDownLatch bothUpdatedOnce = new CountDownLatch(2);
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> outcomes = new ArrayList<>();
            for (List<Organization> order : List.of(List.of(first, second), List.of(second, first))) {
                outcomes.add(executor.submit(() -> {
                    try {
                        return persistence.transactions().call(() -> {
                            persistence.organizations().save(order.get(0));
                            bothUpdatedOnce.countDown();
                            try {
                                bothUpdatedOnce.await(10, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return persistence.organizations().save(order.get(1));
                        });
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            List<Object> results = new ArrayList<>();
            for (Future<Object> outcome : outcomes) {
                results.add(outcome.get(1, TimeUnit.MINUTES));
            }

            assertThat(results).filteredOn(Organization.class::isInstance).hasSize(1);
            assertThat(results)
                    .filteredOn(RuntimeException.class::isInstance)
                    .singleElement()
                    .isInstanceOfSatisfying(
                            TransientPersistenceException.class,
                            e -> assertThat(e.getCause())
                                    .isInstanceOfSatisfying(
                                            SQLException.class,
                                            cause -> assertThat(cause.getSQLState())
                                                    .isEqualTo("40P01")));
        } finally {
            executor.shutdownNow();
        }
        assertThat(persistence.organizations().find(first.id()).orElseThrow().version())
                .isEqualTo(2);
        assertThat(persistence.organizations().find(second.id()).orElseThrow().version())
                .isEqualTo(2);
    }

    /**
     * Eight writers, each in 150 transactions, change a person shared by all and a person of its
     * own, retrying the whole transaction on a conflict: no update is lost.
     */
    @Test
    void eightWritersOnTheSameAndDifferentAggregatesLoseNoUpdate() throws Exception {
        int writers = 8;
        int rounds = 150;
        SampleOrganization agency = SampleData.organization(9004, 20);
        persistence.organizations().save(agency.organization());
        List<Person> people = new ArrayList<>();
        for (Person person : agency.people()) {
            people.add(persistence.people().save(agency.organization().id(), person));
        }
        Person shared = people.get(0);
        ExecutorService executor = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> conflicts = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                Person own = people.get(w + 1);
                conflicts.add(executor.submit(() -> {
                    int met = 0;
                    for (int round = 1; round <= rounds; ) {
                        int next = round;
                        try {
                            persistence.transactions().run(() -> {
                                Person current = persistence
                                        .people()
                                        .find(shared.organizationId(), shared.id())
                                        .orElseThrow();
                                persistence
                                        .people()
                                        .save(current.organizationId(), renamed(current, revision(current) + 1));
                                Person mine = persistence
                                        .people()
                                        .find(own.organizationId(), own.id())
                                        .orElseThrow();
                                persistence.people().save(mine.organizationId(), renamed(mine, next));
                            });
                            round++;
                        } catch (ConcurrentUpdateException conflict) {
                            met++;
                        }
                    }
                    return met;
                }));
            }
            for (Future<Integer> future : conflicts) {
                future.get(5, TimeUnit.MINUTES);
            }
        } finally {
            executor.shutdownNow();
        }

        Person sharedAfter =
                persistence.people().find(shared.organizationId(), shared.id()).orElseThrow();
        assertThat(revision(sharedAfter)).isEqualTo(writers * rounds);
        assertThat(sharedAfter.version()).isEqualTo(1 + writers * rounds);
        for (int w = 0; w < writers; w++) {
            Person own = persistence
                    .people()
                    .find(shared.organizationId(), people.get(w + 1).id())
                    .orElseThrow();
            assertThat(revision(own)).isEqualTo(rounds);
            assertThat(own.version()).isEqualTo(1 + rounds);
        }
    }

    private static int revision(Person person) {
        String name = person.displayName();
        int open = name.lastIndexOf(" #");
        return open < 0 ? 0 : Integer.parseInt(name.substring(open + 2));
    }

    private static Person renamed(Person person, int revision) {
        String name = person.displayName();
        int open = name.lastIndexOf(" #");
        String base = open < 0 ? name : name.substring(0, open);
        return Person.builder()
                .id(person.id())
                .organizationId(person.organizationId())
                .unitId(person.unitId())
                .displayName(base + " #" + revision)
                .email(person.email())
                .addAllRoles(person.roles())
                .managerId(person.managerId())
                .language(person.language())
                .enrollment(person.enrollment())
                .version(person.version())
                .build();
    }
}
