package org.learningmentor.runtime.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.evaluation.Evaluation;

/** Writing the reports to a folder and to any Appendable. */
class WriteAllTest {

    @Test
    void writeAllWritesTheFourReportsIntoANewFolderInUtf8(@TempDir Path temp) throws IOException {
        Evaluation evaluation = ReportFixtures.anEvaluation();
        Path folder = temp.resolve("out/raportti");

        List<Path> files = EvaluationReports.writeAll(evaluation, Optional.empty(), Language.FI, folder);

        assertThat(files)
                .containsExactly(
                        folder.resolve("report.md"),
                        folder.resolve("findings.csv"),
                        folder.resolve("evaluation.json"),
                        folder.resolve("report.html"));
        assertThat(Files.readString(files.get(0), StandardCharsets.UTF_8))
                .isEqualTo(EvaluationReports.markdown(evaluation, Language.FI));
        assertThat(Files.readString(files.get(1), StandardCharsets.UTF_8))
                .isEqualTo(EvaluationReports.csv(evaluation, Language.FI));
        assertThat(EvaluationReports.parseJson(Files.readString(files.get(2), StandardCharsets.UTF_8)))
                .isEqualTo(evaluation);
        assertThat(Files.readString(files.get(3), StandardCharsets.UTF_8))
                .isEqualTo(EvaluationReports.html(evaluation, Optional.empty(), Language.FI))
                .contains("Oppimiskulttuuri ennen ja jälkeen");
    }

    @Test
    void writeAllReplacesReportsOfAnEarlierRun(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("report.md"), "old and much longer than anything else".repeat(1000));

        EvaluationReports.writeAll(ReportFixtures.anEvaluation(), Optional.empty(), Language.EN, temp);

        assertThat(Files.readString(temp.resolve("report.md"))).startsWith("# Evaluation report");
    }

    @Test
    void writeAllIntoAFileInsteadOfAFolderFailsNamingTheFolder(@TempDir Path temp) throws IOException {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");

        assertThatThrownBy(() ->
                        EvaluationReports.writeAll(ReportFixtures.anEvaluation(), Optional.empty(), Language.EN, file))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("not-a-folder");
    }

    @Test
    void writersAppendTheSameTextAsTheStringMethods() throws IOException {
        Evaluation evaluation = ReportFixtures.anEvaluation();
        StringWriter json = new StringWriter();
        StringBuilder csv = new StringBuilder();
        StringBuilder md = new StringBuilder("before\n");
        StringWriter html = new StringWriter();

        EvaluationReports.writeJson(evaluation, json);
        EvaluationReports.writeCsv(evaluation, Language.SV, csv);
        EvaluationReports.writeMarkdown(evaluation, Language.SV, md);
        EvaluationReports.writeHtml(evaluation, Optional.empty(), Language.SV, html);

        assertThat(json.toString()).isEqualTo(EvaluationReports.json(evaluation));
        assertThat(csv.toString()).isEqualTo(EvaluationReports.csv(evaluation, Language.SV));
        assertThat(md.toString()).isEqualTo("before\n" + EvaluationReports.markdown(evaluation, Language.SV));
        assertThat(html.toString()).isEqualTo(EvaluationReports.html(evaluation, Optional.empty(), Language.SV));
    }

    @Test
    void reportsOfAProgrammeWithNothingRecordedSayWhatIsMissing() throws Exception {
        Evaluation evaluation = ReportFixtures.anEmptyEvaluation();

        String md = EvaluationReports.markdown(evaluation, Language.SV);
        String html = EvaluationReports.html(evaluation, Optional.empty(), Language.SV);

        assertThat(md).contains("Programmet har inga mål.").doesNotContain("## Lärandekulturen");
        assertThat(HtmlReportTest.parse(html).getElementsByTagName("svg").getLength())
                .isZero();
        assertThat(html).contains("Inga enkätresultat att jämföra.", "Programmet har inga mål.");
        assertThat(CsvReportTest.parse(EvaluationReports.csv(evaluation, Language.SV)))
                .hasSize(evaluation.findings().size() + 1);
    }

    @Test
    void nullArgumentsAreRefusedNamingTheParameter() {
        Evaluation evaluation = ReportFixtures.anEvaluation();

        assertThatThrownBy(() -> EvaluationReports.markdown(evaluation, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("language");
        assertThatThrownBy(() -> EvaluationReports.html(evaluation, null, Language.EN))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("chart");
        assertThatThrownBy(() -> EvaluationReports.json(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("evaluation");
    }
}
