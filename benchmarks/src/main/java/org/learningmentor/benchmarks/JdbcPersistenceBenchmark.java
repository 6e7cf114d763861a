package org.learningmentor.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.sql.DataSource;
import org.learningmentor.core.plan.MentorPlan;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.persistence.Persistence;
import org.learningmentor.persistence.jdbc.Dialect;
import org.learningmentor.persistence.jdbc.JdbcPersistence;
import org.learningmentor.testkit.sample.SampleData;
import org.learningmentor.testkit.sample.SampleOrganization;
import org.learningmentor.testkit.sample.SamplePlans;
import org.learningmentor.testkit.sample.SampleProgram;
import org.learningmentor.testkit.sample.SamplePrograms;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JDBC persistence on an embedded PostgreSQL: saving 10 000 new aggregates in one unit of work
 * and finding each by id, against the baseline of hand-written JDBC (a batch insert, and a select
 * by primary key) of the same rows and the same JSON, with the same Jackson 3 mapper.
 *
 * <p>The aggregate is a {@link Subject}: programmes or mentor plans (issue 7: "saving 10 000 plans and
 * finding by id"); add another by adding one entry to {@link #SUBJECTS} and to the {@code subject}
 * parameter. Compare {@code
 * sdk*} with {@code baseline*}; the goals are a ratio of at most 1.5 for saving and 1.3 for
 * finding.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 15)
@Fork(1)
@State(Scope.Benchmark)
public class JdbcPersistenceBenchmark {

    /** One aggregate type under test: how to store it through the SDK, and its row for the baseline. */
    public interface Subject<A> {
        /** Returns {@code count} new aggregates of one organization. */
        List<A> generate(int count);

        A save(Persistence persistence, A aggregate);

        Optional<A> find(Persistence persistence, A aggregate);

        Class<A> type();

        /** The aggregate at another version, as a save stores it. */
        A withVersion(A aggregate, long version);

        UUID organizationId(A aggregate);

        UUID id(A aggregate);

        /** The SDK's table (without prefix) and its one indexed column besides the key, with its value. */
        String table();

        String indexedColumn();

        /** The SQL type of the indexed column. */
        default String indexedColumnType() {
            return "varchar(32)";
        }

        /** The indexed column's value, bound with {@code setObject}: a string or a UUID. */
        Object indexedValue(A aggregate);
    }

    /** Mentoring programmes in training, copies of one sample with new ids. */
    static final class Programs implements Subject<MentoringProgram> {
        @Override
        public List<MentoringProgram> generate(int count) {
            SampleOrganization agency = SampleData.organization(2026, 40);
            MentoringProgram template =
                    SamplePrograms.inPhase(agency, ProgramPhase.TRAINING, 7).program();
            ObjectNode tree = (ObjectNode) MAPPER.valueToTree(template);
            List<MentoringProgram> programs = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                tree.put("id", new UUID(0x5eed_0000_0000_4000L + i, 0x8000_0000_0000_0000L + i).toString());
                programs.add(MAPPER.treeToValue(tree, MentoringProgram.class));
            }
            return programs;
        }

        @Override
        public MentoringProgram save(Persistence persistence, MentoringProgram program) {
            return persistence.programs().save(program.organizationId(), program);
        }

        @Override
        public Optional<MentoringProgram> find(Persistence persistence, MentoringProgram program) {
            return persistence.programs().find(program.organizationId(), program.id());
        }

        @Override
        public Class<MentoringProgram> type() {
            return MentoringProgram.class;
        }

        @Override
        public MentoringProgram withVersion(MentoringProgram program, long version) {
            return program.withVersion(version);
        }

        @Override
        public UUID organizationId(MentoringProgram program) {
            return program.organizationId().value();
        }

        @Override
        public UUID id(MentoringProgram program) {
            return program.id().value();
        }

        @Override
        public String table() {
            return "programs";
        }

        @Override
        public String indexedColumn() {
            return "phase";
        }

        @Override
        public String indexedValue(MentoringProgram program) {
            return program.phase().name();
        }
    }

    /**
     * Mentor plans of one programme in training, each a different full draft of {@link
     * SamplePlans#individualPlan}: one to three goals with goal attainment scales (five levels in
     * three languages each), a development target, three to five action items, support needed and
     * two monitoring dates; about 4–8 KB of JSON.
     */
    static final class Plans implements Subject<MentorPlan> {
        @Override
        public List<MentorPlan> generate(int count) {
            SampleOrganization agency = SampleData.organization(2026, 40);
            SampleProgram program = SamplePrograms.inPhase(agency, ProgramPhase.TRAINING, 7);
            List<MentorPlan> plans = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                plans.add(SamplePlans.individualPlan(program, 0x9_1a45L + i));
            }
            return plans;
        }

        @Override
        public MentorPlan save(Persistence persistence, MentorPlan plan) {
            return persistence.plans().save(plan.organizationId(), plan);
        }

        @Override
        public Optional<MentorPlan> find(Persistence persistence, MentorPlan plan) {
            return persistence.plans().find(plan.organizationId(), plan.id());
        }

        @Override
        public Class<MentorPlan> type() {
            return MentorPlan.class;
        }

        @Override
        public MentorPlan withVersion(MentorPlan plan, long version) {
            return plan.withVersion(version);
        }

        @Override
        public UUID organizationId(MentorPlan plan) {
            return plan.organizationId().value();
        }

        @Override
        public UUID id(MentorPlan plan) {
            return plan.id().value();
        }

        @Override
        public String table() {
            return "plans";
        }

        @Override
        public String indexedColumn() {
            return "program_id";
        }

        @Override
        public String indexedColumnType() {
            return "uuid";
        }

        @Override
        public UUID indexedValue(MentorPlan plan) {
            return plan.programId().value();
        }
    }

    /** The subjects by name. */
    static final Map<String, Subject<?>> SUBJECTS = Map.of("program", new Programs(), "plan", new Plans());

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** The aggregate type. */
    @Param({"program", "plan"})
    public String subject;

    /** Aggregates saved and found per operation. */
    @Param({"10000"})
    public int count;

    private EmbeddedPostgres server;
    private DataSource dataSource;
    private Persistence persistence;
    private Runner<?> runner;

    /** Starts PostgreSQL, migrates, generates the aggregates and stores them once for the finds. */
    @Setup(Level.Trial)
    public void setUp() throws IOException, SQLException {
        server = EmbeddedPostgres.builder().start();
        dataSource = server.getPostgresDatabase();
        persistence = JdbcPersistence.builder()
                .dataSource(dataSource)
                .dialect(Dialect.POSTGRESQL)
                .migrate(true)
                .build();
        runner = new Runner<>(SUBJECTS.get(subject));
        runner.createBaselineTable();
        runner.generate(count);
        emptyTables();
        runner.sdkSave(); // stored for the finds; emptied again before each save iteration
        runner.baselineSave();
    }

    /** Empties both tables before each iteration, so that every save stores new rows. */
    @Setup(Level.Iteration)
    public void emptyTablesBeforeSaves(org.openjdk.jmh.infra.BenchmarkParams params) throws SQLException {
        if (params.getBenchmark().endsWith("Save")) {
            emptyTables();
        }
    }

    void emptyTables() throws SQLException {
        execute("TRUNCATE lm_" + runner.subject.table() + ", " + runner.baselineTable());
        execute("VACUUM ANALYZE");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        server.close();
    }

    /** The SDK: every aggregate saved by its repository, in one unit of work. */
    @Benchmark
    public int sdkSave() {
        return runner.sdkSave();
    }

    /** The baseline: the same rows and JSON in one JDBC batch, in one transaction. */
    @Benchmark
    public int baselineSave() throws SQLException {
        return runner.baselineSave();
    }

    /** The SDK: every aggregate found by id, in one unit of work. */
    @Benchmark
    public int sdkFind() {
        return runner.sdkFind();
    }

    /** The baseline: a select by primary key of each row, its JSON read by the same mapper. */
    @Benchmark
    public int baselineFind() throws SQLException {
        return runner.baselineFind();
    }

    /** Both sides for one subject type. */
    final class Runner<A> {
        final Subject<A> subject;
        List<A> aggregates;

        Runner(Subject<A> subject) {
            this.subject = subject;
        }

        void generate(int count) {
            aggregates = subject.generate(count);
        }

        String baselineTable() {
            return "baseline_" + subject.table();
        }

        void createBaselineTable() throws SQLException {
            execute("CREATE TABLE " + baselineTable() + " (organization_id uuid NOT NULL, id uuid NOT NULL,"
                    + " version bigint NOT NULL, " + subject.indexedColumn() + " " + subject.indexedColumnType()
                    + " NOT NULL,"
                    + " body jsonb NOT NULL, PRIMARY KEY (organization_id, id))");
            execute("CREATE INDEX " + baselineTable() + "_by_" + subject.indexedColumn() + " ON " + baselineTable()
                    + " (organization_id, " + subject.indexedColumn() + ", id)");
        }

        int sdkSave() {
            return persistence.transactions().call(() -> {
                int saved = 0;
                for (A aggregate : aggregates) {
                    subject.save(persistence, aggregate);
                    saved++;
                }
                return saved;
            });
        }

        int baselineSave() throws SQLException {
            Function<A, String> json =
                    aggregate -> MAPPER.writerFor(subject.type()).writeValueAsString(subject.withVersion(aggregate, 1));
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + baselineTable()
                        + " (organization_id, id, version, " + subject.indexedColumn() + ", body)"
                        + " VALUES (?, ?, ?, ?, CAST(? AS jsonb))")) {
                    int batched = 0;
                    for (A aggregate : aggregates) {
                        insert.setObject(1, subject.organizationId(aggregate));
                        insert.setObject(2, subject.id(aggregate));
                        insert.setLong(3, 1);
                        insert.setObject(4, subject.indexedValue(aggregate));
                        insert.setString(5, json.apply(aggregate));
                        insert.addBatch();
                        if (++batched % 1000 == 0) {
                            insert.executeBatch();
                        }
                    }
                    insert.executeBatch();
                }
                connection.commit();
            }
            return aggregates.size();
        }

        int sdkFind() {
            return persistence.transactions().call(() -> {
                int found = 0;
                for (A aggregate : aggregates) {
                    found += subject.find(persistence, aggregate).isPresent() ? 1 : 0;
                }
                return found;
            });
        }

        int baselineFind() throws SQLException {
            int found = 0;
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT body FROM " + baselineTable() + " WHERE organization_id = ? AND id = ?")) {
                    for (A aggregate : aggregates) {
                        select.setObject(1, subject.organizationId(aggregate));
                        select.setObject(2, subject.id(aggregate));
                        try (ResultSet rows = select.executeQuery()) {
                            if (rows.next() && MAPPER.readValue(rows.getString(1), subject.type()) != null) {
                                found++;
                            }
                        }
                    }
                }
                connection.commit();
            }
            return found;
        }
    }

    /** For the test: the stored bodies of both tables, in id order. */
    List<List<String>> storedBodies() throws SQLException {
        List<List<String>> both = new ArrayList<>();
        for (String table : List.of("lm_" + runner.subject.table(), runner.baselineTable())) {
            List<String> bodies = new ArrayList<>();
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT body::text FROM " + table + " ORDER BY id")) {
                while (rows.next()) {
                    bodies.add(rows.getString(1));
                }
            }
            both.add(bodies);
        }
        return both;
    }
}
