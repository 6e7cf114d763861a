package org.learningmentor.runtime.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violation;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.pair.MentoringPair;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.plan.MentorPlan;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.survey.Survey;
import org.learningmentor.core.survey.SurveyResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of a {@link ProgramDocument}: written canonically, read with full validation.
 *
 * <pre>{@code
 * byte[] json = ProgramDocuments.toJson(document);
 * ProgramDocument again = ProgramDocuments.fromJson(json);   // equal to document
 * }</pre>
 *
 * <p>The document is one JSON object: {@code formatVersion} ({@value ProgramDocument#FORMAT_VERSION}),
 * then {@code organization}, {@code people}, {@code program}, {@code pairs}, {@code plans}, {@code
 * surveys}, {@code responses} and {@code evaluations}, each record in the model's own wire format
 * (Jackson 3, as the JDBC store keeps it). The writing is canonical, so the same document always
 * gives the same bytes: UTF-8, two-space indentation, {@code \n} line ends and a final line break,
 * the document's lists in its canonical order, properties of every object in alphabetical order.
 * The model's maps keep their own order (a text's languages in their fixed order, a response's
 * answers in the order of the instrument's items), which reading back restores, so a response read
 * from a document equals the one written. Unknown properties are tolerated when reading, as everywhere in the model.
 *
 * <p>Reading checks everything and reports every problem at once in one {@link
 * ProgramDocumentException}: JSON that does not parse ({@code transfer.document.malformed}, with the
 * parser's exception as the cause), a missing or other format version (nothing else is read then),
 * missing parts, lists longer than the limits below, each record's own rules (the model's codes,
 * under the record's path, such as {@code people[3].displayName}), duplicate ids, and the references
 * across records ({@link #validate}). The parser's defaults bound nesting depth and string length.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ProgramDocuments {

    /** The most bytes a document may have. */
    public static final int MAX_DOCUMENT_BYTES = 512 * 1024 * 1024;

    /** The most people a document may hold. */
    public static final int MAX_PEOPLE = 100_000;

    /** The most pairs, and the most plans, a document may hold. */
    public static final int MAX_PAIRS_OR_PLANS = 100_000;

    /** The most surveys, and the most evaluations, a document may hold. */
    public static final int MAX_SURVEYS_OR_EVALUATIONS = 1_000;

    /** The most survey responses a document may hold. */
    public static final int MAX_RESPONSES = 1_000_000;

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            // numbers reach the records exactly as written: 1.50 stays 1.50
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static final ObjectWriter PRETTY = MAPPER.writer()
            .with(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private ProgramDocuments() {}

    /**
     * Writes the document as canonical JSON (see the class description).
     *
     * @param document the document, not null
     * @return the UTF-8 JSON ending with a line break, never null
     */
    public static byte[] toJson(ProgramDocument document) {
        Objects.requireNonNull(document, "document");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = PRETTY.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeNumberProperty("formatVersion", document.formatVersion());
            generator.writeName("organization");
            write(generator, document.organization(), Organization.class);
            writeAll(generator, "people", document.people(), Person.class);
            generator.writeName("program");
            write(generator, document.program(), MentoringProgram.class);
            writeAll(generator, "pairs", document.pairs(), MentoringPair.class);
            writeAll(generator, "plans", document.plans(), MentorPlan.class);
            writeAll(generator, "surveys", document.surveys(), Survey.class);
            writeAll(generator, "responses", document.responses(), SurveyResponse.class);
            writeAll(generator, "evaluations", document.evaluations(), Evaluation.class);
            generator.writeEndObject();
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static <T> void writeAll(JsonGenerator generator, String name, List<T> records, Class<T> type) {
        generator.writeName(name);
        generator.writeStartArray();
        for (T record : records) {
            write(generator, record, type);
        }
        generator.writeEndArray();
    }

    /** Writes one record as its declared type, which decides the model's polymorphic type ids. */
    private static <T> void write(JsonGenerator generator, T record, Class<T> type) {
        PRETTY.forType(type).writeValue(generator, record);
    }

    /**
     * Reads a document from a stream, to its end, and validates it fully; see {@link
     * #fromJson(byte[])}. The stream is not closed.
     *
     * @param in the UTF-8 JSON, not null
     * @return the document, never null
     * @throws ProgramDocumentException with every violation found, or {@code
     *     transfer.document.too-large} when the stream has more than {@value #MAX_DOCUMENT_BYTES} bytes
     * @throws UncheckedIOException when reading the stream fails
     */
    public static ProgramDocument fromJson(InputStream in) {
        Objects.requireNonNull(in, "in");
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the programme document failed", e);
        }
        return fromJson(bytes);
    }

    /**
     * Reads a document from its JSON and validates it fully: the format version, each record by
     * the model's rules, the limits, and every reference across records ({@link #validate}).
     *
     * @param json the UTF-8 JSON, not null
     * @return the document, never null; equal to the one written when the JSON came from {@link
     *     #toJson}
     * @throws ProgramDocumentException with every violation found; for JSON that does not parse, a
     *     {@code transfer.document.malformed} violation and the parser's exception as the cause
     */
    public static ProgramDocument fromJson(byte[] json) {
        Objects.requireNonNull(json, "json");
        if (json.length > MAX_DOCUMENT_BYTES) {
            throw new ProgramDocumentException(
                    List.of(Violation.of(TransferViolation.TOO_LARGE, "", MAX_DOCUMENT_BYTES, MAX_DOCUMENT_BYTES)));
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new ProgramDocumentException(
                    Violation.of(TransferViolation.DOCUMENT_MALFORMED, "", e.getOriginalMessage()), e);
        }
        if (root == null || !root.isObject()) {
            throw new ProgramDocumentException(List.of(
                    Violation.of(TransferViolation.DOCUMENT_MALFORMED, "", "the document is not a JSON object")));
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt()) {
            throw new ProgramDocumentException(
                    List.of(Violation.of(TransferViolation.FORMAT_VERSION_MISSING, "formatVersion")));
        }
        if (version.intValue() != ProgramDocument.FORMAT_VERSION) {
            throw new ProgramDocumentException(List.of(Violation.of(
                    TransferViolation.FORMAT_VERSION_UNSUPPORTED,
                    "formatVersion",
                    version.intValue(),
                    ProgramDocument.FORMAT_VERSION)));
        }
        List<Violation> violations = new ArrayList<>();
        Set<String> unreadable = new HashSet<>();
        Organization organization = readOne(root, "organization", Organization.class, violations);
        List<Person> people = readAll(root, "people", Person.class, MAX_PEOPLE, unreadable, violations);
        MentoringProgram program = readOne(root, "program", MentoringProgram.class, violations);
        List<MentoringPair> pairs =
                readAll(root, "pairs", MentoringPair.class, MAX_PAIRS_OR_PLANS, unreadable, violations);
        List<MentorPlan> plans = readAll(root, "plans", MentorPlan.class, MAX_PAIRS_OR_PLANS, unreadable, violations);
        List<Survey> surveys =
                readAll(root, "surveys", Survey.class, MAX_SURVEYS_OR_EVALUATIONS, unreadable, violations);
        List<SurveyResponse> responses =
                readAll(root, "responses", SurveyResponse.class, MAX_RESPONSES, unreadable, violations);
        List<Evaluation> evaluations =
                readAll(root, "evaluations", Evaluation.class, MAX_SURVEYS_OR_EVALUATIONS, unreadable, violations);
        if (organization != null && program != null) {
            // checked on the lists as read, so that paths point into the JSON as given
            violations.addAll(DocumentChecks.check(
                    organization, people, program, pairs, plans, surveys, responses, evaluations, unreadable));
        }
        if (!violations.isEmpty()) {
            throw new ProgramDocumentException(violations);
        }
        return ProgramDocument.of(organization, people, program, pairs, plans, surveys, responses, evaluations);
    }

    /**
     * Checks a document's references across its records and its limits: every record of the
     * document's organization and programme, no id twice in a list, no response token twice per
     * survey, every person named among {@link ProgramDocument#people()} (with their managers), every
     * unit named a unit of the organization, every pair plan's pair and every response's survey in
     * the document, and no list longer than the limits. Each record's own rules hold already: its
     * builder checked them.
     *
     * @param document the document, not null
     * @throws ProgramDocumentException with every violation found
     */
    public static void validate(ProgramDocument document) {
        Objects.requireNonNull(document, "document");
        List<Violation> violations = new ArrayList<>();
        checkSize("people", document.people(), MAX_PEOPLE, violations);
        checkSize("pairs", document.pairs(), MAX_PAIRS_OR_PLANS, violations);
        checkSize("plans", document.plans(), MAX_PAIRS_OR_PLANS, violations);
        checkSize("surveys", document.surveys(), MAX_SURVEYS_OR_EVALUATIONS, violations);
        checkSize("responses", document.responses(), MAX_RESPONSES, violations);
        checkSize("evaluations", document.evaluations(), MAX_SURVEYS_OR_EVALUATIONS, violations);
        violations.addAll(DocumentChecks.check(
                document.organization(),
                document.people(),
                document.program(),
                document.pairs(),
                document.plans(),
                document.surveys(),
                document.responses(),
                document.evaluations(),
                Set.of()));
        if (!violations.isEmpty()) {
            throw new ProgramDocumentException(violations);
        }
    }

    /**
     * Returns the ids of the people the document's records name: whom a document discloses, and
     * whom an export must include. The people's own records count too (a person names their
     * manager), so an export that adds the people named until this adds no one has everyone the
     * runtime's reference checks need.
     *
     * @param document the document, not null
     * @return the ids in the order first named, never null
     */
    public static Set<PersonId> namedPeople(ProgramDocument document) {
        Objects.requireNonNull(document, "document");
        Set<PersonId> named = new LinkedHashSet<>();
        Consumer<References.Reference> add = reference -> {
            if (reference.id() instanceof PersonId person) {
                named.add(person);
            }
        };
        References.in(document.organization(), Organization.class).forEach(add);
        document.people().forEach(person -> References.in(person, Person.class).forEach(add));
        References.in(document.program(), MentoringProgram.class).forEach(add);
        document.pairs()
                .forEach(pair -> References.in(pair, MentoringPair.class).forEach(add));
        document.plans().forEach(plan -> References.in(plan, MentorPlan.class).forEach(add));
        document.surveys().forEach(survey -> References.in(survey, Survey.class).forEach(add));
        document.evaluations()
                .forEach(evaluation ->
                        References.in(evaluation, Evaluation.class).forEach(add));
        return named;
    }

    private static <T> T readOne(JsonNode root, String name, Class<T> type, List<Violation> violations) {
        JsonNode node = root.get(name);
        if (node == null || !node.isObject()) {
            violations.add(Violation.of(TransferViolation.SECTION_MISSING, name, "object"));
            return null;
        }
        return read(node, type, name, violations);
    }

    private static <T> List<T> readAll(
            JsonNode root, String name, Class<T> type, int max, Set<String> unreadable, List<Violation> violations) {
        JsonNode node = root.get(name);
        if (node == null || !node.isArray()) {
            violations.add(Violation.of(TransferViolation.SECTION_MISSING, name, "array"));
            return List.of();
        }
        if (node.size() > max) {
            violations.add(Violation.of(TransferViolation.TOO_MANY, name, node.size(), max));
            return List.of();
        }
        List<T> records = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            T record = read(node.get(i), type, name + "[" + i + "]", violations);
            if (record != null) {
                records.add(record);
            } else if (node.get(i).path("id").isString()) {
                unreadable.add(node.get(i).path("id").asString());
            }
        }
        return records;
    }

    /** Reads one record; a broken rule of the model or an unreadable value becomes violations. */
    private static <T> T read(JsonNode node, Class<T> type, String path, List<Violation> violations) {
        try {
            T record = MAPPER.treeToValue(node, type);
            if (record == null) {
                violations.add(Violation.of(TransferViolation.SECTION_MISSING, path, "object"));
            }
            return record;
        } catch (JacksonException e) {
            String where = path
                    + e.getPath().stream()
                            .map(reference -> reference.getPropertyName() != null
                                    ? "." + reference.getPropertyName()
                                    : "[" + reference.getIndex() + "]")
                            .reduce("", String::concat);
            ValidationException broken = validationCause(e);
            if (broken != null) {
                broken.violations().forEach(v -> violations.add(v.nestedUnder(where)));
            } else {
                violations.add(Violation.of(TransferViolation.AGGREGATE_UNREADABLE, where, e.getOriginalMessage()));
            }
            return null;
        } catch (ValidationException e) {
            e.violations().forEach(v -> violations.add(v.nestedUnder(path)));
            return null;
        }
    }

    private static ValidationException validationCause(Throwable thrown) {
        for (Throwable t = thrown; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof ValidationException validation) {
                return validation;
            }
        }
        return null;
    }

    private static void checkSize(String name, List<?> records, int max, List<Violation> violations) {
        if (records.size() > max) {
            violations.add(Violation.of(TransferViolation.TOO_MANY, name, records.size(), max));
        }
    }
}
