package org.learningmentor.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningmentor.core.common.PairId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.Violation;
import org.learningmentor.core.pair.MentoringPair;
import org.learningmentor.core.pair.PairHistoryEntry;
import org.learningmentor.core.pair.PairKind;
import org.learningmentor.core.pair.PairStatus;
import org.learningmentor.runtime.transfer.ProgramDocument;
import org.learningmentor.runtime.transfer.ProgramDocumentException;
import org.learningmentor.runtime.transfer.ProgramDocuments;
import org.learningmentor.runtime.transfer.TransferViolation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A corrupted programme document is refused whole: one {@link ProgramDocumentException} listing
 * every violation with its code and path, never a bare parser exception or a half-read document,
 * and an import of it leaves the store exactly as it was.
 */
class TransferValidationTest {

    private static final JsonMapper TREES = JsonMapper.builder()
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static final byte[] GOLDEN = TransferFixtures.golden();

    /** One way to corrupt the golden document, and the violation it must give. */
    record Corruption(String name, Consumer<ObjectNode> corrupt, String code, String path) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> corruptions() {
        return Stream.of(
                        new Corruption(
                                "a newer format version",
                                root -> root.put("formatVersion", 2),
                                "transfer.document.format-version-unsupported",
                                "formatVersion"),
                        new Corruption(
                                "no format version",
                                root -> root.remove("formatVersion"),
                                "transfer.document.format-version-missing",
                                "formatVersion"),
                        new Corruption(
                                "a format version as text",
                                root -> root.put("formatVersion", "1"),
                                "transfer.document.format-version-missing",
                                "formatVersion"),
                        new Corruption(
                                "a plan owned by a person not in the document",
                                TransferValidationTest::removeOwnerOfFirstPlan,
                                "transfer.reference.person-missing",
                                "plans[0].ownerIds[0]"),
                        new Corruption(
                                "a response to an unknown survey",
                                root -> ((ObjectNode) root.get("responses").get(0))
                                        .put("surveyId", UUID.randomUUID().toString()),
                                "transfer.reference.survey-missing",
                                "responses[0].surveyId"),
                        new Corruption(
                                "a duplicated pair",
                                root -> ((ArrayNode) root.get("pairs"))
                                        .add(root.get("pairs").get(0).deepCopy()),
                                "transfer.document.id-duplicate",
                                "pairs[2].id"),
                        new Corruption(
                                "a response answered out of the scale",
                                root -> ((ObjectNode)
                                                root.get("responses").get(3).get("answers"))
                                        .put("CL1", 99),
                                "survey.answer.out-of-scale",
                                "responses[3].answers[0]"),
                        new Corruption(
                                "a display name of ten megabytes",
                                root -> ((ObjectNode) root.get("people").get(1))
                                        .put("displayName", "x".repeat(10 * 1024 * 1024)),
                                "common.text.too-long",
                                "people[1].displayName"),
                        new Corruption(
                                "a date that is no date",
                                root -> ((ObjectNode) root.get("program")).put("plannedStart", "next spring"),
                                "transfer.aggregate.unreadable",
                                "program.plannedStart"),
                        new Corruption(
                                "no surveys",
                                root -> root.remove("surveys"),
                                "transfer.document.section-missing",
                                "surveys"),
                        new Corruption(
                                "a pair of another programme",
                                root -> ((ObjectNode) root.get("pairs").get(1))
                                        .put("programId", UUID.randomUUID().toString()),
                                "transfer.reference.program-other",
                                "pairs[1].programId"),
                        new Corruption(
                                "more surveys than allowed",
                                root -> {
                                    ArrayNode surveys = (ArrayNode) root.get("surveys");
                                    JsonNode one = surveys.get(0);
                                    while (surveys.size() <= ProgramDocuments.MAX_SURVEYS_OR_EVALUATIONS) {
                                        surveys.add(one);
                                    }
                                },
                                "transfer.document.too-many",
                                "surveys"))
                .map(Arguments::of);
    }

    private static void removeOwnerOfFirstPlan(ObjectNode root) {
        String owner = root.get("plans").get(0).get("ownerIds").get(0).asString();
        ArrayNode people = (ArrayNode) root.get("people");
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).get("id").asString().equals(owner)) {
                people.remove(i);
                return;
            }
        }
        throw new IllegalStateException("the plan's owner is not in the golden document");
    }

    private static byte[] corrupted(Consumer<ObjectNode> corruption) {
        ObjectNode root = (ObjectNode) TREES.readTree(GOLDEN);
        corruption.accept(root);
        return TREES.writeValueAsBytes(root);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corruptions")
    void aCorruptedDocumentIsRefusedWithItsViolationAndItsImportWritesNothing(Corruption corruption) {
        byte[] bad = corrupted(corruption.corrupt());

        ProgramDocumentException refused =
                catchThrowableOfType(ProgramDocumentException.class, () -> ProgramDocuments.fromJson(bad));

        assertThat(refused.violations())
                .extracting(Violation::code, Violation::path)
                .contains(org.assertj.core.groups.Tuple.tuple(corruption.code(), corruption.path()));
        assertThat(refused.getMessage()).contains(corruption.code()).hasSizeLessThan(20_000);
        assertTheImportWritesNothing(bad);
    }

    static LongStream seeds() {
        String fixed = System.getProperty("learningmentor.seed");
        return fixed != null ? LongStream.of(Long.parseLong(fixed)) : LongStream.rangeClosed(1, 40);
    }

    /**
     * Whatever happens to the bytes (cut short, a character changed, a span lost or repeated), reading
     * gives a document or a {@link ProgramDocumentException}: never another exception.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void damagedBytesGiveADocumentOrAProgramDocumentExceptionNeverAnythingElse(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] damaged = GOLDEN.clone();
        for (int round = 1 + random.nextInt(3); round > 0; round--) {
            damaged = damage(damaged, random);
        }
        byte[] input = damaged;

        Throwable thrown = catchThrowable(() -> ProgramDocuments.fromJson(input));

        if (thrown != null) {
            assertThat(thrown).as("seed %d", seed).isInstanceOf(ProgramDocumentException.class);
            assertThat(((ProgramDocumentException) thrown).violations()).isNotEmpty();
        }
    }

    /** The characters a damaged byte becomes: JSON's structure, digits, hex and a few letters. */
    private static final String DAMAGE = " {}[]\",:0123456789abcdef-ZQ";

    private static byte[] damage(byte[] bytes, SplittableRandom random) {
        int at = random.nextInt(bytes.length);
        int length = Math.min(bytes.length - at, 1 + random.nextInt(40));
        byte[] out;
        switch (random.nextInt(4)) {
            case 0 -> out = Arrays.copyOf(bytes, at);
            case 1 -> {
                out = bytes.clone();
                out[at] = (byte) DAMAGE.charAt(random.nextInt(DAMAGE.length()));
            }
            case 2 -> {
                out = new byte[bytes.length - length];
                System.arraycopy(bytes, 0, out, 0, at);
                System.arraycopy(bytes, at + length, out, at, bytes.length - at - length);
            }
            default -> {
                out = new byte[bytes.length + length];
                System.arraycopy(bytes, 0, out, 0, at + length);
                System.arraycopy(bytes, at, out, at + length, bytes.length - at);
            }
        }
        return out;
    }

    @Test
    void everyViolationOfADocumentIsListedAtOnce() {
        byte[] bad = corrupted(root -> {
            removeOwnerOfFirstPlan(root);
            ((ObjectNode) root.get("responses").get(0))
                    .put("surveyId", UUID.randomUUID().toString());
            ((ArrayNode) root.get("pairs")).add(root.get("pairs").get(0).deepCopy());
            ((ObjectNode) root.get("responses").get(3).get("answers")).put("CL1", 99);
            ((ObjectNode) root.get("people").get(1)).put("displayName", "x".repeat(10 * 1024 * 1024));
        });

        ProgramDocumentException refused =
                catchThrowableOfType(ProgramDocumentException.class, () -> ProgramDocuments.fromJson(bad));

        assertThat(refused.codes())
                .contains(
                        "transfer.reference.person-missing",
                        "transfer.reference.survey-missing",
                        "transfer.document.id-duplicate",
                        "survey.answer.out-of-scale",
                        "common.text.too-long");
        assertThat(refused.violations())
                .allSatisfy(v ->
                        assertThat(TransferViolation.message(v)).isNotBlank().doesNotStartWith("transfer."));
        assertTheImportWritesNothing(bad);
    }

    @Test
    void aBrokenPersonGivesItsOwnViolationNotOneForEveryRecordThatNamesThem() {
        // the programme's coordinator is named all over the document
        byte[] bad = corrupted(root -> {
            String coordinator = root.get("program").get("coordinatorId").asString();
            for (JsonNode person : root.get("people")) {
                if (person.get("id").asString().equals(coordinator)) {
                    ((ObjectNode) person).put("displayName", "x".repeat(10 * 1024 * 1024));
                }
            }
        });

        ProgramDocumentException refused =
                catchThrowableOfType(ProgramDocumentException.class, () -> ProgramDocuments.fromJson(bad));

        assertThat(refused.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("common.text.too-long");
            assertThat(v.path()).matches("people\\[\\d+]\\.displayName");
        });
    }

    @Test
    void truncatedJsonIsMalformedWithTheParsersExceptionAsTheCause() {
        byte[] truncated = Arrays.copyOf(GOLDEN, GOLDEN.length / 2);

        ProgramDocumentException refused =
                catchThrowableOfType(ProgramDocumentException.class, () -> ProgramDocuments.fromJson(truncated));

        assertThat(refused.codes()).containsExactly("transfer.document.malformed");
        assertThat(refused.getCause()).isInstanceOf(JacksonException.class);
        assertThat(catchThrowable(() -> ProgramDocuments.fromJson(new ByteArrayInputStream(truncated))))
                .isInstanceOf(ProgramDocumentException.class);
        assertTheImportWritesNothing(truncated);
    }

    @Test
    void textThatIsNoJsonObjectIsMalformed() {
        for (String text : List.of("", "null", "[]", "42", "\"programme\"", "{\"formatVersion\": 1,")) {
            assertThat(catchThrowable(() -> ProgramDocuments.fromJson(text.getBytes(StandardCharsets.UTF_8))))
                    .as(text)
                    .isInstanceOfSatisfying(
                            ProgramDocumentException.class,
                            e -> assertThat(e.codes()).containsExactly("transfer.document.malformed"));
        }
    }

    @Test
    void deepNestingIsRefusedAsMalformedNotWithAStackOverflow() {
        String deep = "{\"formatVersion\": 1, \"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";

        assertThat(catchThrowable(() -> ProgramDocuments.fromJson(deep.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(
                        ProgramDocumentException.class,
                        e -> assertThat(e.codes()).containsExactly("transfer.document.malformed"));
    }

    @Test
    void aNewerFormatIsRefusedBeforeAnythingElseIsRead() {
        byte[] bad = corrupted(root -> {
            root.put("formatVersion", 2);
            root.remove("people");
        });

        ProgramDocumentException refused =
                catchThrowableOfType(ProgramDocumentException.class, () -> ProgramDocuments.fromJson(bad));

        assertThat(refused.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("transfer.document.format-version-unsupported");
            assertThat(v.arguments()).containsExactly("2", "1");
            assertThat(TransferViolation.message(v))
                    .isEqualTo("The document has format version 2; this library reads version 1 only");
        });
    }

    @Test
    void unknownPropertiesAreTolerated() {
        byte[] extended = corrupted(root -> {
            root.put("exportedBy", "another installation");
            ((ObjectNode) root.get("program")).put("futureField", true);
        });

        assertThat(ProgramDocuments.fromJson(extended)).isEqualTo(ProgramDocuments.fromJson(GOLDEN));
    }

    @Test
    void anExportThatWouldNotImportIsRefused() {
        // a pair is stored with a member the store does not hold (set-up bypassing the use cases)
        World world = World.create();
        ProgramId programId = TransferFixtures.storeRealisticProgramme(world);
        PersonId stranger = PersonId.of(UUID.fromString("00000000-0000-4000-8000-00000000abcd"));
        PersonId mentor = world.program(programId).activeMentors().get(0);
        MentoringPair pair = MentoringPair.builder()
                .id(PairId.of(UUID.fromString("00000000-0000-4000-8000-00000000dcba")))
                .organizationId(world.organizationId())
                .programId(programId)
                .kind(PairKind.MENTOR_MENTEE)
                .first(mentor)
                .second(stranger)
                .status(PairStatus.ACTIVE)
                .addHistory(PairHistoryEntry.builder()
                        .status(PairStatus.ACTIVE)
                        .at(World.NOW.minusSeconds(3600))
                        .actor(world.hr().personId())
                        .build())
                .build();
        world.persistence.pairs().save(world.organizationId(), pair);

        ProgramDocumentException refused = catchThrowableOfType(
                ProgramDocumentException.class, () -> world.runtime.transfers().exportProgram(world.hr(), programId));

        assertThat(refused.violations())
                .extracting(Violation::code, Violation::arguments)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        "transfer.reference.person-missing", List.of(stranger.toString())));
    }

    @Test
    void aDocumentOfAnotherOrganizationIsRefusedAndWritesNothing() {
        ProgramDocument document = ProgramDocuments.fromJson(GOLDEN);
        World other = World.create();
        Actor stranger = Actor.of(
                org.learningmentor.core.common.OrganizationId.of(
                        UUID.fromString("00000000-0000-4000-8000-0000000000ff")),
                other.hr().personId(),
                other.hr().roles());

        // the actor's organization is not stored, and the document is not of it: no one to authorize
        assertThat(catchThrowable(() -> other.runtime.transfers().importProgram(stranger, document)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static void assertTheImportWritesNothing(byte[] bad) {
        World target = World.create();
        List<Object> before = TransferFixtures.snapshot(target.persistence, target.organizationId());

        Throwable thrown = catchThrowable(
                () -> target.runtime.transfers().importProgram(target.hr(), ProgramDocuments.fromJson(bad)));

        assertThat(thrown).isInstanceOf(ProgramDocumentException.class);
        assertThat(TransferFixtures.snapshot(target.persistence, target.organizationId()))
                .isEqualTo(before);
    }
}
