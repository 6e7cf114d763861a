package org.learningmentor.persistence.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.TypedId;
import org.learningmentor.persistence.ConcurrentUpdateException;
import org.learningmentor.persistence.DuplicateKeyException;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;

/**
 * The stored aggregates of one type, partitioned by organization, with optimistic versioning,
 * paged queries in id order and secondary indexes; the same for every aggregate, so that a new
 * repository is a few lines over a new table.
 *
 * <p>Committed data is guarded by the store's lock; a transaction's writes are buffered in the
 * transaction and applied by {@link #applyCommit} after {@link #checkCommit} passed for every table.
 *
 * @param <A> the aggregate type
 */
final class Table<A> {

    private final Store store;
    private final Function<A, OrganizationId> tenant;
    private final Function<A, ? extends TypedId> typedId;
    private final ToLongFunction<A> version;
    private final BiFunction<A, Long, A> withVersion;
    private final Function<A, Collection<?>> indexKeys;
    private final Map<OrganizationId, Partition<A>> committed = new HashMap<>();

    /**
     * Creates a table and registers it with the store's commits.
     *
     * @param tenant the organization an aggregate belongs to
     * @param typedId the aggregate's id, unique within its organization
     * @param version the aggregate's version
     * @param withVersion a copy at another version
     * @param indexKeys the keys the aggregate is found by in {@link #query} (equal keys of different
     *     meanings must not be equal objects: typed ids and enums are safe)
     */
    Table(
            Store store,
            Function<A, OrganizationId> tenant,
            Function<A, ? extends TypedId> typedId,
            ToLongFunction<A> version,
            BiFunction<A, Long, A> withVersion,
            Function<A, Collection<?>> indexKeys) {
        this.store = store;
        this.tenant = tenant;
        this.typedId = typedId;
        this.version = version;
        this.withVersion = withVersion;
        this.indexKeys = indexKeys;
        store.register(this);
    }

    /** One organization's committed aggregates, by id and by index key, each in id order. */
    private static final class Partition<A> {
        final TreeMap<UUID, A> byId = new TreeMap<>(Ids.ORDER);
        final Map<Object, TreeMap<UUID, A>> byKey = new HashMap<>();
    }

    /** A transaction's write of one aggregate: the latest state and what it was based on. */
    private static final class Write<A> {
        A state;
        final boolean baseStored;
        final long baseVersion;

        Write(A state, boolean baseStored, long baseVersion) {
            this.state = state;
            this.baseStored = baseStored;
            this.baseVersion = baseVersion;
        }
    }

    /** A transaction's writes to this table, by organization, in id order. */
    private static final class Writes<A> {
        final Map<OrganizationId, TreeMap<UUID, Write<A>>> byOrganization = new HashMap<>();

        NavigableMap<UUID, Write<A>> of(OrganizationId organizationId) {
            NavigableMap<UUID, Write<A>> writes = byOrganization.get(organizationId);
            return writes != null ? writes : emptyWrites();
        }
    }

    @SuppressWarnings("rawtypes")
    private static final NavigableMap EMPTY_WRITES = Collections.unmodifiableNavigableMap(new TreeMap<>(Ids.ORDER));

    Optional<A> find(OrganizationId organizationId, UUID id) {
        Transaction transaction = store.transaction();
        if (transaction != null) {
            Writes<A> writes = transaction.writesOrNull(this);
            Write<A> pending = writes == null ? null : writes.of(organizationId).get(id);
            if (pending != null) {
                return Optional.of(pending.state);
            }
        }
        return Optional.ofNullable(store.read(() -> committed(organizationId, id)));
    }

    /**
     * Saves under the given organization, refusing an aggregate of another one (a host bug, not a
     * conflict), then as {@link #save(Object)}.
     */
    A saveUnder(OrganizationId organizationId, A aggregate, String kind) {
        if (!tenant.apply(aggregate).equals(organizationId)) {
            throw new IllegalArgumentException(kind + " " + typedId.apply(aggregate) + " belongs to organization "
                    + tenant.apply(aggregate) + ", so it cannot be saved under organization " + organizationId);
        }
        return store.guard(() -> save(aggregate));
    }

    A save(A aggregate) {
        OrganizationId organizationId = tenant.apply(aggregate);
        TypedId typed = typedId.apply(aggregate);
        UUID id = typed.value();
        long saving = version.applyAsLong(aggregate); // never negative: the aggregates check it
        Transaction transaction = store.transaction();
        if (transaction == null) {
            return store.write(() -> {
                A current = committed(organizationId, id);
                A saved = next(aggregate, typed, saving, current);
                put(organizationId, id, current, saved);
                return saved;
            });
        }
        Writes<A> writes = transaction.writes(this, Writes::new);
        Write<A> pending = writes.of(organizationId).get(id);
        A current = pending != null ? pending.state : store.read(() -> committed(organizationId, id));
        A saved = next(aggregate, typed, saving, current);
        if (pending != null) {
            pending.state = saved;
        } else {
            writes.byOrganization
                    .computeIfAbsent(organizationId, o -> new TreeMap<>(Ids.ORDER))
                    .put(id, new Write<>(saved, current != null, current == null ? 0 : version.applyAsLong(current)));
        }
        return saved;
    }

    /**
     * Returns a page of the organization's aggregates in id order: all of them when {@code key} is
     * null, else those whose index keys contain it. In a transaction its own writes replace the
     * committed state they were based on.
     */
    Page<A> query(OrganizationId organizationId, Object key, PageRequest request) {
        UUID after = request.cursor().map(Ids::positionOf).orElse(null);
        Transaction transaction = store.transaction();
        Writes<A> writes = transaction == null ? null : transaction.writesOrNull(this);
        NavigableMap<UUID, Write<A>> pending = writes == null ? emptyWrites() : writes.of(organizationId);
        NavigableMap<UUID, Write<A>> pendingAfter = after == null ? pending : pending.tailMap(after, false);
        int wanted = request.size() + 1; // one more than the page, to know whether more follow
        List<A> found = store.read(() -> {
            Partition<A> partition = committed.get(organizationId);
            NavigableMap<UUID, A> source = partition == null
                    ? Collections.emptyNavigableMap()
                    : key == null ? partition.byId : partition.byKey.getOrDefault(key, emptyCommitted());
            NavigableMap<UUID, A> sourceAfter = after == null ? source : source.tailMap(after, false);
            return merge(sourceAfter, pending, pendingAfter, key, wanted);
        });
        if (found.size() < wanted) {
            return Page.last(found);
        }
        List<A> items = found.subList(0, request.size());
        UUID last = typedId.apply(items.get(items.size() - 1)).value();
        return Page.of(items, Optional.of(Ids.cursorAfter(last)));
    }

    /** Merges committed aggregates not overwritten by the transaction with its matching writes. */
    private List<A> merge(
            NavigableMap<UUID, A> committedAfter,
            NavigableMap<UUID, Write<A>> pending,
            NavigableMap<UUID, Write<A>> pendingAfter,
            Object key,
            int wanted) {
        List<A> found = new ArrayList<>(Math.min(wanted, 64));
        Iterator<Map.Entry<UUID, A>> fromCommitted = committedAfter.entrySet().iterator();
        Iterator<Map.Entry<UUID, Write<A>>> fromPending =
                pendingAfter.entrySet().iterator();
        Map.Entry<UUID, A> nextCommitted = nextCommitted(fromCommitted, pending);
        Map.Entry<UUID, Write<A>> nextPending = nextPending(fromPending, key);
        while (found.size() < wanted && (nextCommitted != null || nextPending != null)) {
            if (nextPending == null
                    || (nextCommitted != null && Ids.ORDER.compare(nextCommitted.getKey(), nextPending.getKey()) < 0)) {
                found.add(nextCommitted.getValue());
                nextCommitted = nextCommitted(fromCommitted, pending);
            } else {
                found.add(nextPending.getValue().state);
                nextPending = nextPending(fromPending, key);
            }
        }
        return found;
    }

    private static <A> Map.Entry<UUID, A> nextCommitted(
            Iterator<Map.Entry<UUID, A>> entries, NavigableMap<UUID, ?> overwritten) {
        while (entries.hasNext()) {
            Map.Entry<UUID, A> entry = entries.next();
            if (!overwritten.containsKey(entry.getKey())) {
                return entry;
            }
        }
        return null;
    }

    private Map.Entry<UUID, Write<A>> nextPending(Iterator<Map.Entry<UUID, Write<A>>> entries, Object key) {
        while (entries.hasNext()) {
            Map.Entry<UUID, Write<A>> entry = entries.next();
            if (key == null || indexKeys.apply(entry.getValue().state).contains(key)) {
                return entry;
            }
        }
        return null;
    }

    /** Throws when a write of the transaction no longer matches the committed data; under the write lock. */
    void checkCommit(Transaction transaction) {
        Writes<A> writes = transaction.writesOrNull(this);
        if (writes == null) {
            return;
        }
        writes.byOrganization.forEach((organizationId, byId) -> byId.forEach((id, write) -> {
            A current = committed(organizationId, id);
            if (!write.baseStored && current != null) {
                throw new DuplicateKeyException(typedId.apply(write.state));
            }
            long stored = current == null ? 0 : version.applyAsLong(current);
            if (write.baseStored && (current == null || stored != write.baseVersion)) {
                throw new ConcurrentUpdateException(typedId.apply(write.state), write.baseVersion, stored);
            }
        }));
    }

    /** Applies the transaction's writes; under the write lock, after every table's check passed. */
    void applyCommit(Transaction transaction) {
        Writes<A> writes = transaction.writesOrNull(this);
        if (writes == null) {
            return;
        }
        writes.byOrganization.forEach((organizationId, byId) ->
                byId.forEach((id, write) -> put(organizationId, id, committed(organizationId, id), write.state)));
    }

    private A next(A aggregate, TypedId id, long saving, A current) {
        long stored = current == null ? 0 : version.applyAsLong(current);
        if (saving == 0 && current != null) {
            throw new DuplicateKeyException(id);
        }
        if (saving != stored) {
            throw new ConcurrentUpdateException(id, saving, stored);
        }
        return withVersion.apply(aggregate, saving + 1);
    }

    /** Returns the committed aggregate, or null; under a lock. */
    private A committed(OrganizationId organizationId, UUID id) {
        Partition<A> partition = committed.get(organizationId);
        return partition == null ? null : partition.byId.get(id);
    }

    /** Replaces the committed aggregate and its index entries; under the write lock. */
    private void put(OrganizationId organizationId, UUID id, A previous, A state) {
        Partition<A> partition = committed.computeIfAbsent(organizationId, o -> new Partition<>());
        partition.byId.put(id, state);
        if (previous != null) {
            for (Object key : indexKeys.apply(previous)) {
                TreeMap<UUID, A> entries = partition.byKey.get(key);
                entries.remove(id);
                if (entries.isEmpty()) {
                    partition.byKey.remove(key);
                }
            }
        }
        for (Object key : indexKeys.apply(state)) {
            partition.byKey.computeIfAbsent(key, k -> new TreeMap<>(Ids.ORDER)).put(id, state);
        }
    }

    @SuppressWarnings("unchecked")
    private static <A> NavigableMap<UUID, Write<A>> emptyWrites() {
        return EMPTY_WRITES;
    }

    private static <A> TreeMap<UUID, A> emptyCommitted() {
        return new TreeMap<>(Ids.ORDER);
    }
}
