package org.learningmentor.persistence.jdbc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.learningmentor.persistence.EvaluationRepository;
import org.learningmentor.persistence.EventOutbox;
import org.learningmentor.persistence.OrganizationRepository;
import org.learningmentor.persistence.PairRepository;
import org.learningmentor.persistence.Persistence;
import org.learningmentor.persistence.PersonRepository;
import org.learningmentor.persistence.PlanRepository;
import org.learningmentor.persistence.ProgramRepository;
import org.learningmentor.persistence.ResponseRepository;
import org.learningmentor.persistence.SurveyRepository;
import org.learningmentor.persistence.TransactionRunner;

/**
 * A store of the domain model in a SQL database over a host's {@link DataSource}: PostgreSQL in
 * production, H2 embedded. Each aggregate is a JSON document ({@code jsonb} on PostgreSQL) with the
 * columns its queries need, keyed by {@code (organization_id, id)}.
 *
 * <pre>{@code
 * Persistence persistence = JdbcPersistence.builder()
 *         .dataSource(hikariDataSource)        // the host's pool; the SDK closes nothing
 *         .dialect(Dialect.POSTGRESQL)
 *         .schema("mentoring")                 // optional: the connection's schema otherwise
 *         .tablePrefix("lm_")                  // the default
 *         .migrate(true)                       // apply the SDK's scripts; false: only check them
 *         .statementTimeout(Duration.ofSeconds(10))
 *         .build();
 * }</pre>
 *
 * <p>It honours the whole {@linkplain org.learningmentor.persistence persistence SPI} contract: a
 * unit of work of {@link #transactions()} holds one connection bound to its thread; saves use
 * optimistic versioning ({@code UPDATE … WHERE id = ? AND version = ?}); a unique-key violation is a
 * {@link org.learningmentor.persistence.DuplicateKeyException}; every other {@link
 * java.sql.SQLException} is wrapped in a {@link org.learningmentor.persistence.PersistenceException}
 * with it as the cause. Only prepared statements are used. Instances are thread-safe.
 */
public final class JdbcPersistence implements Persistence {

    private static final Pattern SCHEMA = Pattern.compile("[a-z][a-z0-9_]{0,29}");
    private static final Pattern PREFIX = Pattern.compile("([a-z][a-z0-9_]{0,19})?");

    private final Dialect dialect;
    private final Tables tables;
    private final Database database;
    private final OrganizationRepository organizations;
    private final PersonRepository people;
    private final ProgramRepository programs;
    private final PairRepository pairs;
    private final PlanRepository plans;
    private final SurveyRepository surveys;
    private final ResponseRepository responses;
    private final EvaluationRepository evaluations;
    private final EventOutbox outbox;

    private JdbcPersistence(Builder builder) {
        this.dialect = builder.dialect;
        this.tables = new Tables(builder.schema, builder.tablePrefix);
        this.database = new Database(builder.dataSource, builder.dialect, builder.timeoutSeconds());
        if (builder.migrate) {
            Migrations.migrate(builder.dataSource, dialect, tables);
        }
        Migrations.check(database, tables);
        this.organizations = new JdbcOrganizationRepository(database, tables);
        this.people = new JdbcPersonRepository(database, tables);
        this.programs = new JdbcProgramRepository(database, tables);
        this.pairs = new JdbcPairRepository(database, tables);
        this.plans = new JdbcPlanRepository(database, tables);
        this.surveys = new JdbcSurveyRepository(database, tables);
        this.responses = new JdbcResponseRepository(database, tables);
        this.evaluations = new JdbcEvaluationRepository(database, tables);
        this.outbox = new JdbcOutbox(database, tables);
    }

    /**
     * Returns a builder; {@link Builder#dataSource} and {@link Builder#dialect} are required.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The schema version this SDK needs: the number of its newest migration script.
     *
     * @return the version, positive
     */
    public static int schemaVersion() {
        return Migrations.SCHEMA_VERSION;
    }

    @Override
    public OrganizationRepository organizations() {
        return organizations;
    }

    @Override
    public PersonRepository people() {
        return people;
    }

    @Override
    public ProgramRepository programs() {
        return programs;
    }

    @Override
    public PairRepository pairs() {
        return pairs;
    }

    @Override
    public PlanRepository plans() {
        return plans;
    }

    @Override
    public SurveyRepository surveys() {
        return surveys;
    }

    @Override
    public ResponseRepository responses() {
        return responses;
    }

    @Override
    public EvaluationRepository evaluations() {
        return evaluations;
    }

    @Override
    public TransactionRunner transactions() {
        return database;
    }

    @Override
    public EventOutbox outbox() {
        return outbox;
    }

    @Override
    public String toString() {
        return "JdbcPersistence[" + dialect + ", " + tables.name("*") + "]";
    }

    /** Configures a {@link JdbcPersistence}; not thread-safe, use one per build. */
    public static final class Builder {
        private DataSource dataSource;
        private Dialect dialect;
        private String schema;
        private String tablePrefix = "lm_";
        private boolean migrate;
        private Duration statementTimeout;

        private Builder() {}

        /**
         * Sets where connections come from, typically the host's pool (HikariCP or another). The
         * persistence never closes it. Required.
         *
         * @param dataSource the data source, not null
         * @return this builder
         */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            return this;
        }

        /**
         * Sets the database. Required.
         *
         * @param dialect the dialect, not null
         * @return this builder
         */
        public Builder dialect(Dialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /**
         * Sets the schema of the tables; by default, the connection's current schema.
         *
         * @param schema a lower-case identifier ({@code [a-z][a-z0-9_]*}, at most 30 characters), not
         *     null
         * @return this builder
         */
        public Builder schema(String schema) {
            this.schema = Objects.requireNonNull(schema, "schema");
            return this;
        }

        /**
         * Sets the prefix of every table name, {@code "lm_"} by default.
         *
         * @param tablePrefix empty, or a lower-case identifier of at most 20 characters, not null
         * @return this builder
         */
        public Builder tablePrefix(String tablePrefix) {
            this.tablePrefix = Objects.requireNonNull(tablePrefix, "tablePrefix");
            return this;
        }

        /**
         * Sets whether {@link #build()} applies the SDK's migration scripts that the database lacks
         * (with Flyway). Off by default: the SDK then only checks that the schema is at its version,
         * and fails when it is not, so a host that runs the scripts with its own tool keeps control.
         *
         * @param migrate whether to migrate
         * @return this builder
         */
        public Builder migrate(boolean migrate) {
            this.migrate = migrate;
            return this;
        }

        /**
         * Sets the longest a statement may run ({@link java.sql.Statement#setQueryTimeout}, whole
         * seconds, rounded up); a statement over it fails with a {@link
         * org.learningmentor.persistence.PersistenceException}. None by default.
         *
         * @param statementTimeout at least one second, not null
         * @return this builder
         */
        public Builder statementTimeout(Duration statementTimeout) {
            this.statementTimeout = Objects.requireNonNull(statementTimeout, "statementTimeout");
            return this;
        }

        private int timeoutSeconds() {
            if (statementTimeout == null) {
                return 0;
            }
            long seconds = statementTimeout.getSeconds() + (statementTimeout.getNano() > 0 ? 1 : 0);
            return (int) Math.min(Integer.MAX_VALUE, seconds);
        }

        /**
         * Builds the persistence: migrates the schema when asked, then checks its version.
         *
         * @return the persistence, never null
         * @throws IllegalArgumentException listing every missing or invalid setting
         * @throws IllegalStateException when the schema is not at the version this SDK needs
         * @throws org.learningmentor.persistence.PersistenceException when the database cannot be
         *     reached or migrated
         */
        public JdbcPersistence build() {
            List<String> problems = new ArrayList<>();
            if (dataSource == null) {
                problems.add("dataSource is missing: pass the host's DataSource (a connection pool)");
            }
            if (dialect == null) {
                problems.add("dialect is missing: Dialect.POSTGRESQL or Dialect.H2");
            }
            if (schema != null && !SCHEMA.matcher(schema).matches()) {
                problems.add("schema \"" + shorten(schema) + "\" is not a lower-case identifier [a-z][a-z0-9_]* of at"
                        + " most 30 characters");
            }
            if (!PREFIX.matcher(tablePrefix).matches()) {
                problems.add("tablePrefix \"" + shorten(tablePrefix) + "\" is neither empty nor a lower-case identifier"
                        + " [a-z][a-z0-9_]* of at most 20 characters");
            }
            if (statementTimeout != null
                    && (statementTimeout.isNegative() || statementTimeout.compareTo(Duration.ofSeconds(1)) < 0)) {
                problems.add("statementTimeout " + statementTimeout + " is under one second");
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("JdbcPersistence cannot be built: " + String.join("; ", problems));
            }
            return new JdbcPersistence(this);
        }

        private static String shorten(String value) {
            return value.length() <= 64 ? value : value.substring(0, 64) + "…";
        }
    }
}
