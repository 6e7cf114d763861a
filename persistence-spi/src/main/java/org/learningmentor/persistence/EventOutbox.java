package org.learningmentor.persistence;

import java.util.List;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.OrganizationId;

/**
 * The transactional outbox of domain events: a use case appends the events of a change in the
 * transaction that saves the change, so they are stored if and only if the change is; a relay then
 * reads the undelivered entries, publishes them and marks them delivered.
 *
 * <pre>{@code
 * // relay, in a loop or on a schedule
 * List<OutboxEntry> batch = outbox.undelivered(100);
 * batch.forEach(entry -> publisher.publish(entry.event()));
 * outbox.markDelivered(batch);
 * }</pre>
 *
 * <p>The contract:
 *
 * <ul>
 *   <li>Each appended event becomes one {@link OutboxEntry} with a positive sequence number,
 *       unique in this outbox. Within one {@code append} call, and within one transaction, the
 *       numbers increase in append order; across calls and transactions they increase in the order
 *       of their commits (an {@code append} outside a transaction commits when it returns).
 *   <li><b>Visible in increasing sequence order.</b> Committed entries become visible to {@link
 *       #undelivered(int)} in increasing sequence order: once a reader has seen an entry, no entry
 *       with a lower sequence number becomes visible later. A consumer may therefore drop every
 *       entry whose sequence number is not above the highest it has seen. (A store that takes
 *       numbers when the events are appended, not when they commit, breaks this: a transaction
 *       that took N and commits after the one that took N + 1 makes N visible too late.) The
 *       numbers are not promised to be consecutive: there may be gaps.
 *   <li>Inside a transaction, {@link #undelivered(int)} also returns the transaction's own
 *       appended entries, after the committed ones, with provisional sequence numbers: they get
 *       their sequence numbers when the transaction commits. Marking one of them delivered in the
 *       same transaction withdraws it.
 *   <li>Delivery is at least once: an entry stays undelivered until marked, so a relay that fails
 *       between publishing and marking publishes the entry again. Consumers recognise a repeat by
 *       its sequence number. One relay at a time reads an outbox.
 *   <li>Appending follows the repositories' rules of atomicity and visibility: inside a transaction
 *       the entries are stored when it commits, or never; outside one, each call is atomic on its
 *       own.
 *   <li>The relay reads across organizations: it is infrastructure, not a use case, and each entry
 *       names its organization. Appending is scoped by organization like every repository call.
 * </ul>
 *
 * <p>Implementations are thread-safe.
 */
public interface EventOutbox {

    /** The most entries {@link #undelivered(int)} returns at once. */
    int MAX_LIMIT = 1000;

    /**
     * Appends the events, in order, as undelivered entries of the organization. An empty list
     * appends nothing. Either every event is appended or, when it throws, none.
     *
     * @param organizationId the organization, not null, the organization of every event
     * @param events the events, not null, no null elements
     * @throws IllegalArgumentException when an event belongs to another organization
     */
    void append(OrganizationId organizationId, List<? extends DomainEvent> events);

    /**
     * Returns the oldest undelivered entries, in ascending sequence order.
     *
     * @param limit the most entries to return, 1 to {@value #MAX_LIMIT}
     * @return an unmodifiable list of at most {@code limit} entries, empty when none is
     *     undelivered; never null
     * @throws IllegalArgumentException when the limit is out of range
     */
    List<OutboxEntry> undelivered(int limit);

    /**
     * Marks entries delivered, identified by their sequence numbers: {@link #undelivered(int)}
     * never returns them again, and the outbox may delete them. Marking an entry that is delivered
     * already, or that the outbox does not hold, does nothing, so a relay may safely repeat this
     * call.
     *
     * @param entries the entries, not null, no null elements
     */
    void markDelivered(List<OutboxEntry> entries);
}
