package org.learningmentor.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User errors: the documented exit code and one line on standard error, never a stack trace, and
 * nothing on standard output.
 */
class CliErrorsTest {

    @TempDir
    Path folder;

    private static void assertOneLineError(Cli.Run run, ExitCode expected, String contains) {
        assertThat(run.status()).as(run.err()).isEqualTo(expected.code());
        assertThat(run.errLines())
                .singleElement()
                .asString()
                .startsWith("learningmentor: ")
                .contains(contains);
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownCommandIsABadArgument() {
        assertOneLineError(Cli.run("frobnicate"), ExitCode.USAGE, "'frobnicate'");
    }

    @Test
    void noCommandIsABadArgument() {
        assertOneLineError(Cli.run(), ExitCode.USAGE, "no command given");
    }

    @Test
    void anUnknownOptionIsABadArgument() {
        assertOneLineError(Cli.run("demo", "--colour", "blue"), ExitCode.USAGE, "--colour");
    }

    @Test
    void evaluateWithoutInputIsABadArgument() {
        assertOneLineError(Cli.run("evaluate"), ExitCode.USAGE, "Missing required option: '--input=FILE'");
    }

    @Test
    void anUnknownLanguageOrFormatIsABadArgument() {
        assertOneLineError(Cli.run("demo", "--lang", "de"), ExitCode.USAGE, "'de' is not a language");
        assertOneLineError(Cli.run("evaluate", "--input", "x.json", "--format", "pdf"), ExitCode.USAGE, "--format");
    }

    @Test
    void aMissingFileIsAFileError() {
        Path missing = folder.resolve("missing.json");

        assertOneLineError(Cli.run("evaluate", "--input", missing.toString()), ExitCode.FILE, "does not exist");
    }

    @Test
    void aFolderGivenAsTheDocumentIsAFileError() {
        assertOneLineError(Cli.run("evaluate", "--input", folder.toString()), ExitCode.FILE, "cannot be read");
    }

    @Test
    void invalidJsonIsAnInvalidDocumentWithItsViolation() throws Exception {
        Path file = folder.resolve("broken.json");
        Files.writeString(file, "{\"formatVersion\": 1, \"organization\": ");

        Cli.Run run = Cli.run("evaluate", "--input", file.toString());

        assertThat(run.status()).isEqualTo(ExitCode.INVALID_DOCUMENT.code());
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0))
                .isEqualTo("learningmentor: the programme document " + file + " is invalid: 1 violation");
        assertThat(run.errLines().get(1)).startsWith("  - transfer.document.malformed");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aDocumentOfAnotherFormatVersionIsInvalid() throws Exception {
        Path file = folder.resolve("v9.json");
        Files.writeString(
                file,
                Files.readString(EvaluateCommandTest.DOCUMENT)
                        .replaceFirst("\"formatVersion\" ?: ?1", "\"formatVersion\": 9"));

        Cli.Run run = Cli.run("evaluate", "--input", file.toString());

        assertThat(run.status()).isEqualTo(ExitCode.INVALID_DOCUMENT.code());
        assertThat(run.err()).contains("transfer.");
    }

    @Test
    void anUnsupportedJdbcUrlIsABadArgument() {
        assertOneLineError(
                Cli.run(
                        "export",
                        "--jdbc-url",
                        "jdbc:mysql://db/x",
                        "--program",
                        "00000000-0000-0000-0000-000000000001"),
                ExitCode.USAGE,
                "unsupported JDBC URL");
    }

    @Test
    void aDatabaseThatCannotBeReachedIsADatabaseError() {
        assertOneLineError(
                Cli.run(
                        "export",
                        "--jdbc-url",
                        "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2",
                        "--program",
                        "00000000-0000-0000-0000-000000000001"),
                ExitCode.DATABASE,
                "cannot connect to PostgreSQL");
    }

    @Test
    void anOutputFolderThatIsAFileIsAFileError() throws Exception {
        Path file = folder.resolve("not-a-folder");
        Files.writeString(file, "x");

        assertOneLineError(Cli.run("demo", "--output", file.toString()), ExitCode.FILE, "not-a-folder");
    }

    @Test
    void verboseAddsTheStackTrace() {
        Cli.Run run = Cli.run(
                "evaluate",
                "--verbose",
                "--input",
                folder.resolve("missing.json").toString());

        assertThat(run.status()).isEqualTo(ExitCode.FILE.code());
        assertThat(run.err()).contains("NoSuchFileException", "\tat ");
    }

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        Cli.Run run = Cli.run("--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("demo", "evaluate", "export", "import", "Exit codes:");
        for (ExitCode code : ExitCode.values()) {
            assertThat(run.out())
                    .containsPattern("\\s" + code.code() + "\\s+"
                            + java.util.regex.Pattern.quote(code.meaning()
                                    .substring(0, Math.min(20, code.meaning().length()))));
        }
    }
}
