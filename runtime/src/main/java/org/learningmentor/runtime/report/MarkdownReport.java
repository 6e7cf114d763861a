package org.learningmentor.runtime.report;

import java.util.List;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.core.evaluation.Finding;
import org.learningmentor.core.evaluation.FindingOutcome;
import org.learningmentor.core.evaluation.GoalProgress;
import org.learningmentor.core.evaluation.LevelSummary;

/**
 * Writes the Markdown report (GitHub-flavoured tables): a header, the per-level summary, the
 * learning-culture scores before and after (when the facts hold scores), each goal's attainment and
 * the findings. Every text that comes from the host or the reasons' arguments goes
 * through {@link #escape(String)}.
 */
final class MarkdownReport {

    /**
     * The characters with meaning inside a line of CommonMark or a GFM table cell; each is written
     * with a backslash. Characters that only mean something at the start of a line ({@code #}, {@code
     * +}, {@code -}, digits) need none: host text never starts a line here.
     */
    private static final String SPECIAL = "\\`*_[]<>|~&!";

    private MarkdownReport() {}

    static String write(Evaluation evaluation, Language language) {
        Labels labels = Labels.of(language);
        StringBuilder out = new StringBuilder(4096);
        out.append("# ").append(labels.get("report.title")).append("\n\n");
        item(out, labels.get("report.programme"), "`" + evaluation.programId() + "`");
        item(out, labels.get("report.evaluation"), "`" + evaluation.id() + "`");
        item(
                out,
                labels.get("report.ruleSet"),
                escape(evaluation.ruleSet().name().in(language)) + " (`"
                        + evaluation.ruleSet().id() + "`)");
        item(
                out,
                labels.get("report.evaluationDate"),
                evaluation.facts().evaluationDate().toString());
        item(out, labels.get("report.createdAt"), evaluation.createdAt().toString());
        out.append('\n').append(overall(evaluation, labels)).append("\n\n");

        out.append("## ").append(labels.get("section.levels")).append("\n\n");
        row(
                out,
                labels.get("column.level"),
                labels.get("column.passed"),
                labels.get("column.failed"),
                labels.get("column.notEvaluable"),
                labels.get("column.total"));
        out.append("|---|---:|---:|---:|---:|\n");
        for (LevelSummary level : evaluation.levels()) {
            int total = level.passed() + level.failed() + level.notEvaluable();
            row(
                    out,
                    labels.level(level.level()),
                    Integer.toString(level.passed()),
                    Integer.toString(level.failed()),
                    Integer.toString(level.notEvaluable()),
                    Integer.toString(total));
        }
        int[] counts = counts(evaluation);
        row(
                out,
                "**" + labels.get("column.total") + "**",
                Integer.toString(counts[0]),
                Integer.toString(counts[1]),
                Integer.toString(counts[2]),
                Integer.toString(evaluation.findings().size()));

        culture(out, CultureChart.from(evaluation.facts()), labels);

        out.append("\n## ").append(labels.get("section.goals")).append("\n\n");
        if (evaluation.goals().isEmpty()) {
            out.append(labels.get("goals.none")).append('\n');
        } else {
            row(
                    out,
                    labels.get("column.goal"),
                    labels.get("column.attainment"),
                    labels.get("column.indicators"),
                    labels.get("column.note"));
            out.append("|---|---:|---:|---|\n");
            for (GoalProgress goal : evaluation.goals()) {
                row(
                        out,
                        escape(Figures.goalTitle(evaluation, goal.goalId(), language)),
                        Figures.number(goal.attainment()),
                        Figures.measuredIndicators(goal),
                        goal.reason()
                                .map(r -> escape(r.message(labels.locale())))
                                .orElse(""));
            }
        }

        out.append("\n## ").append(labels.get("section.findings")).append("\n\n");
        row(
                out,
                labels.get("column.rule"),
                labels.get("column.level"),
                labels.get("column.severity"),
                labels.get("column.title"),
                labels.get("column.outcome"),
                labels.get("column.measured"),
                labels.get("column.threshold"),
                labels.get("column.reason"));
        out.append("|---|---|---|---|---|---:|---:|---|\n");
        for (Finding finding : evaluation.findings()) {
            row(
                    out,
                    "`" + finding.ruleId() + "`",
                    labels.level(finding.level()),
                    labels.severity(finding.severity()),
                    escape(finding.title().in(language)),
                    outcome(finding.outcome(), labels),
                    Figures.number(finding.measured()),
                    escape(Figures.required(finding)),
                    escape(finding.message(labels.locale())));
        }
        return out.toString();
    }

    /** The culture table: the facts' scores before and after, hidden sides said in words. */
    private static void culture(StringBuilder out, CultureChart chart, Labels labels) {
        if (chart.isEmpty()) {
            return;
        }
        out.append("\n## ").append(labels.get("section.culture")).append("\n\n");
        row(
                out,
                labels.get("column.dimension"),
                labels.get("column.before"),
                labels.get("column.respondents"),
                labels.get("column.after"),
                labels.get("column.respondents"),
                labels.get("column.difference"));
        out.append("|---|---:|---:|---:|---:|---:|\n");
        for (CultureChart.Row row : chart.rows()) {
            String[] cells = new String[6];
            cells[0] = escape(row.label(labels.language()));
            side(cells, 1, row.before(), chart, labels);
            side(cells, 3, row.after(), chart, labels);
            cells[5] = row.difference()
                    .map(d -> (d.signum() > 0 ? "+" : "") + d.toPlainString())
                    .orElse(Figures.NONE);
            row(out, cells);
        }
    }

    private static void side(String[] cells, int at, CultureChart.Side side, CultureChart chart, Labels labels) {
        if (side.visibility() == CultureChart.Visibility.SHOWN) {
            cells[at] = side.mean().orElseThrow().toPlainString();
            cells[at + 1] = Integer.toString(side.respondents().orElseThrow());
        } else {
            cells[at] = "*" + escape(labels.hidden(side.visibility(), chart.anonymityThreshold())) + "*";
            cells[at + 1] = Figures.NONE;
        }
    }

    static String overall(Evaluation evaluation, Labels labels) {
        int[] counts = counts(evaluation);
        return labels.get(
                "report.overall",
                Integer.toString(evaluation.findings().size()),
                Integer.toString(counts[0]),
                Integer.toString(counts[1]),
                Integer.toString(counts[2]));
    }

    /** Returns the counts of passed, failed and not evaluable findings. */
    static int[] counts(Evaluation evaluation) {
        int[] counts = new int[FindingOutcome.values().length];
        evaluation.findings().forEach(f -> counts[f.outcome().ordinal()]++);
        return counts;
    }

    private static String outcome(FindingOutcome outcome, Labels labels) {
        String name = labels.outcome(outcome);
        return outcome == FindingOutcome.FAILED ? "**" + name + "**" : name;
    }

    private static void item(StringBuilder out, String label, String value) {
        out.append("- **").append(label).append(":** ").append(value).append('\n');
    }

    private static void row(StringBuilder out, String... cells) {
        out.append('|');
        for (String cell : List.of(cells)) {
            out.append(' ').append(cell).append(" |");
        }
        out.append('\n');
    }

    /**
     * Returns the text safe inside a Markdown line and a table cell: each character of {@link
     * #SPECIAL} behind a backslash (CommonMark lets any ASCII punctuation be escaped so), line breaks
     * as spaces (a break would end the table row), other control characters dropped.
     *
     * @param text the text, not null
     * @return the escaped text, never null
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == '\t') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                out.append(' ');
            } else if (Character.isISOControl(c)) {
                // dropped: invisible, and some renderers choke on them
            } else {
                if (SPECIAL.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
