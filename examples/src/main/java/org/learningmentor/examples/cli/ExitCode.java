package org.learningmentor.examples.cli;

/**
 * The exit codes of the {@code learningmentor} app, as {@code --help} and the README list them.
 * Stable: scripts may test them.
 */
public enum ExitCode {
    /** The command did what it was asked. */
    OK(0, "success"),
    /** A fault of the app itself (a bug): the message says what, {@code --verbose} shows the trace. */
    INTERNAL(1, "internal error (a bug: run again with --verbose and report it)"),
    /** The command line is wrong: an unknown command or option, a missing or malformed value. */
    USAGE(2, "bad arguments: unknown command or option, missing or malformed value"),
    /** A file or folder cannot be read or written: missing, unreadable, not writable. */
    FILE(3, "a file cannot be read or written (missing, unreadable, not writable)"),
    /** A document (programme or rule set) is not valid JSON or breaks the model's rules. */
    INVALID_DOCUMENT(4, "invalid document: not JSON, or it breaks the model's rules (every violation listed)"),
    /** The database cannot be reached, migrated, read or written. */
    DATABASE(5, "database problem: cannot connect, migrate, read or write"),
    /** The database does not hold what was asked for, or already holds what would be written. */
    CONFLICT(6, "not found or already there: the programme is missing, or the data already exists");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** Returns the process exit status. */
    public int code() {
        return code;
    }

    /** Returns what the code means, for the help text. */
    public String meaning() {
        return meaning;
    }
}
