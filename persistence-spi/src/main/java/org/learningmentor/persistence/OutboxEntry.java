package org.learningmentor.persistence;

import java.util.Objects;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.OrganizationId;

/**
 * A domain event held by the {@link EventOutbox} until a relay has delivered it, with the sequence
 * number that orders and identifies it.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param sequence the entry's sequence number, positive and unique in its outbox
 * @param event the event, not null
 */
public record OutboxEntry(long sequence, DomainEvent event) {

    /**
     * Creates an entry.
     *
     * @throws IllegalArgumentException when the sequence is not positive
     * @throws NullPointerException when the event is null
     */
    public OutboxEntry {
        if (sequence <= 0) {
            throw new IllegalArgumentException("sequence must be positive, not " + sequence);
        }
        Objects.requireNonNull(event, "event");
    }

    /**
     * Returns the organization the event belongs to.
     *
     * @return the event's organization id, never null
     */
    public OrganizationId organizationId() {
        return event.organizationId();
    }
}
