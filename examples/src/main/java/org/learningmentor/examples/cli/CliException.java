package org.learningmentor.examples.cli;

import java.util.List;
import java.util.Objects;

/**
 * A failure the user can act on: a one-line message (plus, for an invalid document, one line per
 * violation) and the exit code. Printed without a stack trace unless {@code --verbose}.
 */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ExitCode exitCode;
    private final List<String> details;

    CliException(ExitCode exitCode, String message) {
        this(exitCode, message, List.of(), null);
    }

    CliException(ExitCode exitCode, String message, Throwable cause) {
        this(exitCode, message, List.of(), cause);
    }

    CliException(ExitCode exitCode, String message, List<String> details, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.exitCode = Objects.requireNonNull(exitCode, "exitCode");
        this.details = List.copyOf(details);
    }

    ExitCode exitCode() {
        return exitCode;
    }

    /** Further lines, such as every violation of an invalid document. */
    List<String> details() {
        return details;
    }
}
