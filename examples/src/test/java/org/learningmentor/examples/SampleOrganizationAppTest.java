package org.learningmentor.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningmentor.testkit.sample.SampleData;
import org.learningmentor.testkit.sample.SampleOrganization;
import tools.jackson.databind.json.JsonMapper;

class SampleOrganizationAppTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SampleOrganizationApp.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void summaryPrintsTheTreeInTheChosenLanguageAndWritesJsonThatReadsBackToTheSameAgency(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("out/agency.json");
        int status = run("--people", "300", "--seed", "7", "--lang", "sv", "--output", file.toString());

        assertThat(status).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed)
                .contains("Utvecklings- och servicemyndigheten", "Ledning och stab", "MENTOR", "JSON (300 people)");
        SampleOrganizationApp.Document document =
                JsonMapper.builder().build().readValue(Files.readString(file), SampleOrganizationApp.Document.class);
        SampleOrganization expected = SampleData.organization(7, 300);
        assertThat(document.organization()).isEqualTo(expected.organization());
        assertThat(document.people()).isEqualTo(expected.people());
        assertThat(document.goals()).isEqualTo(expected.goals());
    }

    @Test
    void jsonFormatPrintsTheDocumentOnStandardOutput() {
        assertThat(run("--people", "10", "--format", "json")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{").contains("\"people\"");
    }

    @Test
    void badArgumentsExitWithTwoAndSayWhatIsWrong() {
        assertThat(run("--people", "5")).isEqualTo(2);
        assertThat(run("--lang", "de")).isEqualTo(2);
        assertThat(run("--seed")).isEqualTo(2);
        assertThat(run("--frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(
                        "--people must be 10 to 100000, not 5",
                        "--lang must be fi, sv or en, not de",
                        "--seed needs a value",
                        "unknown option --frobnicate",
                        "Usage:");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void anUnwritableOutputExitsWithOne(@TempDir Path dir) throws Exception {
        Path blocker = Files.writeString(dir.resolve("file"), "x");
        assertThat(run(
                        "--people",
                        "10",
                        "--output",
                        blocker.resolve("agency.json").toString()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot write");
    }

    @Test
    void helpPrintsUsage() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--people N");
    }
}
