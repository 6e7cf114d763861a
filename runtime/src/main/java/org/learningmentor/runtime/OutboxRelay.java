package org.learningmentor.runtime;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.persistence.EventOutbox;
import org.learningmentor.persistence.OutboxEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves committed events from the {@linkplain EventOutbox outbox} to a host's publisher, such as a
 * message broker: reads the oldest undelivered entries in sequence order, publishes them one by one
 * and marks those published as delivered.
 *
 * <pre>{@code
 * OutboxRelay relay = learningMentor.outboxRelay();
 * scheduler.scheduleWithFixedDelay(() -> relay.relayAll(event -> broker.send(toJson(event)), 100), 1, 1, SECONDS);
 * }</pre>
 *
 * <p>Delivery is at least once: when the publisher throws, the entries published before it are
 * marked delivered, the failing one and those after it stay undelivered for the next call, and the
 * publisher's exception is rethrown. A consumer recognises a repeat by the entry's sequence number
 * ({@link #relayEntries}). One relay at a time may read an outbox; this class serializes its own
 * calls, and a host running several processes elects one relay.
 *
 * <p>This type is thread-safe.
 */
public final class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final EventOutbox outbox;
    private final Object lock = new Object();

    OutboxRelay(EventOutbox outbox) {
        this.outbox = outbox;
    }

    /**
     * Publishes at most one batch of undelivered events, oldest first, and marks them delivered.
     *
     * @param publisher publishes one event, not null; throws to stop the batch
     * @param batch the most events to publish, 1 to {@value EventOutbox#MAX_LIMIT}
     * @return how many events were published and marked delivered, 0 when none was waiting
     * @throws IllegalArgumentException when the batch size is out of range
     * @throws RuntimeException what the publisher threw, after marking the events published before
     */
    public int relay(Consumer<? super DomainEvent> publisher, int batch) {
        Objects.requireNonNull(publisher, "publisher");
        return relayEntries(entry -> publisher.accept(entry.event()), batch);
    }

    /**
     * Publishes at most one batch of undelivered entries, oldest first, with their sequence numbers,
     * and marks them delivered: the same as {@link #relay} for consumers that drop repeats by
     * sequence number.
     *
     * @param publisher publishes one entry, not null; throws to stop the batch
     * @param batch the most entries to publish, 1 to {@value EventOutbox#MAX_LIMIT}
     * @return how many entries were published and marked delivered
     * @throws IllegalArgumentException when the batch size is out of range
     * @throws RuntimeException what the publisher threw, after marking the entries published before
     */
    public int relayEntries(Consumer<? super OutboxEntry> publisher, int batch) {
        Objects.requireNonNull(publisher, "publisher");
        if (batch < 1 || batch > EventOutbox.MAX_LIMIT) {
            throw new IllegalArgumentException("batch must be 1 to " + EventOutbox.MAX_LIMIT + ", not " + batch);
        }
        synchronized (lock) {
            List<OutboxEntry> entries = outbox.undelivered(batch);
            int published = 0;
            try {
                for (OutboxEntry entry : entries) {
                    publisher.accept(entry);
                    published++;
                }
            } finally {
                if (published > 0) {
                    outbox.markDelivered(entries.subList(0, published));
                }
                if (published < entries.size()) {
                    LOG.debug(
                            "Outbox relay stopped at entry {} after {} of {}: the publisher failed",
                            entries.get(published).sequence(),
                            published,
                            entries.size());
                } else if (published > 0) {
                    LOG.debug(
                            "Outbox relay delivered {} entries up to {}",
                            published,
                            entries.get(published - 1).sequence());
                }
            }
            return published;
        }
    }

    /**
     * Publishes batch after batch until no undelivered event is left.
     *
     * @param publisher publishes one event, not null; throws to stop
     * @param batch the most events per batch, 1 to {@value EventOutbox#MAX_LIMIT}
     * @return how many events were published and marked delivered in all
     * @throws IllegalArgumentException when the batch size is out of range
     * @throws RuntimeException what the publisher threw, after marking the events published before
     */
    public long relayAll(Consumer<? super DomainEvent> publisher, int batch) {
        long total = 0;
        int published;
        do {
            published = relay(publisher, batch);
            total += published;
        } while (published == batch);
        return total;
    }

    @Override
    public String toString() {
        return "OutboxRelay{" + outbox + "}";
    }
}
