package org.learningmentor.examples.cli;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.core.evaluation.RuleSet;
import org.learningmentor.core.evaluation.RuleSets;
import org.learningmentor.core.survey.Instrument;
import org.learningmentor.core.survey.Instruments;
import org.learningmentor.core.survey.Survey;
import org.learningmentor.runtime.report.CultureChart;
import org.learningmentor.runtime.report.EvaluationReports;
import org.learningmentor.runtime.transfer.OfflineEvaluation;
import org.learningmentor.runtime.transfer.ProgramDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code learningmentor evaluate}: a programme document judged by a rule set, without a database. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
            "Evaluates an exported programme document (programme.json, as export or the demo writes it) by a rule"
                    + " set, without a database, and writes the evaluation as JSON, Markdown, CSV or an HTML page.",
            "The same document, rules and day always give the same evaluation."
        })
final class EvaluateCommand implements Callable<Integer> {

    /** The report formats. */
    enum Format {
        json,
        md,
        csv,
        html
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "The programme document.")
    Path input;

    @Option(
            names = "--rules",
            paramLabel = "FILE",
            description = "A rule set as JSON (default: the ready-made guidelines, RuleSets.defaults()).")
    Path rules;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "md",
            description = "json, md, csv or html (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            defaultValue = "en",
            converter = LanguageConverter.class,
            description = "Language of md, csv and html: fi, sv or en (default: ${DEFAULT-VALUE}).")
    Language language;

    @Option(names = "--output", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Option(
            names = "--on",
            paramLabel = "DATE",
            description = "The day the facts describe, YYYY-MM-DD (default: the programme's evaluation day when it"
                    + " recorded one, else its planned end).")
    LocalDate on;

    @Option(
            names = "--planned-mentors",
            paramLabel = "N",
            description = "How many mentors the programme planned to recruit.")
    Integer plannedMentors;

    @Option(names = "--costs", paramLabel = "EUROS", description = "The programme's costs, for ROI and BCR.")
    BigDecimal costs;

    @Option(names = "--benefits", paramLabel = "EUROS", description = "Its monetary benefits, for ROI and BCR.")
    BigDecimal benefits;

    @Override
    public Integer call() {
        ProgramDocument document = Documents.programme(input);
        RuleSet ruleSet = rules == null ? RuleSets.defaults() : Documents.ruleSet(rules);
        LocalDate day = on != null
                ? on
                : document.program().evaluatedOn().orElse(document.program().plannedEnd());
        Evaluation evaluation = OfflineEvaluation.evaluate(
                document,
                ruleSet,
                day,
                plannedMentors == null ? OptionalInt.empty() : OptionalInt.of(plannedMentors),
                Optional.ofNullable(costs),
                Optional.ofNullable(benefits));
        String text = switch (format) {
            case json -> EvaluationReports.json(evaluation);
            case md -> EvaluationReports.markdown(evaluation, language);
            case csv -> EvaluationReports.csv(evaluation, language);
            case html ->
                EvaluationReports.html(
                        evaluation,
                        Optional.of(CultureChart.from(evaluation.facts()).withNames(instrument(document))),
                        language);
        };
        Documents.write(
                output,
                text.getBytes(StandardCharsets.UTF_8),
                spec.commandLine().getOut());
        return ExitCode.OK.code();
    }

    private static Instrument instrument(ProgramDocument document) {
        return document.surveys().stream()
                .map(Survey::instrument)
                .findFirst()
                .orElseGet(Instruments::defaultInstrument);
    }
}
