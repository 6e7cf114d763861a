package org.learningmentor.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.learningmentor.persistence.DuplicateKeyException;
import org.learningmentor.persistence.PersistenceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code learningmentor} command-line app: {@code demo} runs a whole learning-mentoring
 * programme and writes its evaluation report; {@code evaluate}, {@code export} and {@code import}
 * work with programme documents. {@code ./learningmentor --help} lists them with the exit codes.
 *
 * <p>User errors print one line (a document's violations one more line each) on standard error and
 * exit with an {@link ExitCode}; {@code --verbose} adds the stack trace.
 */
@Command(
        name = "learningmentor",
        mixinStandardHelpOptions = true,
        versionProvider = LearningMentorCli.Version.class,
        description = "Runs and evaluates learning-mentoring programmes (oppimismentorointi) with the Learning"
                + " Mentor SDK.",
        subcommands = {
            DemoCommand.class,
            EvaluateCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            CommandLine.HelpCommand.class
        })
public final class LearningMentorCli implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show the stack trace of an error.")
    boolean verbose;

    /**
     * Runs the app and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(execute(args, out, err));
    }

    /**
     * Runs the app in this JVM, as {@link #main} does, without exiting.
     *
     * @param args the command line, not null
     * @param out standard output, not null
     * @param err standard error, not null
     * @return the exit status, one of {@link ExitCode}'s codes
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        int status =
                commandLine(out, err, Arrays.asList(args).contains("--verbose")).execute(args);
        out.flush();
        err.flush();
        return status;
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean verbose) {
        CommandLine cl = new CommandLine(new LearningMentorCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        Map<String, String> codes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            codes.put(String.format("%3d", code.code()), code.meaning());
        }
        applyExitCodes(cl, codes);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine at = ex.getCommandLine();
            at.getErr()
                    .println("learningmentor: " + Storage.firstLine(ex.getMessage()) + " (see '"
                            + at.getCommandSpec().qualifiedName() + " --help')");
            return ExitCode.USAGE.code();
        });
        cl.setExecutionExceptionHandler((ex, at, parseResult) -> {
            CliException failure = asCliException(ex);
            PrintWriter e = at.getErr();
            e.println("learningmentor: " + failure.getMessage());
            failure.details().forEach(line -> e.println("  - " + line));
            if (verbose) {
                ex.printStackTrace(e);
            } else if (failure.exitCode() == ExitCode.INTERNAL) {
                e.println("  (run again with --verbose for the stack trace)");
            }
            e.flush();
            return failure.exitCode().code();
        });
        return cl;
    }

    private static void applyExitCodes(CommandLine cl, Map<String, String> codes) {
        cl.getCommandSpec()
                .usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(codes);
        cl.getSubcommands().values().stream()
                .filter(sub -> !(sub.getCommand() instanceof CommandLine.HelpCommand))
                .forEach(sub -> applyExitCodes(sub, codes));
    }

    /** Maps what a command may throw to the user's message and exit code. */
    static CliException asCliException(Exception ex) {
        if (ex instanceof CliException cli) {
            return cli;
        }
        if (ex instanceof DuplicateKeyException) {
            return new CliException(
                    ExitCode.CONFLICT,
                    "the database already holds this record: " + Storage.firstLine(ex.getMessage()),
                    ex);
        }
        if (ex instanceof PersistenceException) {
            return new CliException(ExitCode.DATABASE, "database problem: " + Storage.firstLine(ex.getMessage()), ex);
        }
        if (ex instanceof UncheckedIOException io) {
            return new CliException(
                    ExitCode.FILE, Storage.firstLine(io.getMessage()) + ": " + Documents.describe(io.getCause()), ex);
        }
        return new CliException(ExitCode.INTERNAL, "internal error: " + ex, ex);
    }

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(),
                "no command given: choose one of " + spec.subcommands().keySet());
    }

    /** The version from the jar's manifest, when there is one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = LearningMentorCli.class.getPackage().getImplementationVersion();
            return new String[] {"learningmentor " + (version == null ? "(development build)" : version)};
        }
    }
}
