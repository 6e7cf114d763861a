package org.learningmentor.runtime.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.core.evaluation.Finding;
import org.learningmentor.core.evaluation.GoalProgress;
import org.learningmentor.core.evaluation.LevelSummary;

/**
 * Writes the HTML report: one self-contained page (inline CSS, an inline SVG chart, no script, no
 * external resource; a Content-Security-Policy forbids any), well-formed as XML so that tools and our
 * tests can read it back. Every text goes through {@link #escape(String)}.
 */
final class HtmlReport {

    /** The height of a bar of the scale's maximum, in SVG user units. */
    static final int PLOT_HEIGHT = 240;

    private static final int BAR_WIDTH = 28;
    private static final int BAR_GAP = 4;
    private static final int GROUP_GAP = 28;
    private static final int AXIS = 40;
    private static final int TOP = 24;
    /** The width of a character of a dimension's label, roughly, for the room under the axis. */
    private static final double CHARACTER_WIDTH = 6.5;

    private static final int LEGEND = 24;

    private static final String STYLE = String.join(
            "\n",
            "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2rem;color:#1b1f24;"
                    + "line-height:1.4}",
            "main{max-width:72rem}",
            "table{border-collapse:collapse;margin:0.5rem 0 1.5rem}",
            "th,td{border:1px solid #c9d1d9;padding:0.3rem 0.6rem;text-align:left;vertical-align:top}",
            "th{background:#f3f5f7}",
            "td.num{text-align:right;font-variant-numeric:tabular-nums}",
            "tr.total td{font-weight:600}",
            ".outcome-PASSED{color:#116329}",
            ".outcome-FAILED{color:#a40e26;font-weight:600}",
            ".outcome-NOT_EVALUABLE{color:#6e7781}",
            ".hidden{color:#6e7781;font-style:italic}",
            "dl{display:grid;grid-template-columns:max-content auto;gap:0.2rem 1rem}",
            "dt{font-weight:600}",
            "dd{margin:0}",
            "svg text{font-size:11px;fill:#1b1f24}",
            "svg .axis{stroke:#8c959f;stroke-width:1}",
            "svg .grid{stroke:#d0d7de;stroke-width:1}",
            "svg .before{fill:#8c959f}",
            "svg .after{fill:#0969da}",
            "svg text.hidden-note{fill:#6e7781;font-style:italic;font-size:10px}");

    private HtmlReport() {}

    static String write(Evaluation evaluation, CultureChart chart, Language language) {
        Labels labels = Labels.of(language);
        StringBuilder out = new StringBuilder(16_384);
        String title = labels.get("report.title");
        out.append("<!DOCTYPE html>\n<html lang=\"")
                .append(language.code())
                .append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>")
                .append(escape(title))
                .append("</title>\n<style>\n")
                .append(STYLE)
                .append("\n</style>\n</head>\n<body>\n<main>\n");
        out.append("<h1>").append(escape(title)).append("</h1>\n<dl>\n");
        term(out, labels.get("report.programme"), evaluation.programId().toString());
        term(out, labels.get("report.evaluation"), evaluation.id().toString());
        term(
                out,
                labels.get("report.ruleSet"),
                evaluation.ruleSet().name().in(language) + " ("
                        + evaluation.ruleSet().id() + ")");
        term(
                out,
                labels.get("report.evaluationDate"),
                evaluation.facts().evaluationDate().toString());
        term(out, labels.get("report.createdAt"), evaluation.createdAt().toString());
        out.append("</dl>\n<p id=\"overall\">")
                .append(escape(MarkdownReport.overall(evaluation, labels)))
                .append("</p>\n");

        culture(out, chart, labels);
        levels(out, evaluation, labels);
        goals(out, evaluation, labels);
        findings(out, evaluation, labels);
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void term(StringBuilder out, String term, String definition) {
        out.append("<dt>")
                .append(escape(term))
                .append("</dt><dd>")
                .append(escape(definition))
                .append("</dd>\n");
    }

    private static void levels(StringBuilder out, Evaluation evaluation, Labels labels) {
        out.append("<section id=\"levels\">\n<h2>")
                .append(escape(labels.get("section.levels")))
                .append("</h2>\n<table>\n<thead>");
        header(
                out,
                labels.get("column.level"),
                labels.get("column.passed"),
                labels.get("column.failed"),
                labels.get("column.notEvaluable"),
                labels.get("column.total"));
        out.append("</thead>\n<tbody>\n");
        for (LevelSummary level : evaluation.levels()) {
            out.append("<tr data-level=\"").append(level.level().name()).append("\">");
            cell(out, labels.level(level.level()));
            number(out, Integer.toString(level.passed()));
            number(out, Integer.toString(level.failed()));
            number(out, Integer.toString(level.notEvaluable()));
            number(out, Integer.toString(level.passed() + level.failed() + level.notEvaluable()));
            out.append("</tr>\n");
        }
        int[] counts = MarkdownReport.counts(evaluation);
        out.append("<tr class=\"total\">");
        cell(out, labels.get("column.total"));
        number(out, Integer.toString(counts[0]));
        number(out, Integer.toString(counts[1]));
        number(out, Integer.toString(counts[2]));
        number(out, Integer.toString(evaluation.findings().size()));
        out.append("</tr>\n</tbody>\n</table>\n</section>\n");
    }

    private static void goals(StringBuilder out, Evaluation evaluation, Labels labels) {
        out.append("<section id=\"goals\">\n<h2>")
                .append(escape(labels.get("section.goals")))
                .append("</h2>\n");
        if (evaluation.goals().isEmpty()) {
            out.append("<p>").append(escape(labels.get("goals.none"))).append("</p>\n</section>\n");
            return;
        }
        out.append("<table>\n<thead>");
        header(
                out,
                labels.get("column.goal"),
                labels.get("column.attainment"),
                labels.get("column.indicators"),
                labels.get("column.note"));
        out.append("</thead>\n<tbody>\n");
        for (GoalProgress goal : evaluation.goals()) {
            out.append("<tr data-goal=\"")
                    .append(escape(goal.goalId().toString()))
                    .append("\">");
            cell(out, Figures.goalTitle(evaluation, goal.goalId(), labels.language()));
            number(out, Figures.number(goal.attainment()));
            number(out, Figures.measuredIndicators(goal));
            cell(out, goal.reason().map(r -> r.message(labels.locale())).orElse(""));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static void findings(StringBuilder out, Evaluation evaluation, Labels labels) {
        out.append("<section id=\"findings\">\n<h2>")
                .append(escape(labels.get("section.findings")))
                .append("</h2>\n<table>\n<thead>");
        header(
                out,
                labels.get("column.rule"),
                labels.get("column.level"),
                labels.get("column.severity"),
                labels.get("column.title"),
                labels.get("column.outcome"),
                labels.get("column.measured"),
                labels.get("column.threshold"),
                labels.get("column.reason"));
        out.append("</thead>\n<tbody>\n");
        for (Finding finding : evaluation.findings()) {
            out.append("<tr data-rule=\"")
                    .append(escape(finding.ruleId()))
                    .append("\" data-outcome=\"")
                    .append(finding.outcome().name())
                    .append("\">");
            cell(out, finding.ruleId());
            cell(out, labels.level(finding.level()));
            cell(out, labels.severity(finding.severity()));
            cell(out, finding.title().in(labels.language()));
            out.append("<td class=\"outcome-")
                    .append(finding.outcome().name())
                    .append("\">")
                    .append(escape(labels.outcome(finding.outcome())))
                    .append("</td>");
            number(out, Figures.number(finding.measured()));
            number(out, Figures.required(finding));
            cell(out, finding.message(labels.locale()));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static void culture(StringBuilder out, CultureChart chart, Labels labels) {
        out.append("<section id=\"culture\">\n<h2>")
                .append(escape(labels.get("section.culture")))
                .append("</h2>\n");
        if (chart.isEmpty()) {
            out.append("<p>").append(escape(labels.get("culture.none"))).append("</p>\n</section>\n");
            return;
        }
        int top = chart.scaleMaximum();
        out.append("<figure>\n");
        svg(out, chart, labels);
        out.append("<figcaption>")
                .append(escape(labels.get("culture.caption", Integer.toString(top))))
                .append("</figcaption>\n</figure>\n<table>\n<thead>");
        header(
                out,
                labels.get("column.dimension"),
                labels.get("column.before"),
                labels.get("column.respondents"),
                labels.get("column.after"),
                labels.get("column.respondents"),
                labels.get("column.difference"));
        out.append("</thead>\n<tbody>\n");
        for (CultureChart.Row row : chart.rows()) {
            out.append("<tr data-dimension=\"").append(escape(row.dimension())).append("\">");
            cell(out, row.label(labels.language()));
            side(out, row.before(), chart, labels);
            side(out, row.after(), chart, labels);
            number(out, row.difference().map(HtmlReport::signed).orElse(Figures.NONE));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static void side(StringBuilder out, CultureChart.Side side, CultureChart chart, Labels labels) {
        if (side.visibility() == CultureChart.Visibility.SHOWN) {
            number(out, side.mean().orElseThrow().toPlainString());
            number(out, Integer.toString(side.respondents().orElseThrow()));
        } else {
            out.append("<td class=\"hidden\" colspan=\"2\">")
                    .append(escape(labels.hidden(side.visibility(), chart.anonymityThreshold())))
                    .append("</td>");
        }
    }

    private static String signed(BigDecimal difference) {
        return (difference.signum() > 0 ? "+" : "") + difference.toPlainString();
    }

    /**
     * Draws the bar chart: per dimension a bar before and a bar after, each {@code mean ÷ scale top ×
     * PLOT_HEIGHT} high (so heights are proportional to means), a hidden side as a note written up its
     * slot instead of a bar; gridlines at each point of the scale.
     */
    private static void svg(StringBuilder out, CultureChart chart, Labels labels) {
        List<CultureChart.Row> rows = chart.rows();
        int top = chart.scaleMaximum();
        int group = 2 * BAR_WIDTH + BAR_GAP;
        // Labels are written at −35° ending under their bars: leave room below and to the left.
        int longest = rows.stream()
                .mapToInt(r -> r.label(labels.language()).length())
                .max()
                .orElse(0);
        double run = longest * CHARACTER_WIDTH;
        int left = AXIS + (int) Math.max(0, Math.ceil(run * 0.82 - GROUP_GAP - group / 2.0 - AXIS));
        int bottom = 30 + (int) Math.ceil(run * 0.58);
        int width = left + rows.size() * (group + GROUP_GAP) + GROUP_GAP;
        int baseline = TOP + LEGEND + PLOT_HEIGHT;
        int height = baseline + bottom;
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"chart-title\"")
                .append(" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" data-scale-maximum=\"")
                .append(top)
                .append("\" data-plot-height=\"")
                .append(PLOT_HEIGHT)
                .append("\">\n<title id=\"chart-title\">")
                .append(escape(labels.get("section.culture")))
                .append("</title>\n");
        // legend
        legend(out, left, TOP, "before", labels.get("culture.before"));
        legend(out, left + 120, TOP, "after", labels.get("culture.after"));
        // gridlines and the axis
        for (int point = 0; point <= top; point++) {
            String y = coordinate(BigDecimal.valueOf(baseline)
                    .subtract(scaled(BigDecimal.valueOf(point), top))
                    .setScale(3, RoundingMode.HALF_UP));
            out.append("<line class=\"")
                    .append(point == 0 ? "axis" : "grid")
                    .append("\" x1=\"")
                    .append(left)
                    .append("\" x2=\"")
                    .append(width - GROUP_GAP / 2)
                    .append("\" y1=\"")
                    .append(y)
                    .append("\" y2=\"")
                    .append(y)
                    .append("\"/>\n<text x=\"")
                    .append(left - 8)
                    .append("\" y=\"")
                    .append(y)
                    .append("\" text-anchor=\"end\" dominant-baseline=\"middle\">")
                    .append(point)
                    .append("</text>\n");
        }
        for (int i = 0; i < rows.size(); i++) {
            CultureChart.Row row = rows.get(i);
            int x = left + GROUP_GAP + i * (group + GROUP_GAP);
            bar(out, row, row.before(), "before", x, baseline, chart, labels);
            bar(out, row, row.after(), "after", x + BAR_WIDTH + BAR_GAP, baseline, chart, labels);
            int centre = x + group / 2;
            out.append("<text class=\"dimension\" x=\"")
                    .append(centre)
                    .append("\" y=\"")
                    .append(baseline + 14)
                    .append("\" text-anchor=\"end\" transform=\"rotate(-35 ")
                    .append(centre)
                    .append(' ')
                    .append(baseline + 14)
                    .append(")\">")
                    .append(escape(row.label(labels.language())))
                    .append("</text>\n");
        }
        out.append("</svg>\n");
    }

    private static void legend(StringBuilder out, int x, int y, String phase, String label) {
        out.append("<rect class=\"legend ")
                .append(phase)
                .append("\" fill=\"")
                .append(fill(phase))
                .append("\" x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y - 10)
                .append("\" width=\"12\" height=\"12\"/>\n<text x=\"")
                .append(x + 18)
                .append("\" y=\"")
                .append(y)
                .append("\">")
                .append(escape(label))
                .append("</text>\n");
    }

    private static void bar(
            StringBuilder out,
            CultureChart.Row row,
            CultureChart.Side side,
            String phase,
            int x,
            int baseline,
            CultureChart chart,
            Labels labels) {
        String label = row.label(labels.language()) + " – " + labels.get("culture." + phase) + ": ";
        if (side.visibility() == CultureChart.Visibility.SHOWN) {
            BigDecimal mean = side.mean().orElseThrow();
            BigDecimal h = scaled(mean, chart.scaleMaximum());
            BigDecimal y = BigDecimal.valueOf(baseline).subtract(h);
            out.append("<rect class=\"bar ")
                    .append(phase)
                    .append("\" fill=\"")
                    .append(fill(phase))
                    .append("\" data-dimension=\"")
                    .append(escape(row.dimension()))
                    .append("\" data-phase=\"")
                    .append(phase)
                    .append("\" data-mean=\"")
                    .append(mean.toPlainString())
                    .append("\" data-respondents=\"")
                    .append(side.respondents().orElseThrow())
                    .append("\" x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(coordinate(y))
                    .append("\" width=\"")
                    .append(BAR_WIDTH)
                    .append("\" height=\"")
                    .append(coordinate(h))
                    .append("\"><title>")
                    .append(escape(label + mean.toPlainString() + " (n = "
                            + side.respondents().orElseThrow() + ")"))
                    .append("</title></rect>\n<text class=\"value\" x=\"")
                    .append(x + BAR_WIDTH / 2)
                    .append("\" y=\"")
                    .append(coordinate(y.subtract(BigDecimal.valueOf(3))))
                    .append("\" text-anchor=\"middle\">")
                    .append(mean.toPlainString())
                    .append("</text>\n");
        } else {
            // Never a bar of zero: the slot carries the reason, written upwards from the baseline.
            int cx = x + BAR_WIDTH / 2;
            int cy = baseline - 6;
            String note = labels.hidden(side.visibility(), chart.anonymityThreshold());
            out.append("<text class=\"hidden-note\" data-dimension=\"")
                    .append(escape(row.dimension()))
                    .append("\" data-phase=\"")
                    .append(phase)
                    .append("\" data-visibility=\"")
                    .append(side.visibility().name())
                    .append("\" x=\"")
                    .append(cx)
                    .append("\" y=\"")
                    .append(cy)
                    .append("\" dominant-baseline=\"middle\" transform=\"rotate(-90 ")
                    .append(cx)
                    .append(' ')
                    .append(cy)
                    .append(")\"><title>")
                    .append(escape(label + note))
                    .append("</title>")
                    .append(escape(note))
                    .append("</text>\n");
        }
    }

    /** Returns a phase's colour, also set on the element so the chart keeps it outside the page. */
    private static String fill(String phase) {
        return phase.equals("before") ? "#8c959f" : "#0969da";
    }

    /** Returns {@code value ÷ top × PLOT_HEIGHT}, to three decimals. */
    static BigDecimal scaled(BigDecimal value, int top) {
        return value.multiply(BigDecimal.valueOf(PLOT_HEIGHT)).divide(BigDecimal.valueOf(top), 3, RoundingMode.HALF_UP);
    }

    private static String coordinate(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static void header(StringBuilder out, String... cells) {
        out.append("<tr>");
        for (String cell : cells) {
            out.append("<th scope=\"col\">").append(escape(cell)).append("</th>");
        }
        out.append("</tr>");
    }

    private static void cell(StringBuilder out, String text) {
        out.append("<td>").append(escape(text)).append("</td>");
    }

    private static void number(StringBuilder out, String text) {
        out.append("<td class=\"num\">").append(escape(text)).append("</td>");
    }

    /**
     * Returns the text safe in HTML content and in a quoted attribute value, as the OWASP XSS
     * prevention cheat sheet's rule 1 asks: {@code & < > " '} as character references; control
     * characters that HTML and XML forbid become U+FFFD, so the page stays well-formed.
     *
     * @param text the text, not null
     * @return the escaped text, never null
     */
    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#x27;";
                default -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f ? "\uFFFD" : null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 32).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
