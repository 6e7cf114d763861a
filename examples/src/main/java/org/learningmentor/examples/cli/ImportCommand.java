package org.learningmentor.examples.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.learningmentor.core.common.IdGenerator;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.person.Person;
import org.learningmentor.persistence.Persistence;
import org.learningmentor.runtime.Actor;
import org.learningmentor.runtime.LearningMentor;
import org.learningmentor.runtime.transfer.ImportSummary;
import org.learningmentor.runtime.transfer.ProgramDocument;
import org.learningmentor.runtime.transfer.ProgramDocumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code learningmentor import}: a programme document into a database, all or nothing. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Imports a programme document into a database. The document is checked completely first (every"
                    + " violation is listed) and then against the database; only then is everything written, in"
                    + " one transaction. An invalid document writes nothing.",
            "It acts as the programme's coordinator (HR) as the document names them, unless --as names another"
                    + " person of the document with the PROGRAM_IMPORT permission."
        })
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "The programme document.")
    Path input;

    @Option(names = "--as", paramLabel = "PERSON_ID", description = "Import as this person (default: the coordinator).")
    UUID as;

    @Override
    public Integer call() {
        // The whole document is read and validated before the database is touched.
        ProgramDocument document = Documents.programme(input);
        Actor actor = actor(document);
        ImportSummary summary;
        try (Storage storage = database.open()) {
            Persistence persistence = storage.persistence();
            LearningMentor lm = LearningMentor.builder()
                    .persistence(persistence)
                    .clock(Clock.systemUTC())
                    .ids(IdGenerator.random())
                    .build();
            try {
                summary = lm.transfers().importProgram(actor, document);
            } catch (ProgramDocumentException e) {
                boolean conflict =
                        e.violations().stream().allMatch(v -> v.code().startsWith("transfer.target."));
                CliException invalid = Documents.invalid("the programme document " + input, e);
                throw conflict
                        ? new CliException(
                                ExitCode.CONFLICT,
                                "the programme document " + input + " does not fit " + storage.description()
                                        + "; nothing was written",
                                invalid.details(),
                                e)
                        : invalid;
            }
        }
        spec.commandLine()
                .getOut()
                .printf(
                        "Imported programme %s: %d records written (%s organization, %d people new, %d reused,"
                                + " %d pairs, %d plans, %d surveys, %d responses, %d evaluations).%n",
                        summary.programId(),
                        summary.written(),
                        summary.organizationCreated() ? "new" : "existing",
                        summary.peopleCreated(),
                        summary.peopleReused(),
                        summary.pairs(),
                        summary.plans(),
                        summary.surveys(),
                        summary.responses(),
                        summary.evaluations());
        return ExitCode.OK.code();
    }

    private Actor actor(ProgramDocument document) {
        PersonId personId = as != null
                ? PersonId.of(as)
                : document.program()
                        .coordinatorId()
                        .orElseThrow(() -> new CliException(
                                ExitCode.USAGE,
                                "the document's programme has no coordinator: name the person to import as with --as"));
        Person person = document.people().stream()
                .filter(p -> p.id().equals(personId))
                .findFirst()
                .orElseThrow(() ->
                        new CliException(ExitCode.USAGE, "person " + personId + " is not among the document's people"));
        return Actor.of(person);
    }
}
