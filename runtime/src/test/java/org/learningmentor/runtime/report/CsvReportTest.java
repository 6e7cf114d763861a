package org.learningmentor.runtime.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.core.evaluation.Finding;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/** The findings as CSV, read back with the same CSV library. */
class CsvReportTest {

    private static final CsvMapper CSV = CsvMapper.builder().build();

    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> it =
                CSV.readerFor(String[].class).with(CsvReadFeature.WRAP_AS_ARRAY).readValues(csv)) {
            it.forEachRemaining(row -> rows.add(List.of(row)));
        }
        return rows;
    }

    private static String number(java.util.Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse("");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void csvWhenReadBackGivesAHeaderAndOneRowPerFindingWithExactValues(Language language) {
        Evaluation evaluation = ReportFixtures.anEvaluation();

        List<List<String>> rows = parse(EvaluationReports.csv(evaluation, language));

        assertThat(rows.get(0))
                .containsExactly(
                        "ruleId",
                        "level",
                        "severity",
                        "title",
                        "outcome",
                        "measured",
                        "comparison",
                        "threshold",
                        "reason");
        assertThat(rows).hasSize(evaluation.findings().size() + 1);
        for (int i = 0; i < evaluation.findings().size(); i++) {
            Finding finding = evaluation.findings().get(i);
            assertThat(rows.get(i + 1))
                    .as(finding.ruleId())
                    .containsExactly(
                            finding.ruleId(),
                            finding.level().name(),
                            finding.severity().name(),
                            finding.title().in(language),
                            finding.outcome().name(),
                            number(finding.measured()),
                            finding.comparison().map(Enum::name).orElse(""),
                            number(finding.threshold()),
                            finding.message(language.toLocale()));
        }
    }

    @Test
    void csvOfTheDefaultRulesHoldsTheHandComputedFigures() {
        List<List<String>> rows = parse(EvaluationReports.csv(ReportFixtures.anEvaluation(), Language.FI));

        // participation: 4 mentors enrolled of 5 planned = 0.8 ≥ 0.8
        assertThat(rows.get(1)).startsWith("participation", "REACTION", "WARNING");
        assertThat(rows.get(1).subList(4, 9))
                .containsExactly("PASSED", "0.8", "AT_LEAST", "0.8", "mitattu 0.8, vaatimus ≥ 0.8: täyttyy");
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaksAsRfc4180Asks() {
        String csv = EvaluationReports.csv(ReportFixtures.aHostileEvaluation(), Language.EN);

        assertThat(csv).contains("\r\n").startsWith("ruleId,level,severity,title,");
        // the quote inside the title is doubled inside a quoted field, the line break kept inside it
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",");
        List<List<String>> rows = parse(csv);
        assertThat(rows).hasSize(6);
        assertThat(rows.get(1).get(3)).isEqualTo("'" + ReportFixtures.HOSTILE_TITLE);
        assertThat(rows.get(5).get(3)).isEqualTo("Äidinkieli, modersmål; Øre");
    }

    @Test
    void csvPrefixesTextThatASpreadsheetWouldRunAsAFormulaButNotNegativeNumbers() {
        Evaluation evaluation = ReportFixtures.aHostileEvaluation();

        List<List<String>> rows = parse(EvaluationReports.csv(evaluation, Language.EN));

        assertThat(rows.get(1).get(3)).startsWith("'=HYPERLINK");
        assertThat(rows.get(2).get(3)).isEqualTo("'+SUM(A1:A9)");
        assertThat(rows.get(3).get(3)).isEqualTo("'-2+3, \"quoted\"");
        assertThat(rows.get(4).get(3)).isEqualTo("'@cmd|' /C calc'!A0");
        // ROI = (15 000 − 30 000) ÷ 30 000 × 100 = −50: a number, left as it is
        assertThat(evaluation.findings().get(2).measured())
                .hasValueSatisfying(m -> assertThat(m.signum()).isNegative());
        assertThat(rows.get(3).get(5))
                .isEqualTo(evaluation.findings().get(2).measured().orElseThrow().toPlainString())
                .startsWith("-5");
        assertThat(CsvReport.text("Tiimioppiminen")).isEqualTo("Tiimioppiminen");
        assertThat(CsvReport.text("\tx")).isEqualTo("'\tx");
        assertThat(CsvReport.text("")).isEmpty();
    }
}
