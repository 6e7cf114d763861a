package org.learningmentor.runtime.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.evaluation.Evaluation;

/** The Markdown report in Finnish, Swedish and English. */
class MarkdownReportTest {

    /** A bundle key left in the text instead of its translation, such as {@code column.level}. */
    private static final Pattern KEY =
            Pattern.compile("\\b(report|section|column|outcome|level|severity|hidden|goals|culture)\\.[A-Za-z_]+");

    @Test
    void markdownInFinnishHasFinnishHeadingsLevelsAndOutcomes() {
        String md = EvaluationReports.markdown(ReportFixtures.anEvaluation(), Language.FI);

        assertThat(md)
                .startsWith("# Arviointiraportti\n")
                .contains("## Yhteenveto Kirkpatrickin tasoittain")
                .contains("## Tavoitteiden saavuttaminen")
                .contains("## Havainnot")
                .contains("| 1 Reaktiot | 2 | 1 | 0 | 3 |")
                .contains("Ei arvioitavissa")
                .contains("Mentoreita saatiin mukaan suunnitellusti")
                .contains("mitattu 0.8, vaatimus ≥ 0.8: täyttyy")
                .contains("| Oppiminen on osa arkea | 0.75 | 2 / 2 |  |")
                .doesNotContain("Summary", "Findings", "Passed");
    }

    @Test
    void markdownInSwedishHasSwedishHeadingsLevelsAndOutcomes() {
        String md = EvaluationReports.markdown(ReportFixtures.anEvaluation(), Language.SV);

        assertThat(md)
                .startsWith("# Utvärderingsrapport\n")
                .contains("## Sammanfattning per Kirkpatrick-nivå")
                .contains("## Måluppfyllelse")
                .contains("## Iakttagelser")
                .contains("| 4 Resultat |")
                .contains("Mentorer rekryterades som planerat")
                .contains("Lärande är vardag")
                .doesNotContain("Arviointiraportti", "Findings");
    }

    @Test
    void markdownInEnglishHasEnglishHeadingsAndTheOverallCounts() {
        Evaluation evaluation = ReportFixtures.anEvaluation();
        String md = EvaluationReports.markdown(evaluation, Language.EN);

        int[] counts = MarkdownReport.counts(evaluation);
        assertThat(md)
                .startsWith("# Evaluation report\n")
                .contains("## Summary by Kirkpatrick level")
                .contains("## Goal attainment")
                .contains("## Findings")
                .contains("Of " + evaluation.findings().size() + " rules, " + counts[0] + " passed, " + counts[1]
                        + " failed and " + counts[2] + " could not be evaluated.")
                .contains("| **Total** | " + counts[0] + " | " + counts[1] + " | " + counts[2] + " | "
                        + evaluation.findings().size() + " |");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void markdownLeavesNoKeyUntranslatedAndHasOneTableRowPerFindingAndGoal(Language language) {
        Evaluation evaluation = ReportFixtures.anEvaluation();
        String md = EvaluationReports.markdown(evaluation, language);

        assertThat(KEY.matcher(md).results().map(r -> r.group()).toList()).isEmpty();
        assertThat(md).doesNotContain("???", "{0}", "{1}");
        List<String> findingRows = md.lines().filter(l -> l.startsWith("| `")).toList();
        assertThat(findingRows).hasSize(evaluation.findings().size());
        for (int i = 0; i < findingRows.size(); i++) {
            assertThat(findingRows.get(i))
                    .startsWith("| `" + evaluation.findings().get(i).ruleId() + "` |");
        }
    }

    @Test
    void markdownEscapesHostTextSoItCannotBreakTablesOrInjectHtml() {
        Evaluation evaluation = ReportFixtures.aHostileEvaluation();

        String md = EvaluationReports.markdown(evaluation, Language.EN);

        assertThat(md).doesNotContain("<script>", "<b>", "[link](");
        assertThat(md)
                .contains(
                        "\\<script\\>alert('x')\\</script\\> \\| \\*bold\\* \\_em\\_ \\[link\\](http://x) \\& åäö ÅÄÖ")
                .contains("Host's \\<b\\>rules\\</b\\>");
        // the title's line break does not end the table row: every findings row is one line
        assertThat(md.lines().filter(l -> l.startsWith("| `")))
                .hasSize(evaluation.findings().size());
        assertThat(md).contains("Feedback \\<flows\\> \\& teams");
    }

    @Test
    void markdownTablesTheFactsCultureScoresWithHiddenGroupsInWordsNeverAsZero() {
        String md = EvaluationReports.markdown(ReportFixtures.anEvaluation(), Language.EN);

        assertThat(md)
                .contains("## Learning culture before and after")
                .contains("| team-learning | 3.5 | 12 | 4.1 | 10 | +0.6 |")
                .contains("| inquiry | 4.0 | 8 | *hidden (fewer than 5 respondents)* | – | – |")
                .contains("| empowerment | *hidden (fewer than 5 respondents)* | – | 3.6 | 9 | – |");
        assertThat(EvaluationReports.markdown(ReportFixtures.anEvaluation(), Language.FI))
                .contains("| inquiry | 4.0 | 8 | *piilotettu (alle 5 vastaajaa)* | – | – |");
    }

    @Test
    void escapeTurnsLineBreaksIntoSpacesAndDropsControlCharacters() {
        assertThat(MarkdownReport.escape("a\r\nb\nc\td\u0007e")).isEqualTo("a b c de");
        assertThat(MarkdownReport.escape("Tiimioppiminen 3.5 - ok")).isEqualTo("Tiimioppiminen 3.5 - ok");
    }
}
