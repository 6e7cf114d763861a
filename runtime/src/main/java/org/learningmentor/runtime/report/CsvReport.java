package org.learningmentor.runtime.report;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.evaluation.Comparison;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.core.evaluation.Finding;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes the findings as RFC 4180 CSV through Jackson's CSV format: a header row, then one row per
 * finding in the rule set's order; fields quoted only when needed, a quote doubled, CRLF between
 * records, UTF-8 without a byte-order mark.
 *
 * <p>Columns: {@value #COLUMNS_DOC}. Codes (level, severity, outcome, comparison) are the enum names
 * of the evaluation's JSON, stable for filters and scripts; the title and the reason's message are in
 * the report's language; numbers are written exactly as stored, with a full stop, so they read back
 * unchanged. An empty field is a missing figure.
 *
 * <p>Formula injection (CWE-1236): a spreadsheet runs a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return as a formula. Text fields that start so (the rule
 * id, the title, the message, all of which may carry a host's or an importer's text) get a leading
 * apostrophe, as OWASP recommends; a reader who needs the raw text removes the apostrophe from a
 * field that starts with an apostrophe and one of those characters. Number fields are never prefixed: we write them from {@link BigDecimal}s, so a
 * leading {@code -} is a negative number, not a formula.
 */
final class CsvReport {

    static final String COLUMNS_DOC =
            "ruleId, level, severity, title, outcome, measured, comparison, threshold, reason";

    static final List<String> COLUMNS =
            List.of("ruleId", "level", "severity", "title", "outcome", "measured", "comparison", "threshold", "reason");

    // Quotes only fields that need them; leading or trailing spaces are quoted so no spreadsheet
    // trims them away.
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
            .enable(CsvWriteFeature.QUOTE_STRINGS_WITH_LEADING_TRAILING_WHITESPACE)
            .build();

    private static final CsvSchema SCHEMA = schema();

    private CsvReport() {}

    private static CsvSchema schema() {
        CsvSchema.Builder builder = CsvSchema.builder();
        COLUMNS.forEach(builder::addColumn);
        return builder.build().withHeader().withLineSeparator("\r\n");
    }

    static String write(Evaluation evaluation, Language language) {
        StringWriter out = new StringWriter(1024);
        try (SequenceWriter rows = MAPPER.writer(SCHEMA).writeValues(out)) {
            for (Finding finding : evaluation.findings()) {
                rows.write(new String[] {
                    text(finding.ruleId()),
                    finding.level().name(),
                    finding.severity().name(),
                    text(finding.title().in(language)),
                    finding.outcome().name(),
                    number(finding.measured()),
                    finding.comparison().map(Comparison::name).orElse(""),
                    number(finding.threshold()),
                    text(finding.message(language.toLocale()))
                });
            }
        }
        return out.toString();
    }

    private static String number(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse("");
    }

    /**
     * Returns the text with an apostrophe before it when a spreadsheet would take it for a formula.
     *
     * @param text the text, not null
     * @return the text, guarded, never null
     */
    static String text(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
