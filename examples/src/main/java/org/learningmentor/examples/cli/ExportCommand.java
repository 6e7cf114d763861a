package org.learningmentor.examples.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.learningmentor.core.common.IdGenerator;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.persistence.Persistence;
import org.learningmentor.runtime.Actor;
import org.learningmentor.runtime.LearningMentor;
import org.learningmentor.runtime.transfer.ProgramDocument;
import org.learningmentor.runtime.transfer.ProgramDocumentException;
import org.learningmentor.runtime.transfer.ProgramDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code learningmentor export}: a stored programme as one JSON document. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Exports a programme from a database as one JSON document (format version 1): the organization, the"
                    + " people it names, the programme, its pairs, plans, surveys with their anonymous responses,"
                    + " and evaluations. Exporting the same data always gives the same bytes.",
            "It acts as the programme's coordinator (HR), unless --as names another person with the"
                    + " PROGRAM_EXPORT permission."
        })
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--program", required = true, paramLabel = "ID", description = "The programme's id (a UUID).")
    UUID program;

    @Option(names = "--as", paramLabel = "PERSON_ID", description = "Export as this person (default: the coordinator).")
    UUID as;

    @Option(names = "--output", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        byte[] json;
        try (Storage storage = database.open()) {
            Persistence persistence = storage.persistence();
            ProgramId programId = ProgramId.of(program);
            OrganizationId organizationId = organizationOf(storage, programId);
            MentoringProgram stored =
                    persistence.programs().find(organizationId, programId).orElseThrow();
            Actor actor = actor(persistence, organizationId, stored);
            LearningMentor lm = LearningMentor.builder()
                    .persistence(persistence)
                    .clock(Clock.systemUTC())
                    .ids(IdGenerator.random())
                    .build();
            ProgramDocument document;
            try {
                document = lm.transfers().exportProgram(actor, programId);
            } catch (ProgramDocumentException e) {
                throw Documents.invalid("the stored programme " + programId, e);
            }
            json = ProgramDocuments.toJson(document);
        }
        Documents.write(output, json, spec.commandLine().getOut());
        if (output != null) {
            spec.commandLine()
                    .getErr()
                    .printf("Exported programme %s to %s (%d bytes).%n", program, output, json.length);
        }
        return ExitCode.OK.code();
    }

    private Actor actor(Persistence persistence, OrganizationId organizationId, MentoringProgram stored) {
        PersonId personId = as != null
                ? PersonId.of(as)
                : stored.coordinatorId()
                        .orElseThrow(() -> new CliException(
                                ExitCode.USAGE,
                                "programme " + program
                                        + " has no coordinator: name the person to export as with --as"));
        Person person = persistence
                .people()
                .find(organizationId, personId)
                .orElseThrow(() -> new CliException(
                        ExitCode.CONFLICT, "person " + personId + " is not in the programme's organization"));
        return Actor.of(person);
    }

    /**
     * The programme's organization. The SPI is scoped by organization and the command line names
     * only the programme, so the app, as the database's administrator, reads it from the
     * programmes table (the SDK's default table prefix).
     */
    private static OrganizationId organizationOf(Storage storage, ProgramId programId) {
        try (Connection connection = storage.dataSource().getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT organization_id FROM lm_programs WHERE id = ?")) {
            select.setObject(1, programId.value());
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new CliException(
                            ExitCode.CONFLICT, "programme " + programId + " is not in " + storage.description());
                }
                return OrganizationId.of(rows.getObject(1, UUID.class));
            }
        } catch (SQLException e) {
            throw new CliException(
                    ExitCode.DATABASE,
                    "cannot look up programme " + programId + " in " + storage.description() + ": "
                            + Storage.firstLine(e.getMessage()),
                    e);
        }
    }
}
