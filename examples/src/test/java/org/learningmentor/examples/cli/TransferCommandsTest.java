package org.learningmentor.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.persistence.jdbc.Dialect;
import org.learningmentor.persistence.jdbc.JdbcPersistence;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code export} and {@code import} between H2 databases and the programme document. */
class TransferCommandsTest {

    private static final List<String> TABLES = List.of(
            "lm_organizations",
            "lm_people",
            "lm_programs",
            "lm_pairs",
            "lm_plans",
            "lm_surveys",
            "lm_responses",
            "lm_evaluations",
            "lm_outbox");

    @TempDir
    Path folder;

    private static String demoDatabase() {
        return "jdbc:h2:file:" + DemoRuns.english().resolve(Storage.DEMO_DATABASE);
    }

    private static String programId() throws Exception {
        Evaluation evaluation = Reports.evaluation(DemoRuns.english());
        return evaluation.programId().toString();
    }

    private String database(String name) {
        return "jdbc:h2:file:" + folder.resolve(name).toAbsolutePath();
    }

    @Test
    void exportThenImportThenExportGivesTheSameBytes() throws Exception {
        Path first = folder.resolve("first.json");
        Path second = folder.resolve("second.json");
        String program = programId();

        Cli.Run exported =
                Cli.run("export", "--jdbc-url", demoDatabase(), "--program", program, "--output", first.toString());
        Cli.Run imported = Cli.run("import", "--jdbc-url", database("copy"), "--input", first.toString());
        Cli.Run again =
                Cli.run("export", "--jdbc-url", database("copy"), "--program", program, "--output", second.toString());

        assertThat(exported.status()).as(exported.err()).isZero();
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("Imported programme " + program).contains("397 responses");
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(second).hasSameBinaryContentAs(first);
        // The demo's own programme.json is the same export.
        assertThat(first).hasSameBinaryContentAs(DemoRuns.english().resolve(DemoCommand.PROGRAMME_FILE));
    }

    @Test
    void exportWithoutOutputWritesTheDocumentToStandardOutput() throws Exception {
        Cli.Run run = Cli.run("export", "--jdbc-url", demoDatabase(), "--program", programId());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out().getBytes(StandardCharsets.UTF_8))
                .isEqualTo(Files.readAllBytes(DemoRuns.english().resolve(DemoCommand.PROGRAMME_FILE)));
    }

    @Test
    void exportOfAProgrammeNotInTheDatabaseSaysSo() {
        Cli.Run run =
                Cli.run("export", "--jdbc-url", demoDatabase(), "--program", "00000000-0000-0000-0000-000000000001");

        assertThat(run.status()).isEqualTo(ExitCode.CONFLICT.code());
        assertThat(run.errLines()).singleElement().asString().contains("is not in");
    }

    @Test
    void importOfATruncatedDocumentExitsNonZeroAndWritesNothing() throws Exception {
        String url = migrated("truncated");
        byte[] valid = Files.readAllBytes(EvaluateCommandTest.DOCUMENT);
        Path truncated = folder.resolve("truncated.json");
        Files.write(truncated, java.util.Arrays.copyOf(valid, valid.length / 2));

        Cli.Run run = Cli.run("import", "--jdbc-url", url, "--input", truncated.toString());

        assertThat(run.status()).isEqualTo(ExitCode.INVALID_DOCUMENT.code());
        assertThat(run.errLines().get(0)).contains("truncated.json is invalid: 1 violation");
        assertThat(run.errLines().get(1)).contains("transfer.document.malformed");
        assertThat(rowCounts(url))
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
    }

    @Test
    void importOfADocumentWithBrokenReferencesListsEveryViolationAndWritesNothing() throws Exception {
        String url = migrated("broken");
        // Two records now point at a survey and a programme the document does not hold.
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode document = mapper.readTree(Files.readAllBytes(EvaluateCommandTest.DOCUMENT));
        ((ObjectNode) document.get("responses").get(0)).put("surveyId", "00000000-0000-0000-0000-00000000beef");
        ((ObjectNode) document.get("plans").get(0)).put("programId", "00000000-0000-0000-0000-00000000cafe");
        String broken = mapper.writeValueAsString(document);
        Path file = folder.resolve("broken.json");
        Files.writeString(file, broken);

        Cli.Run run = Cli.run("import", "--jdbc-url", url, "--input", file.toString());

        assertThat(run.status()).isEqualTo(ExitCode.INVALID_DOCUMENT.code());
        assertThat(run.errLines().get(0)).containsPattern("broken.json is invalid: [2-9]\\d* violations");
        assertThat(run.errLines().subList(1, run.errLines().size()))
                .allSatisfy(line -> assertThat(line).startsWith("  - "))
                .anySatisfy(line -> assertThat(line).contains("responses[0]"))
                .anySatisfy(line -> assertThat(line).contains("plans[0]"));
        assertThat(rowCounts(url))
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
    }

    @Test
    void importIntoADatabaseThatHoldsTheProgrammeRefusesAndLeavesItUnchanged() throws Exception {
        String url = database("twice");
        Cli.Run first = Cli.run("import", "--jdbc-url", url, "--input", EvaluateCommandTest.DOCUMENT.toString());
        assertThat(first.status()).as(first.err()).isZero();
        Map<String, Long> before = rowCounts(url);

        Cli.Run second = Cli.run("import", "--jdbc-url", url, "--input", EvaluateCommandTest.DOCUMENT.toString());

        assertThat(second.status()).isEqualTo(ExitCode.CONFLICT.code());
        assertThat(second.errLines().get(0)).contains("nothing was written");
        assertThat(second.errLines()).anySatisfy(line -> assertThat(line).contains("transfer.target.record-exists"));
        assertThat(rowCounts(url)).isEqualTo(before);
    }

    /** A new H2 file database with the SDK's tables and nothing in them. */
    private String migrated(String name) {
        String url = database(name);
        JdbcDataSource h2 = h2(url);
        JdbcPersistence.builder()
                .dataSource(h2)
                .dialect(Dialect.H2)
                .migrate(true)
                .build();
        return url;
    }

    private static JdbcDataSource h2(String url) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        h2.setPassword("");
        return h2;
    }

    private static Map<String, Long> rowCounts(String url) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = h2(url).getConnection();
                Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }
}
