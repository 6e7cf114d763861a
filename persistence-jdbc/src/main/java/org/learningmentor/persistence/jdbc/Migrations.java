package org.learningmentor.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.learningmentor.persistence.PersistenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's schema: applies the versioned scripts of {@code db/migration/<dialect>} with Flyway
 * (history in {@code <prefix>schema_history}, apart from a host's own), and checks the version the
 * scripts record in {@code <prefix>schema_version}, whichever tool ran them.
 */
final class Migrations {

    /** The schema version this SDK reads and writes: the number of its newest script. */
    static final int SCHEMA_VERSION = 2;

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {}

    /** Applies every script not applied yet; does nothing on an up-to-date schema. */
    static void migrate(DataSource dataSource, Dialect dialect, Tables tables) {
        FluentConfiguration configuration = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(dialect.migrationLocation())
                .table(tables.historyTable())
                .placeholders(Map.of("prefix", tables.prefix()))
                // A schema holding the host's own tables gets the SDK's history table at version 0.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(true);
        if (tables.schema() != null) {
            configuration.schemas(dialect.storedIdentifier(tables.schema()));
        }
        try {
            int applied = configuration.load().migrate().migrationsExecuted;
            LOG.debug("Applied {} schema migrations to {}", applied, tables.name("*"));
        } catch (FlywayException e) {
            throw new PersistenceException("Migrating the schema " + tables.name("*") + " failed", e);
        }
    }

    /**
     * Checks that the schema is at the version this SDK needs.
     *
     * @throws IllegalStateException when the tables are missing or at another version
     */
    static void check(Database database, Tables tables) {
        int found = database.read("Reading the schema version", connection -> version(connection, tables));
        if (found != SCHEMA_VERSION) {
            throw new IllegalStateException("The tables " + tables.name("*") + " are at schema version " + found
                    + (found == 0 ? " (missing)" : "") + ", but this SDK needs version " + SCHEMA_VERSION + ": "
                    + (found < SCHEMA_VERSION
                            ? "apply the scripts of db/migration/"
                                    + database.dialect().name().toLowerCase(java.util.Locale.ROOT)
                                    + " (with your migration tool, or build with migrate(true))"
                            : "use the SDK version that wrote them, or a later one")
                    + "; the SDK never alters tables on its own");
        }
    }

    private static int version(Connection connection, Tables tables) throws SQLException {
        // Whether the table exists, asked without a failing statement (which would spoil a transaction).
        String schema = tables.schema() == null ? connection.getSchema() : tables.schema();
        String table = tables.prefix() + "schema_version";
        boolean exists = false;
        for (String name : new String[] {table, table.toUpperCase(java.util.Locale.ROOT)}) {
            for (String inSchema :
                    new String[] {schema, schema == null ? null : schema.toUpperCase(java.util.Locale.ROOT)}) {
                try (ResultSet rows = connection.getMetaData().getTables(null, inSchema, name, null)) {
                    exists |= rows.next();
                }
            }
        }
        if (!exists) {
            return 0;
        }
        try (PreparedStatement statement =
                        connection.prepareStatement("SELECT version FROM " + tables.schemaVersion() + " WHERE id = 1");
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}
