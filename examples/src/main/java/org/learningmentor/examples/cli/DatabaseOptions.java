package org.learningmentor.examples.cli;

import picocli.CommandLine.Option;

/** The database options of export and import. */
final class DatabaseOptions {

    @Option(
            names = "--jdbc-url",
            required = true,
            paramLabel = "URL",
            description = "The database: jdbc:postgresql://host:5432/db or jdbc:h2:file:/path/db. Its tables are"
                    + " created or brought up to date.")
    String url;

    @Option(names = "--user", paramLabel = "USER", description = "Database user.")
    String user;

    @Option(
            names = "--password",
            paramLabel = "PASSWORD",
            defaultValue = "${env:LEARNINGMENTOR_DB_PASSWORD}",
            description = "Database password (default: the environment variable LEARNINGMENTOR_DB_PASSWORD,"
                    + " which keeps it out of the process list).")
    String password;

    Storage open() {
        return Storage.of(url, user, password);
    }
}
