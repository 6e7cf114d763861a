package org.learningmentor.persistence.jdbc;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.TypedId;
import org.learningmentor.persistence.ConcurrentUpdateException;
import org.learningmentor.persistence.DuplicateKeyException;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;
import org.learningmentor.persistence.PersistenceException;

/**
 * One aggregate's table: the aggregate as a JSON document keyed by {@code (organization_id, id)},
 * with its version and the columns its queries filter on, and optionally a table of keys for a
 * query by one of many values (a person's roles). Every aggregate repository is a thin class over
 * one of these; its SQL is built once, from the table names, when the repository is made.
 *
 * <p>Saving follows the SPI's optimistic versioning:
 *
 * <ol>
 *   <li>version 0: {@code INSERT} at version 1; a unique-key violation is a {@link
 *       DuplicateKeyException};
 *   <li>version v above 0: {@code UPDATE … SET version = v + 1 … WHERE organization_id = ? AND id =
 *       ? AND version = v}; no row updated is a {@link ConcurrentUpdateException} naming the stored
 *       version, read back (0 when none is stored);
 *   <li>then the key table's rows of the aggregate are replaced, in the same transaction.
 * </ol>
 *
 * <p>Inside a unit of work, the {@code INSERT}s of new aggregates of a table without a key table are
 * held back and sent as one JDBC batch (see {@link Database}): before the unit of work's next
 * statement, before its commit, and whenever {@value #BATCH_ROWS} rows or {@value #BATCH_CHARS}
 * characters of JSON are held. A new aggregate saved twice while the first is held back is refused
 * at once; an id stored already (by another transaction, or by an earlier batch of the same unit of
 * work) is reported as a {@link DuplicateKeyException} naming it when the batch is sent.
 *
 * <p>Pages are read by keyset, {@code id > cursor ORDER BY id LIMIT size + 1}.
 *
 * @param <A> the aggregate type
 */
final class DocumentTable<A> {

    /** A column a query filters on, with its value taken from the aggregate (a UUID or a string). */
    record Column<A>(String name, Function<A, Object> value) {}

    /**
     * A table of the keys an aggregate is found by when it has several (a person's roles): rows of
     * {@code (organization_id, key, owner)}.
     */
    record KeyTable<A>(String table, String keyColumn, String ownerColumn, Function<A, Collection<String>> keys) {}

    /** What a table of one aggregate needs to know. */
    record Spec<A>(
            String table,
            Class<A> type,
            Function<A, OrganizationId> tenant,
            Function<A, ? extends TypedId> id,
            ToLongFunction<A> version,
            BiFunction<A, Long, A> withVersion,
            List<Column<A>> columns,
            Optional<KeyTable<A>> keyTable) {}

    /** The most inserts held back in one batch (the benchmark baseline's batch size). */
    static final int BATCH_ROWS = 1_000;

    /** The most JSON characters held back in one batch, so that large documents are sent sooner. */
    static final int BATCH_CHARS = 4_000_000;

    private final Database database;
    private final Spec<A> spec;
    private final Json.Codec<A> json;

    private final String findSql;
    private final String versionSql;
    private final String insertSql;
    private final String updateSql;
    private final String deleteKeysSql;
    private final String insertKeySql;

    DocumentTable(Database database, Spec<A> spec) {
        this.database = database;
        this.spec = spec;
        this.json = Json.of(spec.type());
        String table = spec.table();
        String columns = spec.columns().stream().map(c -> ", " + c.name()).collect(Collectors.joining());
        String columnParameters = ", ?".repeat(spec.columns().size());
        String columnUpdates =
                spec.columns().stream().map(c -> ", " + c.name() + " = ?").collect(Collectors.joining());
        String jsonParameter = database.dialect().jsonParameter();
        this.findSql = "SELECT body FROM " + table + " WHERE organization_id = ? AND id = ?";
        this.versionSql = "SELECT version FROM " + table + " WHERE organization_id = ? AND id = ?";
        this.insertSql = "INSERT INTO " + table + " (organization_id, id, version" + columns + ", body) VALUES (?, ?, ?"
                + columnParameters + ", " + jsonParameter + ")";
        this.updateSql = "UPDATE " + table + " SET version = ?" + columnUpdates + ", body = " + jsonParameter
                + " WHERE organization_id = ? AND id = ? AND version = ?";
        this.deleteKeysSql = spec.keyTable()
                .map(k -> "DELETE FROM " + k.table() + " WHERE organization_id = ? AND " + k.ownerColumn() + " = ?")
                .orElse(null);
        this.insertKeySql = spec.keyTable()
                .map(k -> "INSERT INTO " + k.table() + " (organization_id, " + k.keyColumn() + ", " + k.ownerColumn()
                        + ") VALUES (?, ?, ?)")
                .orElse(null);
    }

    /** Names an aggregate in messages by its id, as the SPI's exceptions do: "Person 3f2a…". */
    static String describe(TypedId id) {
        String type = id.getClass().getSimpleName();
        return (type.endsWith("Id") ? type.substring(0, type.length() - 2) : type) + " " + id;
    }

    Optional<A> find(OrganizationId organizationId, TypedId id) {
        String what = describe(id);
        return database.read(
                "Finding " + what,
                connection -> database.statement(connection, findSql, statement -> {
                    statement.setObject(1, organizationId.value());
                    statement.setObject(2, id.value());
                    try (ResultSet rows = statement.executeQuery()) {
                        return rows.next() ? Optional.of(json.read(rows.getString(1), what)) : Optional.empty();
                    }
                }));
    }

    /**
     * Refuses an aggregate of another organization (a host's bug, not a conflict) before anything
     * is done, then saves it.
     */
    A saveUnder(OrganizationId organizationId, A aggregate, String kind) {
        OrganizationId tenant = spec.tenant().apply(aggregate);
        if (!tenant.equals(organizationId)) {
            throw new IllegalArgumentException(kind + " " + spec.id().apply(aggregate) + " belongs to organization "
                    + tenant + ", so it cannot be saved under organization " + organizationId);
        }
        return save(aggregate);
    }

    A save(A aggregate) {
        OrganizationId organizationId = spec.tenant().apply(aggregate);
        TypedId id = spec.id().apply(aggregate);
        long saving = spec.version().applyAsLong(aggregate);
        A saved = spec.withVersion().apply(aggregate, saving + 1);
        String what = describe(id);
        String body = json.write(saved, what);
        if (saving == 0
                && spec.keyTable().isEmpty()
                && database.batch("Saving " + what, this, Inserts::new, inserts -> {
                    inserts.add(organizationId, id, saved, body);
                    return null;
                })) {
            return saved;
        }
        Database.SqlWork<A> work = connection -> {
            if (saving == 0) {
                insert(connection, organizationId, id, saved, body);
            } else {
                update(connection, organizationId, id, saving, saved, body);
            }
            replaceKeys(connection, organizationId, id, saving, saved);
            return saved;
        };
        return spec.keyTable().isPresent()
                ? database.write("Saving " + what, work)
                : database.writeOne("Saving " + what, work);
    }

    private void insert(Connection connection, OrganizationId organizationId, TypedId id, A saved, String body)
            throws SQLException {
        try (PreparedStatement statement = database.prepare(connection, insertSql)) {
            int i = 1;
            statement.setObject(i++, organizationId.value());
            statement.setObject(i++, id.value());
            statement.setLong(i++, 1);
            for (Column<A> column : spec.columns()) {
                statement.setObject(i++, column.value().apply(saved));
            }
            statement.setString(i, body);
            statement.executeUpdate();
        } catch (SQLException e) {
            if (SqlErrors.isUniqueViolation(e) || SqlErrors.isConcurrentUpdate(e)) {
                throw new DuplicateKeyException(id, e);
            }
            throw e;
        }
    }

    /** The key PostgreSQL's detail of a unique violation names, lower-cased. */
    private static final Pattern POSTGRES_TAKEN_KEY =
            Pattern.compile("\\(organization_id, id\\)=\\(([0-9a-f-]{36}), ([0-9a-f-]{36})\\)");

    /** A tenant and an id: the table's key. */
    private record Key(UUID organizationId, UUID id) {}

    /** The inserts of new aggregates a unit of work holds back, as one batch of one statement. */
    private final class Inserts implements Database.Batch {
        private final Connection connection;
        private final Set<Key> heldKeySet = new HashSet<>();
        private final List<TypedId> held = new ArrayList<>();
        private final List<Key> heldKeys = new ArrayList<>();
        private PreparedStatement statement;
        private long heldChars;

        Inserts(Connection connection) {
            this.connection = connection;
        }

        void add(OrganizationId organizationId, TypedId id, A saved, String body) throws SQLException {
            Key key = new Key(organizationId.value(), id.value());
            if (heldKeySet.contains(key)) {
                // Held back already by this unit of work: refused at once, as an INSERT would be.
                throw new DuplicateKeyException(id);
            }
            if (statement == null) {
                statement = database.prepare(connection, insertSql);
            }
            int i = 1;
            statement.setObject(i++, key.organizationId());
            statement.setObject(i++, key.id());
            statement.setLong(i++, 1);
            for (Column<A> column : spec.columns()) {
                statement.setObject(i++, column.value().apply(saved));
            }
            statement.setString(i, body);
            statement.addBatch();
            held.add(id);
            heldKeys.add(key);
            heldKeySet.add(key);
            heldChars += body.length();
            if (held.size() >= BATCH_ROWS || heldChars >= BATCH_CHARS) {
                flush();
            }
        }

        @Override
        public void flush() throws SQLException {
            if (held.isEmpty()) {
                return;
            }
            try {
                statement.executeBatch();
            } catch (SQLException e) {
                if (isTakenKey(e)) {
                    throw new DuplicateKeyException(takenId(e), e);
                }
                throw e;
            } finally {
                held.clear();
                heldKeys.clear();
                heldKeySet.clear();
                heldChars = 0;
            }
        }

        /** Whether the batch failed on a unique key (or H2's concurrent update of the same key). */
        private boolean isTakenKey(SQLException e) {
            for (SQLException each : chain(e)) {
                if (SqlErrors.isUniqueViolation(each) || SqlErrors.isConcurrentUpdate(each)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The id of the held row the database refused, found in this order: the only one held; the
         * key PostgreSQL's detail names ({@code Key (organization_id, id)=(…, …) already exists});
         * the first row the batch's update counts mark as failed (a driver that goes on after a
         * failed row, as H2 does); the only held row whose organization and id the messages name.
         * A driver's message may quote every row of a batch (PostgreSQL's, with {@code
         * reWriteBatchedInserts}), so a row that is merely named is not enough when several are.
         */
        private TypedId takenId(SQLException e) {
            if (held.size() == 1) {
                return held.get(0);
            }
            StringBuilder messages = new StringBuilder();
            for (SQLException each : chain(e)) {
                messages.append(each.getMessage()).append('\n');
            }
            String text = messages.toString().toLowerCase(Locale.ROOT);
            Matcher detail = POSTGRES_TAKEN_KEY.matcher(text);
            while (detail.find()) {
                Key key = new Key(UUID.fromString(detail.group(1)), UUID.fromString(detail.group(2)));
                int at = heldKeys.indexOf(key);
                if (at >= 0) {
                    return held.get(at);
                }
            }
            if (e instanceof BatchUpdateException batch && batch.getUpdateCounts().length == held.size()) {
                int[] counts = batch.getUpdateCounts();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == Statement.EXECUTE_FAILED) {
                        return held.get(i);
                    }
                }
            }
            TypedId named = null;
            for (int i = 0; i < held.size(); i++) {
                Key key = heldKeys.get(i);
                if (text.contains(key.organizationId().toString())
                        && text.contains(key.id().toString())) {
                    if (named != null) {
                        named = null;
                        break;
                    }
                    named = held.get(i);
                }
            }
            if (named != null) {
                return named;
            }
            throw new PersistenceException(
                    "Saving " + held.size() + " new aggregates into " + spec.table()
                            + " failed: one of their ids is stored already, and the database did not say which",
                    e);
        }

        @Override
        public void close() {
            held.clear();
            heldKeys.clear();
            heldKeySet.clear();
            if (statement != null) {
                try {
                    statement.close();
                } catch (SQLException | RuntimeException e) {
                    // The connection may be gone; nothing is held any more.
                }
                statement = null;
            }
        }
    }

    /** The exception and the ones chained to it ({@link SQLException#getNextException()}, causes). */
    private static List<SQLException> chain(SQLException e) {
        List<SQLException> chain = new ArrayList<>();
        Set<Throwable> seen = new HashSet<>();
        List<Throwable> todo = new ArrayList<>(List.of(e));
        while (!todo.isEmpty() && chain.size() < 32) {
            Throwable next = todo.remove(0);
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (next instanceof SQLException sql) {
                chain.add(sql);
                todo.add(sql.getNextException());
            }
            todo.add(next.getCause());
        }
        return chain;
    }

    private void update(
            Connection connection, OrganizationId organizationId, TypedId id, long saving, A saved, String body)
            throws SQLException {
        int updated;
        try (PreparedStatement statement = database.prepare(connection, updateSql)) {
            int i = 1;
            statement.setLong(i++, saving + 1);
            for (Column<A> column : spec.columns()) {
                statement.setObject(i++, column.value().apply(saved));
            }
            statement.setString(i++, body);
            statement.setObject(i++, organizationId.value());
            statement.setObject(i++, id.value());
            statement.setLong(i, saving);
            updated = statement.executeUpdate();
        } catch (SQLException e) {
            if (!SqlErrors.isConcurrentUpdate(e)) {
                throw e;
            }
            ConcurrentUpdateException conflict =
                    new ConcurrentUpdateException(id, saving, storedVersion(connection, organizationId, id));
            conflict.addSuppressed(e);
            throw conflict;
        }
        if (updated == 0) {
            throw new ConcurrentUpdateException(id, saving, storedVersion(connection, organizationId, id));
        }
    }

    private long storedVersion(Connection connection, OrganizationId organizationId, TypedId id) throws SQLException {
        try (PreparedStatement statement = database.prepare(connection, versionSql)) {
            statement.setObject(1, organizationId.value());
            statement.setObject(2, id.value());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    private void replaceKeys(Connection connection, OrganizationId organizationId, TypedId id, long saving, A saved)
            throws SQLException {
        if (spec.keyTable().isEmpty()) {
            return;
        }
        if (saving > 0) {
            try (PreparedStatement statement = database.prepare(connection, deleteKeysSql)) {
                statement.setObject(1, organizationId.value());
                statement.setObject(2, id.value());
                statement.executeUpdate();
            }
        }
        Collection<String> keys = spec.keyTable().get().keys().apply(saved);
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = database.prepare(connection, insertKeySql)) {
            for (String key : keys) {
                statement.setObject(1, organizationId.value());
                statement.setString(2, key);
                statement.setObject(3, id.value());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    // ---------------------------------------------------------------- queries

    /** A paged query of one organization's aggregates: its SQL and the filter value it binds. */
    final class Query {
        private final String firstSql;
        private final String afterSql;
        private final String describe;

        private Query(String select, String where, String idColumn, String describe) {
            this.firstSql = select + " WHERE " + where + " ORDER BY " + idColumn + " LIMIT ?";
            this.afterSql = select + " WHERE " + where + " AND " + idColumn + " > ? ORDER BY " + idColumn + " LIMIT ?";
            this.describe = describe;
        }

        /**
         * Returns a page of the organization's aggregates with the filter value (none for {@link
         * #all()}).
         *
         * @throws IllegalArgumentException when the cursor is malformed, before anything is read
         */
        Page<A> page(OrganizationId organizationId, Object filter, PageRequest request) {
            UUID after = request.cursor().map(Cursors::positionOf).orElse(null);
            int wanted = request.size() + 1; // one more than the page, to know whether more follow
            List<A> found = database.read("Reading " + describe, connection -> {
                try (PreparedStatement statement = database.prepare(connection, after == null ? firstSql : afterSql)) {
                    int i = 1;
                    statement.setObject(i++, organizationId.value());
                    if (filter != null) {
                        statement.setObject(i++, filter);
                    }
                    if (after != null) {
                        statement.setObject(i++, after);
                    }
                    statement.setInt(i, wanted);
                    List<A> rows = new ArrayList<>(Math.min(wanted, 64));
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            rows.add(json.read(result.getString(1), describe));
                        }
                    }
                    return rows;
                }
            });
            if (found.size() < wanted) {
                return Page.last(found);
            }
            List<A> items = found.subList(0, request.size());
            UUID last = spec.id().apply(items.get(items.size() - 1)).value();
            return Page.of(items, Optional.of(Cursors.after(last)));
        }
    }

    /** The query of every aggregate of an organization. */
    Query all() {
        return new Query("SELECT body FROM " + spec.table(), "organization_id = ?", "id", "a page of " + spec.table());
    }

    /** The query by a column of the spec. */
    Query byColumn(String column) {
        if (spec.columns().stream().noneMatch(c -> c.name().equals(column))) {
            throw new IllegalStateException("no column " + column + " in " + spec.table());
        }
        return new Query(
                "SELECT body FROM " + spec.table(),
                "organization_id = ? AND " + column + " = ?",
                "id",
                "a page of " + spec.table() + " by " + column);
    }

    /** The query by a key of the key table. */
    Query byKey() {
        KeyTable<A> keys = spec.keyTable().orElseThrow();
        String owner = "k." + keys.ownerColumn();
        return new Query(
                "SELECT d.body FROM " + keys.table() + " k JOIN " + spec.table()
                        + " d ON d.organization_id = k.organization_id AND d.id = " + owner,
                "k.organization_id = ? AND k." + keys.keyColumn() + " = ?",
                owner,
                "a page of " + spec.table() + " by " + keys.keyColumn());
    }
}
