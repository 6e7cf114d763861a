package org.learningmentor.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.goal.ProgramGoal;
import org.learningmentor.core.organization.OrgUnit;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.testkit.sample.SampleData;
import org.learningmentor.testkit.sample.SampleOrganization;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generates a fictional Finnish state agency with the test kit's seeded generator, prints its unit
 * tree, people and goals in Finnish, Swedish or English, and writes the whole organization as JSON.
 *
 * <pre>
 * ./mvnw -q -pl examples -am package -DskipTests exec:java -Dexec.args="--people 300 --lang sv"
 * </pre>
 */
public final class SampleOrganizationApp {

    static final String USAGE = """
            Usage: sample-organization [options]
              --people N      people in the agency, %d to %d (default 120)
              --seed N        generator seed; the same seed gives the same agency (default 2026)
              --lang L        language of the summary: fi, sv or en (default en)
              --format F      summary (default): the unit tree, roles and goals, and the JSON in a file;
                              json: the JSON on standard output
              --output FILE   where the summary format writes the JSON (default target/sample-organization.json)
              --help          this text
            """.formatted(SampleData.MIN_PEOPLE, SampleData.MAX_PEOPLE);

    /** The JSON document the app writes: the organization, its people and management's goals. */
    record Document(Organization organization, List<Person> people, List<ProgramGoal> goals) {}

    private SampleOrganizationApp() {}

    /**
     * Runs the app and exits with its status: 0 on success, 2 for bad arguments, 1 when the file
     * cannot be written.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the app with the given streams and returns the exit status; used by the tests. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("sample-organization: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        if (options.help) {
            out.print(USAGE);
            return 0;
        }
        SampleOrganization agency = SampleData.organization(options.seed, options.people);
        JsonMapper mapper =
                JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        String json = mapper.writeValueAsString(new Document(agency.organization(), agency.people(), agency.goals()));
        if (options.json) {
            out.println(json);
            return 0;
        }
        try {
            Path parent = options.output.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(options.output, json + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            err.println("sample-organization: cannot write " + options.output + ": " + e.getMessage());
            return 1;
        }
        printSummary(agency, options.language, out);
        out.println();
        out.println("JSON (" + agency.people().size() + " people) written to " + options.output);
        return 0;
    }

    private static void printSummary(SampleOrganization agency, Language language, PrintStream out) {
        Organization organization = agency.organization();
        out.println(organization.name().in(language));
        Map<OrgUnitId, Integer> headcount = new HashMap<>();
        agency.people().forEach(p -> headcount.merge(p.unitId(), 1, Integer::sum));
        int shown = 0;
        for (OrgUnit root : organization.topLevelUnits()) {
            shown = printUnit(organization, root, 1, headcount, language, out, shown);
        }
        if (shown < organization.units().size()) {
            out.println("  … and " + (organization.units().size() - shown) + " more units");
        }
        out.println();
        for (Role role : Role.values()) {
            out.printf("%-20s %6d%n", role, agency.withRole(role).size());
        }
        out.printf("%-20s %6d%n", "active mentors", agency.activeMentors().size());
        out.println();
        for (ProgramGoal goal : agency.goals()) {
            out.println("Goal: " + goal.title().in(language) + " (" + goal.level() + ")");
            goal.indicators()
                    .forEach(indicator -> out.println("  " + indicator.name().in(language) + ": "
                            + indicator.baseline().toPlainString() + " -> "
                            + indicator.target().toPlainString()
                            + " " + indicator.unit()));
        }
    }

    private static int printUnit(
            Organization organization,
            OrgUnit unit,
            int depth,
            Map<OrgUnitId, Integer> headcount,
            Language language,
            PrintStream out,
            int shown) {
        if (shown >= 40) {
            return shown;
        }
        out.printf(
                "%s%-14s %s (%d)%n",
                "  ".repeat(depth), unit.code(), unit.name().in(language), headcount.getOrDefault(unit.id(), 0));
        int count = shown + 1;
        for (OrgUnit child : organization.children(unit.id())) {
            count = printUnit(organization, child, depth + 1, headcount, language, out, count);
        }
        return count;
    }

    /** The parsed command line. */
    static final class Options {
        int people = 120;
        long seed = 2026;
        Language language = Language.EN;
        boolean json;
        boolean help;
        Path output = Path.of("target", "sample-organization.json");

        static Options parse(String[] args) {
            Options options = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--help", "-h" -> options.help = true;
                    case "--people" -> options.people = integer(arg, value(args, ++i, arg));
                    case "--seed" -> options.seed = longValue(arg, value(args, ++i, arg));
                    case "--lang" -> options.language = language(value(args, ++i, arg));
                    case "--output" -> options.output = Path.of(value(args, ++i, arg));
                    case "--format" -> {
                        String format = value(args, ++i, arg);
                        if (!format.equals("json") && !format.equals("summary")) {
                            throw new IllegalArgumentException("--format must be summary or json, not " + format);
                        }
                        options.json = format.equals("json");
                    }
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            if (options.people < SampleData.MIN_PEOPLE || options.people > SampleData.MAX_PEOPLE) {
                throw new IllegalArgumentException("--people must be " + SampleData.MIN_PEOPLE + " to "
                        + SampleData.MAX_PEOPLE + ", not " + options.people);
            }
            return options;
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[index];
        }

        private static int integer(String option, String value) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " must be a whole number, not " + value);
            }
        }

        private static long longValue(String option, String value) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " must be a whole number, not " + value);
            }
        }

        private static Language language(String code) {
            for (Language language : Language.values()) {
                if (language.code().equalsIgnoreCase(code)) {
                    return language;
                }
            }
            throw new IllegalArgumentException("--lang must be fi, sv or en, not " + code);
        }
    }
}
