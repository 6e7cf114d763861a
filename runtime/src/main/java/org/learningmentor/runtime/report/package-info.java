/**
 * Reports of an evaluation (arviointiraportti), for the evaluation phase and after it: the
 * evaluation's JSON, its findings as CSV, and Markdown and HTML reports in Finnish, Swedish or
 * English, the HTML with a chart of the learning-culture profile before and after. Start with {@link
 * org.learningmentor.runtime.report.EvaluationReports}.
 *
 * <p>Reports live in the runtime rather than in core because they need a JSON and a CSV library and
 * may write files; core stays pure.
 */
package org.learningmentor.runtime.report;
