package org.learningmentor.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.persistence.EventOutbox;
import org.learningmentor.persistence.OutboxEntry;
import org.learningmentor.testkit.sample.SampleOrganization;

/**
 * The contract tests of {@link EventOutbox}: subclass with the factory of the implementation under
 * test.
 *
 * <pre>{@code
 * class JdbcEventOutboxTest extends EventOutboxContract {
 *     @Override
 *     protected Persistence createPersistence() {
 *         return JdbcPersistence.create(dataSource);   // with an emptied outbox table
 *     }
 * }
 * }</pre>
 *
 * These tests count entries, so each needs a store whose outbox starts empty. The events are those
 * of real commands on sample agencies: units renamed, mentor consent given and withdrawn.
 */
public abstract class EventOutboxContract extends PersistenceContract {

    /** Creates the test; JUnit calls it. */
    protected EventOutboxContract() {}

    @Override
    boolean needsEmptyOutbox() {
        return true;
    }

    // ---------------------------------------------------------------- fixtures

    /** Returns the events of {@code count} commands on one new sample agency, in the order they happened. */
    private List<DomainEvent> eventsOfOneAgency(int count) {
        SampleOrganization agency = samples.agency(12);
        List<DomainEvent> events = new ArrayList<>();
        Organization organization = agency.organization();
        Person volunteer = agency.people().stream()
                .filter(p -> !p.hasRole(Role.MENTOR))
                .findFirst()
                .orElseThrow();
        while (events.size() < count) {
            if (events.size() % 3 == 1) {
                Change<Person> change = volunteer.isActiveMentor()
                        ? volunteer.withdrawMentorConsent(volunteer.id(), samples.at(), "Ajanpuute")
                        : volunteer.volunteerAsMentor(volunteer.id(), samples.at());
                volunteer = change.state();
                events.addAll(change.events());
            } else {
                Change<Organization> change =
                        Samples.revised(organization, Samples.revisionOf(organization) + 1, samples.at());
                organization = change.state();
                events.addAll(change.events());
            }
        }
        return events;
    }

    private static OrganizationId organizationOf(List<DomainEvent> events) {
        return events.get(0).organizationId();
    }

    private List<OutboxEntry> appendAndRead(List<DomainEvent> events) {
        outbox().append(organizationOf(events), events);
        return outbox().undelivered(EventOutbox.MAX_LIMIT);
    }

    // ---------------------------------------------------------------- append and read

    @Test
    public void appendedEventsAreReadUndeliveredInAppendOrderWithIncreasingUniqueSequenceNumbers() {
        List<DomainEvent> events = eventsOfOneAgency(7);
        OrganizationId organizationId = organizationOf(events);

        outbox().append(organizationId, events.subList(0, 4));
        outbox().append(organizationId, events.subList(4, 7));
        List<OutboxEntry> entries = outbox().undelivered(EventOutbox.MAX_LIMIT);

        assertThat(entries).extracting(OutboxEntry::event).containsExactlyElementsOf(events);
        assertThat(entries).extracting(OutboxEntry::organizationId).containsOnly(organizationId);
        assertThat(entries).extracting(OutboxEntry::sequence).allMatch(sequence -> sequence > 0);
        assertThat(entries).extracting(OutboxEntry::sequence).isSorted().doesNotHaveDuplicates();
    }

    @Test
    public void undeliveredReturnsAtMostTheLimitTheOldestFirst() {
        List<DomainEvent> events = eventsOfOneAgency(5);
        outbox().append(organizationOf(events), events);

        assertThat(outbox().undelivered(2))
                .extracting(OutboxEntry::event)
                .containsExactlyElementsOf(events.subList(0, 2));
        assertThat(outbox().undelivered(1)).extracting(OutboxEntry::event).containsExactly(events.get(0));
        assertThat(outbox().undelivered(5)).extracting(OutboxEntry::event).containsExactlyElementsOf(events);
    }

    @Test
    public void undeliveredReturnsAnUnmodifiableList() {
        List<OutboxEntry> entries = appendAndRead(eventsOfOneAgency(2));

        assertThatThrownBy(entries::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    public void appendOfNoEventsAppendsNothing() {
        outbox().append(samples.organizationId(), List.of());

        assertThat(outbox().undelivered(EventOutbox.MAX_LIMIT)).isEmpty();
    }

    @Test
    public void appendWhenAnEventBelongsToAnotherOrganizationThenRefusesAndAppendsNone() {
        List<DomainEvent> mine = eventsOfOneAgency(2);
        List<DomainEvent> mixed = new ArrayList<>(mine);
        mixed.add(eventsOfOneAgency(1).get(0));

        assertThatThrownBy(() -> outbox().append(organizationOf(mine), mixed))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(outbox().undelivered(EventOutbox.MAX_LIMIT)).isEmpty();
    }

    @Test
    public void theRelayReadsTheEntriesOfEveryOrganizationEachNamingItsOrganization() {
        List<DomainEvent> first = eventsOfOneAgency(2);
        List<DomainEvent> second = eventsOfOneAgency(2);

        outbox().append(organizationOf(first), first);
        outbox().append(organizationOf(second), second);
        List<OutboxEntry> entries = outbox().undelivered(EventOutbox.MAX_LIMIT);

        assertThat(entries)
                .extracting(OutboxEntry::organizationId)
                .containsExactly(
                        organizationOf(first), organizationOf(first), organizationOf(second), organizationOf(second));
        assertThat(entries).extracting(OutboxEntry::sequence).isSorted().doesNotHaveDuplicates();
    }

    @Test
    public void anAppendOutsideATransactionIsVisibleToOtherThreadsOnceItReturns() {
        List<DomainEvent> events = eventsOfOneAgency(3);

        outbox().append(organizationOf(events), events);

        assertThat(Concurrently.onAnotherThread(() -> outbox().undelivered(EventOutbox.MAX_LIMIT)))
                .extracting(OutboxEntry::event)
                .containsExactlyElementsOf(events);
    }

    // ---------------------------------------------------------------- delivery

    @Test
    public void markedEntriesAreNeverReturnedAgainAndTheOthersStay() {
        List<DomainEvent> events = eventsOfOneAgency(5);
        List<OutboxEntry> entries = appendAndRead(events);

        outbox().markDelivered(entries.subList(0, 2));

        assertThat(outbox().undelivered(EventOutbox.MAX_LIMIT)).containsExactlyElementsOf(entries.subList(2, 5));
        outbox().markDelivered(outbox().undelivered(EventOutbox.MAX_LIMIT));
        assertThat(outbox().undelivered(EventOutbox.MAX_LIMIT)).isEmpty();
    }

    @Test
    public void anEntryStaysUndeliveredUntilMarkedSoDeliveryIsAtLeastOnce() {
        List<OutboxEntry> firstRead = appendAndRead(eventsOfOneAgency(3));

        assertThat(outbox().undelivered(EventOutbox.MAX_LIMIT)).containsExactlyElementsOf(firstRead);
        assertThat(Concurrently.onAnotherThread(() -> outbox().undelivered(EventOutbox.MAX_LIMIT)))
                .containsExactlyElementsOf(firstRead);
    }

    @Test
    public void markDeliveredIdentifiesEntriesBySequenceNumber() {
        List<OutboxEntry> entries = appendAndRead(eventsOfOneAgency(2));
        OutboxEntry sameSequence =
                new OutboxEntry(entries.get(0).sequence(), entries.get(1).event());

        outbox().markDelivered(List.of(sameSequence));

        assertThat(outbox().undelivered(EventOutbox.MAX_LIMIT)).containsExactly(entries.get(1));
    }

    @Test
    public void markDeliveredMayBeRepeatedAndIgnoresEntriesTheOutboxDoesNotHold() {
        List<OutboxEntry> entries = appendAndRead(eventsOfOneAgency(3));
        OutboxEntry unknown = new OutboxEntry(Long.MAX_VALUE, entries.get(0).event());

        outbox().markDelivered(entries.subList(0, 1));
        outbox().markDelivered(entries.subList(0, 1));
        outbox().markDelivered(List.of(unknown));
        outbox().markDelivered(List.of());

        assertThat(outbox().undelivered(EventOutbox.MAX_LIMIT)).containsExactlyElementsOf(entries.subList(1, 3));
    }

    // ---------------------------------------------------------------- transactions

    @Test
    public void appendInsideATransactionIsStoredWhenItCommitsAndNeverWhenItRollsBack() {
        List<DomainEvent> committed = eventsOfOneAgency(2);
        List<DomainEvent> rolledBack = eventsOfOneAgency(2);

        transactions().run(() -> outbox().append(organizationOf(committed), committed));
        assertThatThrownBy(() -> transactions().run(() -> {
                    outbox().append(organizationOf(rolledBack), rolledBack);
                    throw new IllegalStateException("rolled back");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(outbox().undelivered(EventOutbox.MAX_LIMIT))
                .extracting(OutboxEntry::event)
                .containsExactlyElementsOf(committed);
    }

    @Test
    public void sequenceNumbersIncreaseFromOneTransactionToALaterOne() {
        List<DomainEvent> earlier = eventsOfOneAgency(3);
        List<DomainEvent> later = eventsOfOneAgency(3);

        transactions().run(() -> outbox().append(organizationOf(earlier), earlier));
        long lastOfEarlier = outbox().undelivered(EventOutbox.MAX_LIMIT).get(2).sequence();
        Concurrently.onAnotherThread(() -> {
            transactions().run(() -> outbox().append(organizationOf(later), later));
            return null;
        });
        List<OutboxEntry> entries = outbox().undelivered(EventOutbox.MAX_LIMIT);

        List<DomainEvent> both = new ArrayList<>(earlier);
        both.addAll(later);
        assertThat(entries).extracting(OutboxEntry::event).containsExactlyElementsOf(both);
        assertThat(entries.subList(3, 6)).allMatch(entry -> entry.sequence() > lastOfEarlier);
    }

    /**
     * Writers append events concurrently, in transactions of two appends each and outside
     * transactions, while a relay polls, publishes and marks delivered. The relay must see every
     * entry exactly once and in increasing sequence order across its reads: an entry with a lower
     * sequence number than one it saw before would be dropped by a consumer that deduplicates by
     * the highest sequence number seen.
     */
    @Test
    public void aRelayPollingWhileTransactionsCommitSeesEverySequenceNumberOnceAndInIncreasingOrder(
            TestReporter reporter) {
        int writers = 4;
        int rounds = 300;
        List<DomainEvent> events = eventsOfOneAgency(4);
        OrganizationId organizationId = organizationOf(events);
        AtomicInteger writing = new AtomicInteger(writers);
        long started = System.nanoTime();

        List<List<Long>> seen = Concurrently.run(writers + 1, thread -> {
            if (thread > 0) {
                try {
                    for (int round = 0; round < rounds; round++) {
                        Concurrently.checkNotCancelled();
                        if (round % 4 == 3) {
                            outbox().append(organizationId, events.subList(0, 2));
                        } else {
                            transactions().run(() -> {
                                outbox().append(organizationId, events.subList(0, 1));
                                Thread.yield();
                                outbox().append(organizationId, events.subList(1, 2));
                            });
                        }
                    }
                } finally {
                    writing.decrementAndGet();
                }
                return List.of();
            }
            List<Long> relayed = new ArrayList<>();
            long highest = 0;
            while (true) {
                Concurrently.checkNotCancelled();
                boolean done = writing.get() == 0; // read before polling, so the last poll sees every commit
                List<OutboxEntry> batch = outbox().undelivered(EventOutbox.MAX_LIMIT);
                for (OutboxEntry entry : batch) {
                    if (entry.sequence() <= highest) {
                        fail(
                                "the relay saw sequence number %d after %d: entries must become visible in"
                                        + " increasing sequence order (assign them when the transaction commits, in"
                                        + " commit order)",
                                entry.sequence(), highest);
                    }
                    highest = entry.sequence();
                    relayed.add(entry.sequence());
                }
                outbox().markDelivered(batch);
                if (done && batch.isEmpty()) {
                    return relayed;
                }
            }
        });

        reporter.publishEntry(
                "outcome",
                String.format(
                        "%s: a relay read %d entries from %d concurrent writers in %d ms",
                        getClass().getSimpleName(),
                        seen.get(0).size(),
                        writers,
                        (System.nanoTime() - started) / 1_000_000));
        assertThat(seen.get(0))
                .hasSize(writers * rounds * 2)
                .doesNotHaveDuplicates()
                .isSorted();
    }

    @Test
    public void markDeliveredInsideACommittedTransactionTakesEffectAtTheCommit() {
        List<OutboxEntry> entries = appendAndRead(eventsOfOneAgency(3));

        transactions().run(() -> {
            outbox().markDelivered(entries.subList(0, 2));
            assertThat(outbox().undelivered(EventOutbox.MAX_LIMIT)).containsExactly(entries.get(2));
            assertThat(Concurrently.onAnotherThread(() -> outbox().undelivered(EventOutbox.MAX_LIMIT)))
                    .as("other threads see the marks only once the transaction commits")
                    .containsExactlyElementsOf(entries);
        });

        assertThat(outbox().undelivered(EventOutbox.MAX_LIMIT)).containsExactly(entries.get(2));
        assertThat(Concurrently.onAnotherThread(() -> outbox().undelivered(EventOutbox.MAX_LIMIT)))
                .containsExactly(entries.get(2));
    }

    @Test
    public void markDeliveredInsideARolledBackTransactionLeavesTheEntriesUndelivered() {
        List<OutboxEntry> entries = appendAndRead(eventsOfOneAgency(3));

        assertThatThrownBy(() -> transactions().run(() -> {
                    outbox().markDelivered(entries);
                    assertThat(outbox().undelivered(EventOutbox.MAX_LIMIT)).isEmpty();
                    throw new IllegalStateException("the relay failed to publish");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(outbox().undelivered(EventOutbox.MAX_LIMIT)).containsExactlyElementsOf(entries);
    }

    // ---------------------------------------------------------------- misuse

    @ParameterizedTest(name = "limit={0}")
    @ValueSource(ints = {0, -1, EventOutbox.MAX_LIMIT + 1, Integer.MIN_VALUE})
    public void undeliveredRefusesALimitOutOfRange(int limit) {
        assertThatThrownBy(() -> outbox().undelivered(limit)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    public void nullArgumentsAreRefusedWithNullPointerExceptionNamingThemAndAppendNothing() {
        List<DomainEvent> events = eventsOfOneAgency(2);
        OrganizationId organizationId = organizationOf(events);
        List<DomainEvent> withNull = new ArrayList<>(events);
        withNull.add(null);
        List<OutboxEntry> entriesWithNull = new ArrayList<>();
        entriesWithNull.add(null);

        assertNamesNull("organizationId", () -> outbox().append(null, events));
        assertNamesNull("events", () -> outbox().append(organizationId, null));
        assertNamesNull("events", () -> outbox().append(organizationId, withNull));
        assertNamesNull("entries", () -> outbox().markDelivered(null));
        assertNamesNull("entries", () -> outbox().markDelivered(entriesWithNull));
        assertThat(outbox().undelivered(EventOutbox.MAX_LIMIT)).isEmpty();
    }
}
