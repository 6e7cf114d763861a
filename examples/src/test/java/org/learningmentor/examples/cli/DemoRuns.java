package org.learningmentor.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The English demo run on H2, made once per JVM and shared by the test classes that read what it
 * wrote (a run takes seconds); deleted when the JVM ends.
 */
final class DemoRuns {

    private static Path folder;
    private static Cli.Run run;

    private DemoRuns() {}

    /** The folder of the English demo run, run on first use. */
    static synchronized Path english() {
        if (folder == null) {
            try {
                folder = Files.createTempDirectory("learningmentor-demo-en");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path created = folder;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(created)));
            run = Cli.run("demo", "--output", folder.toString());
        }
        return folder;
    }

    /** What the English run printed and returned. */
    static synchronized Cli.Run englishRun() {
        english();
        return run;
    }

    private static void delete(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // the JVM ends: a temporary folder left behind is harmless
        }
    }
}
