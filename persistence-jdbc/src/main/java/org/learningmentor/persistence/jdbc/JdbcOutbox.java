package org.learningmentor.persistence.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.persistence.EventOutbox;
import org.learningmentor.persistence.OutboxEntry;

/**
 * The outbox, in {@code <prefix>outbox}: one row per event with an identity column as its sequence
 * number; delivered rows are deleted.
 *
 * <p>An identity column numbers rows when they are inserted, not when they commit, so a transaction
 * that took N and commits after the one that took N + 1 would make N visible too late. Appends are
 * therefore serialised until their commit: before its first insert a transaction takes a lock held
 * to its end ({@code pg_advisory_xact_lock} on PostgreSQL, a row lock on {@code
 * <prefix>outbox_lock} on H2), so numbers are taken in commit order. Writers that append wait for
 * each other's commits; writers that only save aggregates do not.
 */
final class JdbcOutbox implements EventOutbox {

    private static final Json.Codec<DomainEvent> EVENTS = Json.of(DomainEvent.class);

    private final Database database;
    private final String lockSql;
    private final long lockKey;
    private final String insertSql;
    private final String undeliveredSql;
    private final String deleteSql;

    JdbcOutbox(Database database, Tables tables) {
        this.database = database;
        String outbox = tables.outbox();
        if (database.dialect() == Dialect.POSTGRESQL) {
            this.lockSql = "SELECT pg_advisory_xact_lock(?)";
        } else {
            this.lockSql = "SELECT id FROM " + tables.outboxLock() + " WHERE id = 1 FOR UPDATE";
        }
        this.lockKey = lockKey(outbox);
        this.insertSql = "INSERT INTO " + outbox + " (organization_id, event_type, event) VALUES (?, ?, "
                + database.dialect().jsonParameter() + ")";
        this.undeliveredSql = "SELECT sequence, event FROM " + outbox + " ORDER BY sequence LIMIT ?";
        this.deleteSql = "DELETE FROM " + outbox + " WHERE sequence = ?";
    }

    /** A 64-bit FNV-1a hash of the outbox's name: the advisory lock of this outbox, apart from others. */
    static long lockKey(String outbox) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : ("learningmentor:" + outbox).getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    @Override
    public void append(OrganizationId organizationId, List<? extends DomainEvent> events) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(events, "events");
        for (int i = 0; i < events.size(); i++) {
            DomainEvent event = Objects.requireNonNull(events.get(i), "events contains null");
            if (!event.organizationId().equals(organizationId)) {
                throw new IllegalArgumentException("Event " + i + " (" + typeOf(event) + ") belongs to organization "
                        + event.organizationId() + ", so it cannot be appended under organization " + organizationId);
            }
        }
        if (events.isEmpty()) {
            return;
        }
        List<String> bodies = new ArrayList<>(events.size());
        for (DomainEvent event : events) {
            bodies.add(EVENTS.write(event, "an event " + typeOf(event)));
        }
        database.write("Appending " + events.size() + " events to the outbox", connection -> {
            lock(connection);
            try (PreparedStatement statement = database.prepare(connection, insertSql)) {
                for (int i = 0; i < events.size(); i++) {
                    statement.setObject(1, organizationId.value());
                    statement.setString(2, typeOf(events.get(i)));
                    statement.setString(3, bodies.get(i));
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            return null;
        });
    }

    private void lock(Connection connection) throws SQLException {
        try (PreparedStatement statement = database.prepare(connection, lockSql)) {
            if (database.dialect() == Dialect.POSTGRESQL) {
                statement.setLong(1, lockKey);
            }
            try (ResultSet ignored = statement.executeQuery()) {
                // held until the transaction ends
            }
        }
    }

    /** The event's type as the model names it ({@code UnitRenamed}), not its generated class. */
    private static String typeOf(DomainEvent event) {
        Class<?> type = event.getClass();
        if (type.getSimpleName().startsWith("Immutable")) {
            for (Class<?> implemented : type.getInterfaces()) {
                if (DomainEvent.class.isAssignableFrom(implemented)) {
                    return implemented.getSimpleName();
                }
            }
            if (type.getSuperclass() != null && DomainEvent.class.isAssignableFrom(type.getSuperclass())) {
                return type.getSuperclass().getSimpleName();
            }
        }
        return type.getSimpleName();
    }

    @Override
    public List<OutboxEntry> undelivered(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
        }
        return database.read("Reading the undelivered outbox entries", connection -> {
            try (PreparedStatement statement = database.prepare(connection, undeliveredSql)) {
                statement.setInt(1, limit);
                List<OutboxEntry> entries = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        long sequence = rows.getLong(1);
                        entries.add(
                                new OutboxEntry(sequence, EVENTS.read(rows.getString(2), "outbox entry " + sequence)));
                    }
                }
                return List.copyOf(entries);
            }
        });
    }

    @Override
    public void markDelivered(List<OutboxEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        Set<Long> sequences = new TreeSet<>();
        for (OutboxEntry entry : entries) {
            sequences.add(Objects.requireNonNull(entry, "entries contains null").sequence());
        }
        if (sequences.isEmpty()) {
            return;
        }
        database.write("Marking " + sequences.size() + " outbox entries delivered", connection -> {
            try (PreparedStatement statement = database.prepare(connection, deleteSql)) {
                for (long sequence : sequences) {
                    statement.setLong(1, sequence);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            return null;
        });
    }

    @Override
    public String toString() {
        return "JdbcOutbox";
    }
}
