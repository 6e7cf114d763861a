package org.learningmentor.core.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a command did: the aggregate's next state and the events the command caused, in order.
 *
 * <pre>{@code
 * Change<Organization> change = organization.addUnit(...);
 * repository.save(change.state());
 * outbox.append(change.events());
 * }</pre>
 *
 * <p>This type is immutable and thread-safe when {@code T} is.
 *
 * @param <T> the aggregate type
 */
public final class Change<T> {

    private final T state;
    private final List<DomainEvent> events;

    private Change(T state, List<DomainEvent> events) {
        this.state = Objects.requireNonNull(state, "state");
        this.events = List.copyOf(events);
    }

    /**
     * Returns a change to the given state caused by the events.
     *
     * @param state the new state, not null
     * @param events the events, not null, no null elements
     * @param <T> the aggregate type
     * @return the change, never null
     */
    public static <T> Change<T> of(T state, List<? extends DomainEvent> events) {
        Objects.requireNonNull(events, "events");
        events.forEach(event -> Objects.requireNonNull(event, "events contains null"));
        return new Change<>(state, List.copyOf(events));
    }

    /**
     * Returns a change to the given state caused by one event.
     *
     * @param state the new state, not null
     * @param event the event, not null
     * @param <T> the aggregate type
     * @return the change, never null
     */
    public static <T> Change<T> of(T state, DomainEvent event) {
        return new Change<>(state, List.of(Objects.requireNonNull(event, "event")));
    }

    @JsonCreator
    static <T> Change<T> fromJson(
            @JsonProperty(value = "state", required = true) T state, @JsonProperty("events") List<DomainEvent> events) {
        return new Change<>(state, events == null ? List.of() : events);
    }

    /**
     * Returns the aggregate's next state.
     *
     * @return the state, never null
     */
    @JsonProperty("state")
    public T state() {
        return state;
    }

    /**
     * Returns the events the command caused, in the order they happened.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("events")
    public List<DomainEvent> events() {
        return events;
    }

    /**
     * Runs a further command on the new state and returns both changes as one: the last state and
     * all events in order.
     *
     * @param next the command to run on {@link #state()}, not null, returning not null
     * @return the combined change, never null
     */
    public Change<T> andThen(Function<? super T, Change<T>> next) {
        Objects.requireNonNull(next, "next");
        Change<T> then = Objects.requireNonNull(next.apply(state), "next returned null");
        List<DomainEvent> all = new ArrayList<>(events);
        all.addAll(then.events);
        return new Change<>(then.state, all);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Change<?> that && state.equals(that.state) && events.equals(that.events);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, events);
    }

    @Override
    public String toString() {
        return "Change{state=" + state + ", events=" + events + "}";
    }
}
