package org.learningmentor.persistence.jdbc;

import java.util.Locale;

/**
 * The SQL database a {@link JdbcPersistence} talks to, chosen explicitly by the host: the schema
 * scripts, the JSON column type and how the outbox serialises its appends differ between them.
 *
 * <ul>
 *   <li>{@link #POSTGRESQL}: PostgreSQL 13 or later (tested on 17); documents in {@code jsonb};
 *       outbox appends serialised with {@code pg_advisory_xact_lock}.
 *   <li>{@link #H2}: H2 2.x, in memory or on file, for examples, quick starts and tests; documents
 *       in {@code JSON}; outbox appends serialised by locking one row.
 * </ul>
 */
public enum Dialect {
    /** PostgreSQL, the production database. */
    POSTGRESQL("postgresql", "CAST(? AS jsonb)"),
    /** H2 2.x, the embedded default. */
    H2("h2", "? FORMAT JSON");

    private final String scripts;
    private final String jsonParameter;

    Dialect(String scripts, String jsonParameter) {
        this.scripts = scripts;
        this.jsonParameter = jsonParameter;
    }

    /** The class path folder of this dialect's migration scripts. */
    String migrationLocation() {
        return "classpath:db/migration/" + scripts;
    }

    /** The SQL placeholder of a JSON document bound with {@code setString}. */
    String jsonParameter() {
        return jsonParameter;
    }

    /** The schema name as the database stores an unquoted identifier. */
    String storedIdentifier(String identifier) {
        return this == H2 ? identifier.toUpperCase(Locale.ROOT) : identifier;
    }
}
