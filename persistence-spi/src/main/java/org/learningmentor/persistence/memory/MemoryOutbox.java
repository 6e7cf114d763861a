package org.learningmentor.persistence.memory;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.persistence.EventOutbox;
import org.learningmentor.persistence.OutboxEntry;

/**
 * The outbox of an in-memory store. Sequence numbers are taken under the store's write lock when
 * the entries are committed (at once outside a transaction, at the commit inside one), so committed
 * entries become visible in sequence order; inside a transaction its own entries carry provisional
 * numbers until then. Delivered entries are dropped, so memory holds only what still waits for the
 * relay.
 */
final class MemoryOutbox implements EventOutbox {

    private final Store store;

    MemoryOutbox(Store store) {
        this.store = store;
    }

    @Override
    public void append(OrganizationId organizationId, List<? extends DomainEvent> events) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(events, "events");
        for (int i = 0; i < events.size(); i++) {
            DomainEvent event = Objects.requireNonNull(events.get(i), "events contains null");
            if (!event.organizationId().equals(organizationId)) {
                throw new IllegalArgumentException(
                        "Event " + i + " (" + event.getClass().getSimpleName()
                                + ") belongs to organization " + event.organizationId()
                                + ", so it cannot be appended under organization " + organizationId);
            }
        }
        if (events.isEmpty()) {
            return;
        }
        store.guard(() -> {
            Transaction transaction = store.transaction();
            if (transaction != null) {
                // Provisional numbers, above every committed one; the commit assigns the real ones.
                List<OutboxEntry> appended = transaction.appended();
                for (DomainEvent event : events) {
                    appended.add(new OutboxEntry(Store.PROVISIONAL_SEQUENCE + appended.size(), event));
                }
                return null;
            }
            return store.write(() -> {
                // Numbered under the write lock, so entries become visible in sequence order.
                for (DomainEvent event : events) {
                    OutboxEntry entry = new OutboxEntry(store.nextSequence(), event);
                    store.undelivered.put(entry.sequence(), entry);
                }
                return null;
            });
        });
    }

    @Override
    public List<OutboxEntry> undelivered(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
        }
        Transaction transaction = store.transaction();
        if (transaction == null) {
            return store.read(
                    () -> store.undelivered.values().stream().limit(limit).toList());
        }
        Set<Long> delivered = transaction.delivered();
        TreeMap<Long, OutboxEntry> visible = store.read(() -> {
            TreeMap<Long, OutboxEntry> head = new TreeMap<>();
            for (OutboxEntry entry : store.undelivered.values()) {
                if (head.size() == limit) {
                    break;
                }
                if (!delivered.contains(entry.sequence())) {
                    head.put(entry.sequence(), entry);
                }
            }
            return head;
        });
        for (OutboxEntry entry : transaction.appended()) {
            if (!delivered.contains(entry.sequence())) {
                visible.put(entry.sequence(), entry);
            }
        }
        return visible.values().stream().limit(limit).toList();
    }

    @Override
    public void markDelivered(List<OutboxEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        Set<Long> sequences = new HashSet<>();
        for (OutboxEntry entry : entries) {
            sequences.add(Objects.requireNonNull(entry, "entries contains null").sequence());
        }
        if (sequences.isEmpty()) {
            return;
        }
        store.guard(() -> {
            Transaction transaction = store.transaction();
            if (transaction != null) {
                transaction.delivered().addAll(sequences);
                return null;
            }
            return store.write(() -> {
                sequences.forEach(store.undelivered::remove);
                return null;
            });
        });
    }

    @Override
    public String toString() {
        return "MemoryOutbox";
    }
}
