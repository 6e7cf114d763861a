package org.learningmentor.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.person.Person;
import org.learningmentor.persistence.EventOutbox;
import org.learningmentor.persistence.PageRequest;
import org.learningmentor.testkit.sample.SampleData;
import org.learningmentor.testkit.sample.SampleOrganization;

/**
 * The schema scripts: applied by the SDK on an empty database, idempotent on a migrated one, in a
 * schema and with a prefix of the host's choice, beside the host's own tables, or by the host's own
 * tool; and a schema at another version is refused, never altered, when the SDK is not asked to
 * migrate.
 */
class SchemaMigrationTest {

    private static final AtomicInteger NAMES = new AtomicInteger();

    /** A new, empty database of the dialect. */
    private static DataSource emptyDatabase(Dialect dialect) {
        if (dialect == Dialect.H2) {
            return Databases.H2.fresh("empty");
        }
        String name = "empty_" + NAMES.incrementAndGet() + "_" + System.nanoTime();
        Databases.execute(Databases.Postgres.dataSource(), "CREATE DATABASE " + name);
        return Databases.Postgres.server().getDatabase("postgres", name);
    }

    private static JdbcPersistence.Builder builder(DataSource dataSource, Dialect dialect) {
        return JdbcPersistence.builder().dataSource(dataSource).dialect(dialect);
    }

    private static long count(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Saves an organization and a person, pages, and round-trips the outbox: the tables work. */
    private static void assertWorks(JdbcPersistence persistence, long seed) {
        SampleOrganization agency = SampleData.organization(seed, 12);
        Organization organization = persistence.organizations().save(agency.organization());
        Person person =
                persistence.people().save(organization.id(), agency.people().get(0));
        assertThat(persistence.organizations().find(organization.id())).contains(organization);
        assertThat(persistence
                        .people()
                        .findByRole(organization.id(), person.roles().iterator().next(), PageRequest.first(50))
                        .items())
                .contains(person);
        persistence.outbox().append(organization.id(), List.of());
        assertThat(persistence.outbox().undelivered(EventOutbox.MAX_LIMIT)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void migrateOnAnEmptyDatabaseCreatesEveryTableAtTheSdksVersion(Dialect dialect) {
        DataSource empty = emptyDatabase(dialect);

        JdbcPersistence persistence = builder(empty, dialect).migrate(true).build();

        assertThat(count(empty, "SELECT version FROM lm_schema_version")).isEqualTo(JdbcPersistence.schemaVersion());
        assertWorks(persistence, 1);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void migrateOnAMigratedDatabaseChangesNothingAndKeepsTheData(Dialect dialect) {
        DataSource empty = emptyDatabase(dialect);
        JdbcPersistence first = builder(empty, dialect).migrate(true).build();
        Organization stored =
                first.organizations().save(SampleData.organization(2, 12).organization());

        JdbcPersistence again = builder(empty, dialect).migrate(true).build();
        JdbcPersistence third = builder(empty, dialect).migrate(true).build();

        assertThat(again.organizations().find(stored.id())).contains(stored);
        assertThat(third.organizations().find(stored.id())).contains(stored);
        assertThat(count(empty, "SELECT COUNT(*) FROM \"lm_schema_history\" WHERE \"success\" AND \"version\" = '1'"))
                .isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void withoutMigrateAnEmptyDatabaseIsRefusedWithWhatToDo(Dialect dialect) {
        DataSource empty = emptyDatabase(dialect);

        assertThatThrownBy(() -> builder(empty, dialect).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("schema version 0 (missing)")
                .hasMessageContaining("db/migration/" + dialect.name().toLowerCase(Locale.ROOT))
                .hasMessageContaining("migrate(true)");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aSchemaAtALaterVersionIsRefusedAndNotAltered(Dialect dialect) {
        DataSource empty = emptyDatabase(dialect);
        builder(empty, dialect).migrate(true).build();
        Databases.execute(empty, "UPDATE lm_schema_version SET version = 99");

        assertThatThrownBy(() -> builder(empty, dialect).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("schema version 99");
        assertThat(count(empty, "SELECT version FROM lm_schema_version")).isEqualTo(99);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theSchemaAndPrefixOfTheHostsChoiceAreUsedBesideTheHostsOwnTables(Dialect dialect) {
        DataSource empty = emptyDatabase(dialect);
        Databases.execute(empty, "CREATE SCHEMA mentoring");
        Databases.execute(empty, "CREATE TABLE mentoring.host_things (id integer PRIMARY KEY)");

        JdbcPersistence persistence = builder(empty, dialect)
                .schema("mentoring")
                .tablePrefix("mx_")
                .migrate(true)
                .build();
        JdbcPersistence withoutMigrating =
                builder(empty, dialect).schema("mentoring").tablePrefix("mx_").build();

        assertWorks(persistence, 3);
        assertWorks(withoutMigrating, 4);
        assertThat(count(empty, "SELECT COUNT(*) FROM mentoring.mx_organizations"))
                .isEqualTo(2);
        assertThat(count(empty, "SELECT COUNT(*) FROM mentoring.host_things")).isZero();
        assertThatThrownBy(() -> builder(empty, dialect).build()).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aHostsOwnMigrationToolCanApplyTheSameScripts(Dialect dialect) throws IOException {
        DataSource empty = emptyDatabase(dialect);

        // What a host's tool does with the files: run their statements, script after script in version order.
        for (String name : SCRIPTS) {
            String script = script(dialect, name).replace("${prefix}", "lm_");
            Stream.of(withoutComments(script).split(";"))
                    .filter(statement -> !statement.isBlank())
                    .forEach(statement -> Databases.execute(empty, statement));
        }

        assertWorks(builder(empty, dialect).build(), 5);
    }

    /** The SDK's scripts in version order; the last one's number is the SDK's schema version. */
    private static final List<String> SCRIPTS =
            List.of("V1__documents_and_outbox.sql", "V2__pairs_plans_surveys_evaluations.sql");

    @Test
    void theLastScriptIsAtTheSdksSchemaVersion() {
        assertThat(SCRIPTS.get(SCRIPTS.size() - 1)).startsWith("V" + JdbcPersistence.schemaVersion() + "__");
    }

    private static String script(Dialect dialect, String name) throws IOException {
        String path = "/db/migration/" + dialect.name().toLowerCase(Locale.ROOT) + "/" + name;
        try (InputStream in = SchemaMigrationTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String withoutComments(String sql) {
        return sql.lines().filter(line -> !line.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b);
    }
}
