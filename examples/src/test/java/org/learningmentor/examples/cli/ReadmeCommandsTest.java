package org.learningmentor.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's command lines and exit codes match the app, so the README cannot drift from it. */
class ReadmeCommandsTest {

    private static String readme() throws Exception {
        return Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    }

    /** Every line of a code block that starts with {@code ./learningmentor}, without its comment. */
    private static List<String[]> commandLines(String readme) {
        List<String[]> lines = new ArrayList<>();
        for (String line : readme.lines().toList()) {
            if (line.startsWith("./learningmentor")) {
                String command = line.replaceFirst("\\s+#.*$", "").trim();
                String[] words = command.split("\\s+");
                lines.add(java.util.Arrays.copyOfRange(words, 1, words.length));
            }
        }
        return lines;
    }

    @Test
    void readmeCommandLinesParseAsTheAppReadsThem() throws Exception {
        List<String[]> lines = commandLines(readme());

        assertThat(lines).hasSizeGreaterThanOrEqualTo(8);
        assertThat(lines).anySatisfy(args -> assertThat(args).containsExactly("demo"));
        for (String[] args : lines) {
            assertThatCode(() -> LearningMentorCli.commandLine(
                                    new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false)
                            .parseArgs(args))
                    .as(String.join(" ", args))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void readmeListsTheExitCodesAsTheAppDefinesThem() throws Exception {
        Matcher rows = Pattern.compile("(?m)^\\| (\\d) \\| (.+) \\|$").matcher(readme());
        List<String> listed = new ArrayList<>();
        while (rows.find()) {
            listed.add(rows.group(1) + " " + rows.group(2).replace("`", "").replace(", one per line", ""));
        }

        assertThat(listed)
                .containsExactly(java.util.Arrays.stream(ExitCode.values())
                        .map(code -> code.code() + " " + code.meaning())
                        .toArray(String[]::new));
    }

    @Test
    void readmeStartsWithTheTwoCommands() throws Exception {
        String readme = readme();

        assertThat(readme.indexOf("./mvnw verify")).isLessThan(readme.indexOf("## What the demo wrote"));
        assertThat(readme.indexOf("./learningmentor demo")).isLessThan(readme.indexOf("## What the demo wrote"));
        assertThat(readme.indexOf("## What the demo wrote")).isLessThan(readme.indexOf("## The other commands"));
        assertThat(readme.indexOf("## The other commands")).isLessThan(readme.indexOf("## Modules"));
    }
}
