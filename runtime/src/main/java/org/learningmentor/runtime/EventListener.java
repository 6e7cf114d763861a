package org.learningmentor.runtime;

import org.learningmentor.core.common.DomainEvent;

/**
 * Receives the domain events of committed use cases, in process, such as to refresh a cache or send
 * a notification. Register listeners with {@link LearningMentor.Builder#listener(EventListener)}.
 *
 * <p>The runtime calls each listener after the use case's transaction has committed, on the
 * thread that ran the use case, with the use case's events in the order they happened; a use case
 * that failed or was rolled back calls no listener. A listener that throws is logged and skipped:
 * the commit stands, and the other listeners and events are still called. Events from use cases
 * running on several threads may arrive concurrently, so a listener is thread-safe.
 *
 * <p>For delivery to a broker that must survive a crash, use the {@link OutboxRelay}: listeners
 * are best effort (a crash between commit and call loses the call), the outbox is not.
 */
@FunctionalInterface
public interface EventListener {

    /**
     * Called with one committed event.
     *
     * @param event the event, never null
     */
    void onEvent(DomainEvent event);
}
