package org.learningmentor.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** Runs the app in this JVM, as {@code ./learningmentor} would, and keeps what it printed. */
final class Cli {

    /** What one run printed and returned. */
    record Run(int status, String out, String err) {

        /** The lines of standard error. */
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Cli() {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = LearningMentorCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }
}
