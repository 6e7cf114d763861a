package org.learningmentor.runtime;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.IdGenerator;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.TypedId;
import org.learningmentor.persistence.ConcurrentUpdateException;
import org.learningmentor.persistence.Persistence;
import org.learningmentor.persistence.TransientPersistenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs use cases: each attempt in one transaction (load the actor, authorize, load, decide, save,
 * append the events to the outbox), the whole attempt again on {@link ConcurrentUpdateException}
 * or {@link TransientPersistenceException} up to the configured number of attempts, and the
 * listeners after the commit.
 *
 * <p>The three shapes every use case takes: {@link #update} (a command on a stored aggregate),
 * {@link #create} (a command that makes a new one) and {@link #query} (read only, not retried).
 */
final class UseCaseRunner {

    private static final Logger LOG = LoggerFactory.getLogger(UseCaseRunner.class);

    /**
     * The log of work no actor signs (survey responses): its lines name the use case, the
     * organization and the attempt, nothing else. A logger of its own, so a host (or a test) can
     * watch exactly these lines.
     */
    static final String ANONYMOUS_LOGGER = UseCaseRunner.class.getName() + ".anonymous";

    private static final Logger ANONYMOUS_LOG = LoggerFactory.getLogger(ANONYMOUS_LOGGER);

    private final Persistence persistence;
    private final Clock clock;
    private final IdGenerator ids;
    private final PermissionPolicy policy;
    private final List<EventListener> listeners;
    private final int maxAttempts;

    UseCaseRunner(
            Persistence persistence,
            Clock clock,
            IdGenerator ids,
            PermissionPolicy policy,
            List<EventListener> listeners,
            int maxAttempts) {
        this.persistence = persistence;
        this.clock = clock;
        this.ids = ids;
        this.policy = policy;
        this.listeners = List.copyOf(listeners);
        this.maxAttempts = maxAttempts;
    }

    Persistence persistence() {
        return persistence;
    }

    IdGenerator ids() {
        return ids;
    }

    PermissionPolicy policy() {
        return policy;
    }

    /** The current time from the runtime's clock. */
    Instant now() {
        return clock.instant();
    }

    /** The clock's zone, for calendar days. */
    ZoneId zone() {
        return clock.getZone();
    }

    /**
     * Runs work that no actor signs, such as an anonymous survey response: one transaction, run
     * again on {@link ConcurrentUpdateException} or {@link TransientPersistenceException} up to the
     * configured attempts, nothing authorized
     * (the work proves its own right, by a response token) and nothing published (such work has no
     * events: an event would tell who acted and when). The log names the use case and organization
     * only.
     *
     * @param organizationId the organization the work runs in, for the log
     * @param useCase a constant name of the use case, for the log; never data
     * @param work the work, run inside the transaction
     */
    <T> T anonymous(OrganizationId organizationId, String useCase, Supplier<T> work) {
        Objects.requireNonNull(organizationId, "organizationId");
        for (int attempt = 1; ; attempt++) {
            try {
                T result = persistence.transactions().call(work::get);
                ANONYMOUS_LOG.debug("{} in organization {} committed on attempt {}", useCase, organizationId, attempt);
                return result;
            } catch (ConcurrentUpdateException | TransientPersistenceException conflict) {
                if (attempt >= maxAttempts) {
                    // the conflict's message names only ids of records, never a person
                    ANONYMOUS_LOG.debug(
                            "{} in organization {} gave up after {} attempts", useCase, organizationId, attempt);
                    throw conflict;
                }
                ANONYMOUS_LOG.debug(
                        "{} in organization {} conflicted on attempt {} of {}; retrying",
                        useCase,
                        organizationId,
                        attempt,
                        maxAttempts);
            }
        }
    }

    /**
     * Runs a command on a stored aggregate of the actor's organization.
     *
     * @param owners the people whose own record the aggregate is, for {@link Scope#OWN} grants,
     *     read from the freshly loaded aggregate
     * @param command the model's command on the loaded aggregate
     */
    <A, I extends TypedId> A update(
            Actor actor,
            Permission permission,
            Store<A, I> store,
            I id,
            Function<? super A, ? extends Collection<PersonId>> owners,
            BiFunction<Context, A, Change<A>> command) {
        Objects.requireNonNull(id, "id");
        return execute(actor, permission, context -> {
            A current = context.find(store, id);
            context.authorize(owners.apply(current));
            return context.save(store, command.apply(context, current));
        });
    }

    /** Runs a command on a stored aggregate that is no one's own record. */
    <A, I extends TypedId> A update(
            Actor actor, Permission permission, Store<A, I> store, I id, BiFunction<Context, A, Change<A>> command) {
        return update(actor, permission, store, id, current -> List.of(), command);
    }

    /** Runs a command that creates an aggregate; the owners are known from the arguments. */
    <A, I extends TypedId> A create(
            Actor actor,
            Permission permission,
            Store<A, I> store,
            Collection<PersonId> owners,
            Function<Context, Change<A>> command) {
        return execute(actor, permission, context -> {
            context.authorize(owners);
            return context.save(store, command.apply(context));
        });
    }

    /** Runs a read in a transaction, authorized like a command; not retried, publishes nothing. */
    <T> T query(Actor actor, Permission permission, Function<Context, T> query) {
        Objects.requireNonNull(actor, "actor");
        return persistence.transactions().call(() -> {
            Context context = Context.open(persistence, policy, actor, permission, clock.instant());
            T result = query.apply(context);
            if (!context.isAuthorized()) {
                throw new IllegalStateException("a query returned before it authorized " + permission);
            }
            return result;
        });
    }

    /**
     * Runs a command of its own shape, like {@link #update} and {@link #create}: the work loads what
     * it needs, calls {@link Context#authorize} and {@link Context#save} itself.
     */
    <T> T execute(Actor actor, Permission permission, Function<Context, T> work) {
        Objects.requireNonNull(actor, "actor");
        for (int attempt = 1; ; attempt++) {
            Attempt<T> done;
            try {
                done = persistence.transactions().call(() -> {
                    Context context = Context.open(persistence, policy, actor, permission, clock.instant());
                    T result = work.apply(context);
                    List<DomainEvent> events = context.events();
                    // Listeners hear of the events once they are stored: after this transaction
                    // commits, or the host's own when the use case joined one; never on a rollback.
                    persistence.transactions().afterCommit(() -> publish(events));
                    return new Attempt<>(result, events);
                });
            } catch (ConcurrentUpdateException | TransientPersistenceException conflict) {
                if (attempt >= maxAttempts) {
                    LOG.debug(
                            "{} in organization {} gave up after {} attempts: {}",
                            permission,
                            actor.organizationId(),
                            attempt,
                            conflict.getMessage());
                    throw conflict;
                }
                LOG.debug(
                        "{} in organization {} conflicted on attempt {} of {}; retrying with fresh state",
                        permission,
                        actor.organizationId(),
                        attempt,
                        maxAttempts);
                continue;
            }
            LOG.debug(
                    "{} by {} in organization {} committed {} events on attempt {}",
                    permission,
                    actor.personId(),
                    actor.organizationId(),
                    done.events().size(),
                    attempt);
            return done.result();
        }
    }

    /** Calls every listener with every event, in order; a failing listener is logged and skipped. */
    private void publish(List<DomainEvent> events) {
        for (DomainEvent event : events) {
            for (EventListener listener : listeners) {
                try {
                    listener.onEvent(event);
                } catch (RuntimeException failure) {
                    LOG.warn(
                            "Event listener {} failed on {} of organization {}; the change stays committed",
                            listener.getClass().getName(),
                            typeOf(event),
                            event.organizationId(),
                            failure);
                }
            }
        }
    }

    /** The event's type as the model names it ({@code SponsorNamed}), not its generated class. */
    static String typeOf(DomainEvent event) {
        String name = event.getClass().getSimpleName();
        return name.startsWith("Immutable") ? name.substring("Immutable".length()) : name;
    }

    private record Attempt<T>(T result, List<DomainEvent> events) {}
}
