package org.learningmentor.runtime.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.evaluation.Evaluation;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reports of an {@link Evaluation}, for people and for programs: its JSON, its findings as CSV,
 * and a report in Markdown and in HTML in the reader's language (Finnish, Swedish or English).
 *
 * <pre>{@code
 * Evaluation evaluation = ...;
 * String markdown = EvaluationReports.markdown(evaluation, Language.FI);
 * EvaluationReports.writeAll(evaluation, Optional.empty(), Language.FI, Path.of("report"));
 * // report/report.md, report/findings.csv, report/evaluation.json, report/report.html
 * }</pre>
 *
 * <ul>
 *   <li>{@link #json}: the evaluation's own wire format (as core defines it, read back by {@link
 *       #parseJson}), indented by two spaces with {@code \n} line ends on every platform.
 *   <li>{@link #csv}: RFC 4180, one row per finding; see {@link CsvReport} for columns and the
 *       formula-injection guard.
 *   <li>{@link #markdown}: GitHub-flavoured Markdown: header, per-level summary, goal attainment,
 *       findings; host text escaped.
 *   <li>{@link #html}: a self-contained page with the same tables and an SVG bar chart of the
 *       learning-culture profile before and after; all text escaped, no script.
 * </ul>
 *
 * <p>Numbers appear exactly as the evaluation stores them, with a full stop as the decimal mark in
 * every language, so a report's figures are the evaluation's and read the same as the reasons'
 * messages. Labels come from {@code org/learningmentor/runtime/report/messages*.properties}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class EvaluationReports {

    /** The file names {@link #writeAll} writes, in order. */
    public static final List<String> FILE_NAMES =
            List.of("report.md", "findings.csv", "evaluation.json", "report.html");

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final ObjectWriter JSON_WRITER = MAPPER.writerFor(Evaluation.class)
            .with(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private EvaluationReports() {}

    /**
     * Returns the evaluation's JSON, pretty-printed, ending with a line break.
     *
     * @param evaluation the evaluation, not null
     * @return the JSON, never null
     */
    public static String json(Evaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        return JSON_WRITER.writeValueAsString(evaluation) + "\n";
    }

    /**
     * Reads an evaluation from its JSON, as {@link #json} writes it.
     *
     * @param json the JSON, not null
     * @return the evaluation, never null
     * @throws tools.jackson.core.JacksonException when the text is not an evaluation's JSON (a
     *     broken rule of the model is reported as its {@code ValidationException} wrapped in it)
     */
    public static Evaluation parseJson(String json) {
        Objects.requireNonNull(json, "json");
        return MAPPER.readValue(json, Evaluation.class);
    }

    /**
     * Returns the findings as CSV: a header row ({@code ruleId, level, severity, title, outcome,
     * measured, comparison, threshold, reason}), then one row per finding in the rule set's order;
     * titles and messages in the language, codes as in the JSON, CRLF line ends.
     *
     * @param evaluation the evaluation, not null
     * @param language the language of titles and messages, not null
     * @return the CSV, never null
     */
    public static String csv(Evaluation evaluation, Language language) {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(language, "language");
        return CsvReport.write(evaluation, language);
    }

    /**
     * Returns the Markdown report in the language.
     *
     * @param evaluation the evaluation, not null
     * @param language the language, not null
     * @return the Markdown, never null
     */
    public static String markdown(Evaluation evaluation, Language language) {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(language, "language");
        return MarkdownReport.write(evaluation, language);
    }

    /**
     * Returns the HTML report in the language, with the chart of the learning-culture profile before
     * and after.
     *
     * @param evaluation the evaluation, not null
     * @param chart the chart's figures, or empty to chart the scores in the evaluation's facts
     *     ({@link CultureChart#from}); not null
     * @param language the language, not null
     * @return the page, never null
     */
    public static String html(Evaluation evaluation, Optional<CultureChart> chart, Language language) {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(language, "language");
        return HtmlReport.write(evaluation, chart.orElseGet(() -> CultureChart.from(evaluation.facts())), language);
    }

    /**
     * Appends the evaluation's JSON; see {@link #json(Evaluation)}.
     *
     * @param evaluation the evaluation, not null
     * @param out where to write, not null
     * @throws IOException when appending fails
     */
    public static void writeJson(Evaluation evaluation, Appendable out) throws IOException {
        Objects.requireNonNull(out, "out").append(json(evaluation));
    }

    /**
     * Appends the findings as CSV; see {@link #csv(Evaluation, Language)}.
     *
     * @param evaluation the evaluation, not null
     * @param language the language, not null
     * @param out where to write, not null
     * @throws IOException when appending fails
     */
    public static void writeCsv(Evaluation evaluation, Language language, Appendable out) throws IOException {
        Objects.requireNonNull(out, "out").append(csv(evaluation, language));
    }

    /**
     * Appends the Markdown report; see {@link #markdown(Evaluation, Language)}.
     *
     * @param evaluation the evaluation, not null
     * @param language the language, not null
     * @param out where to write, not null
     * @throws IOException when appending fails
     */
    public static void writeMarkdown(Evaluation evaluation, Language language, Appendable out) throws IOException {
        Objects.requireNonNull(out, "out").append(markdown(evaluation, language));
    }

    /**
     * Appends the HTML report; see {@link #html(Evaluation, Optional, Language)}.
     *
     * @param evaluation the evaluation, not null
     * @param chart the chart's figures, or empty for the facts' scores; not null
     * @param language the language, not null
     * @param out where to write, not null
     * @throws IOException when appending fails
     */
    public static void writeHtml(Evaluation evaluation, Optional<CultureChart> chart, Language language, Appendable out)
            throws IOException {
        Objects.requireNonNull(out, "out").append(html(evaluation, chart, language));
    }

    /**
     * Writes every report into a folder, in UTF-8, creating the folder when needed and replacing files
     * of the same names: report.md, findings.csv, evaluation.json
     * and report.html. Each report is rendered before any file is written, so a
     * failure to render leaves the folder as it was.
     *
     * @param evaluation the evaluation, not null
     * @param chart the chart's figures, or empty for the facts' scores; not null
     * @param language the language, not null
     * @param directory the folder, not null
     * @return the files written, in the order of {@link #FILE_NAMES}; never null
     * @throws UncheckedIOException when the folder cannot be made or a file cannot be written
     */
    public static List<Path> writeAll(
            Evaluation evaluation, Optional<CultureChart> chart, Language language, Path directory) {
        Objects.requireNonNull(directory, "directory");
        List<String> contents = List.of(
                markdown(evaluation, language),
                csv(evaluation, language),
                json(evaluation),
                html(evaluation, chart, language));
        try {
            Files.createDirectories(directory);
            List<Path> files = FILE_NAMES.stream().map(directory::resolve).toList();
            for (int i = 0; i < files.size(); i++) {
                try (Writer writer = Files.newBufferedWriter(files.get(i), StandardCharsets.UTF_8)) {
                    writer.write(contents.get(i));
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reports to " + directory, e);
        }
    }
}
