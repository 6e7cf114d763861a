package org.learningmentor.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.core.evaluation.Finding;
import org.learningmentor.core.evaluation.FindingOutcome;
import org.learningmentor.runtime.report.EvaluationReports;

/**
 * {@code learningmentor evaluate} on the checked-in programme document, {@code
 * src/test/resources/programme-demo.json}: a copy of the {@code programme.json} a demo run wrote.
 * To refresh it after a deliberate change of the demo: {@code ./learningmentor demo} and copy
 * {@code learningmentor-demo/programme.json} over it.
 */
class EvaluateCommandTest {

    static Path resource(String name) {
        try {
            return Path.of(EvaluateCommandTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static final Path DOCUMENT = resource("programme-demo.json");

    private static Map<String, Finding> findings(Evaluation evaluation) {
        return evaluation.findings().stream().collect(Collectors.toMap(Finding::ruleId, f -> f));
    }

    private static Evaluation evaluate(String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "evaluate";
        args[1] = "--input";
        args[2] = DOCUMENT.toString();
        args[3] = "--format=json";
        System.arraycopy(more, 0, args, 4, more.length);
        Cli.Run run = Cli.run(args);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return EvaluationReports.parseJson(run.out());
    }

    @Test
    void evaluateOnTheCheckedInDocumentGivesTheExpectedFindings() {
        Map<String, Finding> findings = findings(evaluate());

        assertThat(findings).hasSize(15);
        // Reaction: 8 mentors, 24 attendances of 3 sessions, 19 present: just under the 80 % asked.
        assertThat(findings.get("attendance").outcome()).isEqualTo(FindingOutcome.FAILED);
        assertThat(findings.get("attendance").measured()).hasValue(new BigDecimal("0.7916666667"));
        assertThat(findings.get("retention").outcome()).isEqualTo(FindingOutcome.PASSED);
        // Learning and behaviour: every mentor has an approved plan, and the plans' goals were
        // attained above what was expected (T-score over 50).
        assertThat(findings.get("approved-plans").outcome()).isEqualTo(FindingOutcome.PASSED);
        assertThat(findings.get("gas").outcome()).isEqualTo(FindingOutcome.PASSED);
        assertThat(findings.get("gas").measured()).hasValue(new BigDecimal("67.18"));
        assertThat(findings.get("action-items").outcome()).isEqualTo(FindingOutcome.FAILED);
        // Results: strategic leadership fell a little between the baseline and the follow-up.
        assertThat(findings.get("culture-change").outcome()).isEqualTo(FindingOutcome.FAILED);
        assertThat(findings.get("culture-change").measured()).hasValue(new BigDecimal("-0.1519"));
        // Without the host's figures these cannot be judged, and say so rather than fail.
        assertThat(findings.get("participation").outcome()).isEqualTo(FindingOutcome.NOT_EVALUABLE);
        assertThat(findings.get("roi").outcome()).isEqualTo(FindingOutcome.NOT_EVALUABLE);
        assertThat(findings.get("bcr").outcome()).isEqualTo(FindingOutcome.NOT_EVALUABLE);
        assertThat(findings.values())
                .filteredOn(f -> f.outcome() == FindingOutcome.PASSED)
                .hasSize(8);
    }

    @Test
    void evaluateWithTheHostsFiguresGivesTheFindingsTheDemoStored() throws Exception {
        Evaluation offline = evaluate("--planned-mentors", "8", "--costs", "24000", "--benefits", "61000");
        Evaluation stored = Reports.evaluation(DemoRuns.english());

        assertThat(offline.findings()).isEqualTo(stored.findings());
        assertThat(findings(offline).get("roi").measured()).isPresent();
    }

    @Test
    void evaluateByATailoredRuleSetJudgesByItsRules() {
        Evaluation evaluation =
                evaluate("--rules", resource("rules-lenient-attendance.json").toString());

        assertThat(evaluation.ruleSet().id()).isEqualTo("lenient-attendance");
        assertThat(evaluation.findings())
                .extracting(Finding::ruleId, Finding::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("attendance", FindingOutcome.PASSED),
                        org.assertj.core.groups.Tuple.tuple("gas", FindingOutcome.PASSED),
                        org.assertj.core.groups.Tuple.tuple("culture-change", FindingOutcome.FAILED));
    }

    @Test
    void evaluateWritesEachFormatToAFile(@TempDir Path folder) throws Exception {
        for (String format : new String[] {"json", "md", "csv", "html"}) {
            Path file = folder.resolve("evaluation." + format);

            Cli.Run run = Cli.run(
                    "evaluate",
                    "--input",
                    DOCUMENT.toString(),
                    "--format",
                    format,
                    "--lang",
                    "fi",
                    "--output",
                    file.toString());

            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.out()).isEmpty();
            assertThat(file).isNotEmptyFile();
        }
        assertThat(Files.readString(folder.resolve("evaluation.html"))).contains("lang=\"fi\"", "<svg");
        assertThat(Files.readString(folder.resolve("evaluation.md"))).contains("Arviointiraportti");
    }

    @Test
    void evaluateOnAnInvalidRuleSetListsItsViolations() {
        Cli.Run run = Cli.run(
                "evaluate",
                "--input",
                DOCUMENT.toString(),
                "--rules",
                resource("rules-invalid.json").toString());

        assertThat(run.status()).isEqualTo(ExitCode.INVALID_DOCUMENT.code());
        assertThat(run.errLines().get(0)).contains("rules-invalid.json is invalid: 1 violation");
        assertThat(run.errLines()).anySatisfy(line -> assertThat(line).contains("evaluation.metric.unknown"));
        assertThat(run.out()).isEmpty();
    }
}
