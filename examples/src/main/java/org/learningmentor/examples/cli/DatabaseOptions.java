package org.learningmentor.examples.cli;

import picocli.CommandLine.Mixin;
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

    @Mixin
    DatabaseCredentials credentials;

    Storage open() {
        return Storage.of(url, credentials.user, credentials.password);
    }
}
