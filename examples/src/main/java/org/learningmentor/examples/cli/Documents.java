package org.learningmentor.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violation;
import org.learningmentor.core.evaluation.RuleSet;
import org.learningmentor.runtime.transfer.ProgramDocument;
import org.learningmentor.runtime.transfer.ProgramDocumentException;
import org.learningmentor.runtime.transfer.ProgramDocuments;
import org.learningmentor.runtime.transfer.TransferViolation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reading and writing the app's files, each failure as a {@link CliException} with its exit code. */
final class Documents {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Documents() {}

    /** What went wrong with a file, in words rather than an exception's name. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder: " + e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied: " + e.getMessage();
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException) {
            return "a file is in the way of a folder: " + e.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static byte[] read(Path file, String what) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCode.FILE, "the " + what + " " + file + " does not exist", e);
        } catch (AccessDeniedException e) {
            throw new CliException(ExitCode.FILE, "the " + what + " " + file + " cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new CliException(ExitCode.FILE, "the " + what + " " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads and fully validates a programme document. */
    static ProgramDocument programme(Path file) {
        byte[] json = read(file, "programme document");
        try {
            return ProgramDocuments.fromJson(json);
        } catch (ProgramDocumentException e) {
            throw invalid("the programme document " + file, e);
        }
    }

    /** Reads a rule set, as {@code RuleSets.defaults()} writes as JSON. */
    static RuleSet ruleSet(Path file) {
        byte[] json = read(file, "rule set");
        try {
            return MAPPER.readValue(json, RuleSet.class);
        } catch (JacksonException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof ValidationException)) {
                cause = cause.getCause();
            }
            if (cause instanceof ValidationException invalid) {
                throw invalid("the rule set " + file, invalid);
            }
            throw new CliException(
                    ExitCode.INVALID_DOCUMENT,
                    "the rule set " + file + " is not a rule set's JSON: " + Storage.firstLine(e.getOriginalMessage()),
                    e);
        }
    }

    /** The exception of an invalid document: a one-line message, then every violation. */
    static CliException invalid(String what, ValidationException e) {
        List<Violation> violations = e.violations();
        List<String> lines = violations.stream()
                .map(v ->
                        v.code() + (v.path().isEmpty() ? "" : " at " + v.path()) + ": " + TransferViolation.message(v))
                .toList();
        return new CliException(
                ExitCode.INVALID_DOCUMENT,
                what + " is invalid: " + violations.size() + (violations.size() == 1 ? " violation" : " violations"),
                lines,
                e);
    }

    /** Writes to the file, or to standard output when there is none. */
    static void write(Path file, byte[] content, PrintWriter out) {
        if (file == null) {
            out.print(new String(content, java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
            return;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, content);
        } catch (IOException e) {
            throw new CliException(ExitCode.FILE, "cannot write " + file + ": " + describe(e), e);
        }
    }
}
