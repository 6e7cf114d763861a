package org.learningmentor.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.core.evaluation.Finding;
import org.learningmentor.core.evaluation.FindingOutcome;
import org.learningmentor.core.survey.Instruments;
import org.learningmentor.core.survey.SurveyPurpose;
import org.learningmentor.persistence.Persistence;
import org.learningmentor.runtime.LearningMentor;
import org.learningmentor.runtime.report.CultureChart;
import org.learningmentor.runtime.report.EvaluationReports;
import org.learningmentor.runtime.transfer.ProgramDocuments;
import org.learningmentor.testkit.sample.SampleOrganization;
import org.learningmentor.testkit.time.TestClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code learningmentor demo}: the whole programme, stored, evaluated and reported. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a whole learning-mentoring programme of a fictional Finnish state agency (300 people) through the"
                    + " SDK's use cases, stores it, evaluates it with the default rules and writes the evaluation"
                    + " report: report.html (with the culture-profile chart before and after), report.md,"
                    + " findings.csv and evaluation.json; culture-profiles.html with every group's survey"
                    + " results, hidden ones marked; and the programme itself as programme.json, for evaluate and"
                    + " import.",
            "Without --jdbc-url the data goes to an H2 file database in the output folder, which each run"
                    + " replaces. The same run always gives the same reports."
        })
final class DemoCommand implements Callable<Integer> {

    /** The programme document the demo exports next to its reports. */
    static final String PROGRAMME_FILE = "programme.json";

    @Spec
    CommandSpec spec;

    @Option(
            names = "--output",
            paramLabel = "DIR",
            defaultValue = "learningmentor-demo",
            description = "Folder for the reports and the H2 database (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(
            names = "--jdbc-url",
            paramLabel = "URL",
            description = "Store in this database instead: jdbc:postgresql://host:5432/db (or jdbc:h2:…). It must"
                    + " not hold the demo agency yet.")
    String jdbcUrl;

    /** The user and password, with --jdbc-url only. */
    @Mixin
    DatabaseCredentials credentials;

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            defaultValue = "en",
            converter = LanguageConverter.class,
            description = "Language of the reports: fi, sv or en (default: ${DEFAULT-VALUE}).")
    Language language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (jdbcUrl == null
                && (credentials.user != null
                        || spec.commandLine().getParseResult().hasMatchedOption("--password"))) {
            throw new CliException(ExitCode.USAGE, "--user and --password go with --jdbc-url");
        }
        SampleOrganization agency = DemoProgramme.agency();
        DemoProgramme.Result result;
        String where;
        try (Storage storage = jdbcUrl == null
                ? Storage.freshH2File(output)
                : Storage.of(jdbcUrl, credentials.user, credentials.password)) {
            where = storage.description();
            Persistence persistence = storage.persistence();
            OrganizationId organizationId = agency.organization().id();
            if (persistence.organizations().find(organizationId).isPresent()) {
                throw new CliException(
                        ExitCode.CONFLICT,
                        storage.description() + " already holds the demo agency (organization " + organizationId
                                + "): use an empty database, or drop its lm_ tables");
            }
            TestClock clock = DemoProgramme.clock();
            LearningMentor lm = LearningMentor.builder()
                    .persistence(persistence)
                    .clock(clock)
                    .ids(DemoProgramme.ids())
                    .build();
            result = DemoProgramme.run(lm, clock, agency);
        }
        Evaluation evaluation = result.evaluation();
        CultureChart chart = CultureChart.from(evaluation.facts()).withNames(Instruments.defaultInstrument());
        List<Path> files =
                new ArrayList<>(EvaluationReports.writeAll(evaluation, Optional.of(chart), language, output));
        String profiles = ProfilesPage.render(
                agency.organization(),
                Instruments.defaultInstrument(),
                List.of(
                        new ProfilesPage.Section(
                                SurveyPurpose.BASELINE, result.baseline().profile()),
                        new ProfilesPage.Section(
                                SurveyPurpose.FOLLOW_UP, result.followUp().profile())),
                language);
        Path profilesFile = output.resolve(ProfilesPage.FILE);
        Documents.write(profilesFile, profiles.getBytes(java.nio.charset.StandardCharsets.UTF_8), out);
        files.add(profilesFile);
        Path programme = output.resolve(PROGRAMME_FILE);
        Documents.write(programme, ProgramDocuments.toJson(result.document()), out);
        files.add(programme);
        summary(out, agency, result, where, files);
        return ExitCode.OK.code();
    }

    private void summary(
            PrintWriter out, SampleOrganization agency, DemoProgramme.Result result, String where, List<Path> files) {
        Evaluation evaluation = result.evaluation();
        out.printf(
                "Learning-mentoring demo: %s, %d people%n",
                agency.organization().name().in(language), agency.people().size());
        out.printf(
                "Programme \"%s\" %s to %s, walked through every phase to %s.%n",
                result.program().name().in(language),
                DemoProgramme.START,
                DemoProgramme.END,
                result.program().phase());
        out.printf("Stored in %s, programme id %s.%n", where, result.programId());
        out.printf(
                "  %d mentors in training, %d mentor pairs, %d plans approved and followed at 2 checkpoints%n",
                result.mentors(), result.pairs(), result.plans());
        survey(out, "baseline survey ", result.baseline(), evaluation);
        survey(out, "follow-up survey", result.followUp(), evaluation);
        Map<FindingOutcome, Long> outcomes = evaluation.findings().stream()
                .collect(Collectors.groupingBy(Finding::outcome, TreeMap::new, Collectors.counting()));
        out.printf(
                "Evaluation with the default rules (%d): %s%n",
                evaluation.findings().size(),
                outcomes.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(java.util.Locale.ROOT))
                        .collect(Collectors.joining(", ")));
        for (Finding finding : evaluation.findings()) {
            if (finding.outcome() != FindingOutcome.PASSED) {
                out.printf(
                        "  %-13s %s: %s%n",
                        finding.outcome(), finding.title().in(language), finding.message(language.toLocale()));
            }
        }
        out.printf(
                "Reports (%s) in %s:%n",
                language.code(), output.toAbsolutePath().normalize());
        for (Path file : files) {
            out.printf("  %s%n", file.getFileName());
        }
        out.printf(
                "Open %s in a browser.%n",
                output.resolve("report.html").toAbsolutePath().normalize().toUri());
    }

    private static void survey(
            PrintWriter out, String label, DemoProgramme.SurveyResult survey, Evaluation evaluation) {
        out.printf(
                "  %s %d responses; %d groups shown, %d hidden (fewer than %d respondents, or to protect a"
                        + " hidden one)%n",
                label,
                survey.responses(),
                survey.groupsShown(),
                survey.groupsHidden(),
                evaluation.facts().anonymityThreshold());
    }
}
