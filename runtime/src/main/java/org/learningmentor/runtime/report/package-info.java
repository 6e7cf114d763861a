/**
 * Reports of an evaluation (arviointiraportti), for the evaluation phase and after it: the
 * evaluation's JSON, its findings as CSV, and Markdown and HTML reports in Finnish, Swedish or
 * English, the HTML with a chart of the learning-culture profile before and after. Start with {@link
 * org.learningmentor.runtime.report.EvaluationReports}; the chart's figures are a {@link
 * org.learningmentor.runtime.report.CultureChart}.
 *
 * <p>Reports live in the runtime rather than in core because they need a JSON and a CSV library and
 * may write files; core stays pure.
 *
 * <p>Decisions every report follows:
 *
 * <ol>
 *   <li>Figures are the evaluation's: numbers are written exactly as stored ({@code
 *       BigDecimal.toPlainString()}, a full stop as the decimal mark in every language), so they
 *       match the JSON and the reasons' messages, and a test can read them back.
 *   <li>A suppressed group is never a zero: it is "hidden (fewer than N respondents)", or hidden to
 *       protect a smaller group; a score with fewer respondents than the facts' threshold is hidden
 *       even when its figures were given, as the rules treat it.
 *   <li>Text from hosts (titles, names, reasons' arguments) is escaped for the format: HTML by the
 *       OWASP rule for content and quoted attributes, Markdown with backslashes, CSV by the CSV
 *       library, plus a leading apostrophe on text a spreadsheet would run as a formula.
 *   <li>Labels come from {@code messages*.properties} in this package; the JVM's default locale is
 *       never consulted.
 * </ol>
 */
package org.learningmentor.runtime.report;
