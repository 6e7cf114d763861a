package org.learningmentor.examples.cli;

import picocli.CommandLine.Option;

/** The database user and password, shared by every command that opens a database. */
final class DatabaseCredentials {

    @Option(names = "--user", paramLabel = "USER", description = "Database user.")
    String user;

    @Option(
            names = "--password",
            paramLabel = "PASSWORD",
            defaultValue = "${env:LEARNINGMENTOR_DB_PASSWORD}",
            description = "Database password (default: the environment variable LEARNINGMENTOR_DB_PASSWORD,"
                    + " which keeps it out of the process list).")
    String password;
}
