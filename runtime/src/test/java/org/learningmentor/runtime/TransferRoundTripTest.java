package org.learningmentor.runtime;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.IdGenerator;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.pair.MentoringPair;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.plan.MentorPlan;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.persistence.Persistence;
import org.learningmentor.persistence.memory.InMemoryPersistence;
import org.learningmentor.runtime.transfer.ImportSummary;
import org.learningmentor.runtime.transfer.ProgramDocument;
import org.learningmentor.runtime.transfer.ProgramDocumentException;
import org.learningmentor.runtime.transfer.ProgramDocuments;
import org.learningmentor.testkit.time.TestClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A programme moves between stores and stays itself: export, import into a fresh store, export
 * again gives the same bytes, and the checked-in golden document is what the sample programme
 * exports to.
 */
class TransferRoundTripTest {

    /**
     * The golden document: the realistic programme of {@link TransferFixtures}. Rewrite it after a
     * deliberate change of the format or the sample data with {@code
     * -Dlearningmentor.golden.update=true}, then read it.
     */
    static final Path GOLDEN = Path.of("src/test/resources/transfer/programme-v1.json");

    private final World source = World.create();
    private final ProgramId programId = TransferFixtures.storeRealisticProgramme(source);
    private final ProgramDocument document = source.runtime.transfers().exportProgram(source.hr(), programId);
    private final byte[] json = ProgramDocuments.toJson(document);

    /** The time of the runtimes over fresh stores. */
    static final java.time.Instant NOW_OF_FRESH = World.NOW;

    static LearningMentor runtimeOver(Persistence persistence) {
        return LearningMentor.builder()
                .persistence(persistence)
                .clock(TestClock.at(NOW_OF_FRESH))
                .ids(IdGenerator.seeded(99))
                .build();
    }

    @Test
    void exportImportIntoAFreshStoreAndExportAgainGivesTheSameBytes() {
        // HR moves the programme to a new installation whose store holds nothing yet…
        LearningMentor fresh = runtimeOver(InMemoryPersistence.create());
        ImportSummary summary = fresh.transfers().importProgram(source.hr(), ProgramDocuments.fromJson(json));

        // …everything was written…
        assertThat(summary.programId()).isEqualTo(programId);
        assertThat(summary.organizationCreated()).isTrue();
        assertThat(summary.peopleCreated()).isEqualTo(document.people().size());
        assertThat(summary.peopleReused()).isZero();
        assertThat(summary.pairs()).isEqualTo(2);
        assertThat(summary.plans()).isEqualTo(3);
        assertThat(summary.surveys()).isEqualTo(2);
        assertThat(summary.responses()).isEqualTo(16);
        assertThat(summary.evaluations()).isEqualTo(1);
        assertThat(summary.written()).isEqualTo(1 + document.people().size() + 1 + 2 + 3 + 2 + 16 + 1);

        // …and exporting it there gives the same bytes, and so does a third store fed from the second
        byte[] again = ProgramDocuments.toJson(fresh.transfers().exportProgram(source.hr(), programId));
        assertThat(new String(again, UTF_8)).isEqualTo(new String(json, UTF_8));
        assertThat(again).isEqualTo(json);
        LearningMentor third = runtimeOver(InMemoryPersistence.create());
        third.transfers().importProgram(source.hr(), ProgramDocuments.fromJson(again));
        assertThat(ProgramDocuments.toJson(third.transfers().exportProgram(source.hr(), programId)))
                .isEqualTo(json);
    }

    @Test
    void readingTheJsonGivesAnEqualDocument() {
        assertThat(ProgramDocuments.fromJson(json)).isEqualTo(document);
        assertThat(ProgramDocuments.fromJson(new java.io.ByteArrayInputStream(json)))
                .isEqualTo(document);
        assertThat(ProgramDocuments.toJson(ProgramDocuments.fromJson(json))).isEqualTo(json);
    }

    @Test
    void theJsonIsPrettyPrintedUtf8EndingWithALineBreak() {
        String text = new String(json, UTF_8);
        assertThat(text)
                .startsWith("{\n  \"formatVersion\" : 1,\n  \"organization\" : {")
                .endsWith("}\n");
        assertThat(text).doesNotContain("\r").doesNotContain("\"version\" : 1");
        assertThat(document.formatVersion()).isEqualTo(ProgramDocument.FORMAT_VERSION);
    }

    @Test
    void theDocumentHoldsNoStoreVersionsAndListsRecordsInTheOrderOfTheirIds() {
        assertThat(source.program(programId).version()).isPositive();
        assertThat(document.organization().version()).isZero();
        assertThat(document.program().version()).isZero();
        assertThat(document.people()).allSatisfy(p -> assertThat(p.version()).isZero());
        assertThat(document.pairs()).allSatisfy(p -> assertThat(p.version()).isZero());
        assertThat(document.plans()).allSatisfy(p -> assertThat(p.version()).isZero());
        assertThat(document.surveys()).allSatisfy(s -> assertThat(s.version()).isZero());
        assertThat(document.evaluations())
                .allSatisfy(e -> assertThat(e.version()).isZero());
        assertThat(document.people().stream().map(p -> p.id().toString()).toList())
                .isSorted();
        assertThat(document.plans().stream().map(p -> p.id().toString()).toList())
                .isSorted();
        assertThat(document.responses().stream().map(r -> r.id().toString()).toList())
                .isSorted();
    }

    @Test
    void theDocumentHoldsThePeopleTheProgrammeNamesWithTheirManagersAndNoOneElse() {
        Set<PersonId> people =
                new HashSet<>(document.people().stream().map(Person::id).toList());
        MentoringProgram program = document.program();
        assertThat(people)
                .contains(
                        program.sponsorId().orElseThrow(),
                        program.coordinatorId().orElseThrow());
        assertThat(people).containsAll(program.activeMentors());
        assertThat(people)
                .containsAll(document.pairs().stream()
                        .flatMap(pair -> Stream.of(pair.first(), pair.second()))
                        .toList());
        assertThat(people)
                .containsAll(document.plans().stream()
                        .flatMap(plan -> plan.ownerIds().stream())
                        .toList());
        assertThat(people).contains(document.evaluations().get(0).createdBy());
        assertThat(document.people())
                .allSatisfy(person -> person.managerId()
                        .ifPresent(manager -> assertThat(people).contains(manager)));
        assertThat(document.people()).hasSizeLessThan(source.agency.people().size());
        assertThat(ProgramDocuments.namedPeople(document)).isSubsetOf(people);
    }

    @Test
    void responsesCarryNothingThatNamesAPerson() throws IOException {
        JsonNode responses = JsonMapper.builder().build().readTree(json).get("responses");
        assertThat(responses).hasSize(16);
        for (JsonNode response : responses) {
            assertThat(response.propertyNames())
                    .containsExactlyInAnyOrder(
                            "answers", "id", "organizationId", "submittedOn", "surveyId", "tokenDigest", "unitId");
        }
    }

    @Test
    void aDocumentsTextNamesNoPersonalData() {
        Person someone = document.people().get(0);
        assertThat(document.toString())
                .contains(programId.toString(), "people=" + document.people().size())
                .doesNotContain(someone.displayName(), someone.email());
    }

    @Test
    void importIntoTheStoreTheOrganizationLivesInReusesTheOrganizationAndItsPeople() {
        World target = World.create();
        List<Object> before = TransferFixtures.snapshot(target.persistence, target.organizationId());

        ImportSummary summary = target.runtime.transfers().importProgram(target.hr(), document);

        assertThat(summary.organizationCreated()).isFalse();
        assertThat(summary.peopleReused()).isEqualTo(document.people().size());
        assertThat(summary.peopleCreated()).isZero();
        assertThat(TransferFixtures.snapshot(target.persistence, target.organizationId()))
                .isNotEqualTo(before);
        assertThat(ProgramDocuments.toJson(target.runtime.transfers().exportProgram(target.hr(), programId)))
                .isEqualTo(json);
        // an import is no command of the model: no event, no listener called
        assertThat(target.heard).isEmpty();
        assertThat(target.outbox()).isEmpty();
    }

    @Test
    void importingTheSameDocumentTwiceIsRefusedWithEveryRecordThatExistsAndWritesNothing() {
        Persistence store = InMemoryPersistence.create();
        LearningMentor fresh = runtimeOver(store);
        fresh.transfers().importProgram(source.hr(), document);
        List<Object> before = TransferFixtures.snapshot(store, source.organizationId());

        ProgramDocumentException refused = catchThrowableOfType(
                ProgramDocumentException.class, () -> fresh.transfers().importProgram(source.hr(), document));

        List<String> expected = new ArrayList<>(List.of("program.id"));
        for (int i = 0; i < 2; i++) {
            expected.add("pairs[" + i + "].id");
            expected.add("surveys[" + i + "].id");
        }
        for (int i = 0; i < 3; i++) {
            expected.add("plans[" + i + "].id");
        }
        expected.add("evaluations[0].id");
        assertThat(refused.violations())
                .allSatisfy(v -> assertThat(v.code()).isEqualTo("transfer.target.record-exists"));
        assertThat(refused.violations().stream().map(v -> v.path()).toList())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(TransferFixtures.snapshot(store, source.organizationId())).isEqualTo(before);
    }

    @Test
    void anOrganizationOrPersonStoredWithOtherContentIsRefusedNotOverwritten() {
        World target = World.create();
        PersonId mentor = document.program().activeMentors().get(0);
        target.runtime.people().grantRole(target.hr(), mentor, Role.TRAINER);
        target.runtime.organizations().rename(target.hr(), LocalizedText.of(Language.EN, "Renamed agency"));
        List<Object> before = TransferFixtures.snapshot(target.persistence, target.organizationId());

        ProgramDocumentException refused = catchThrowableOfType(
                ProgramDocumentException.class, () -> target.runtime.transfers().importProgram(target.hr(), document));

        int index = document.people().stream().map(Person::id).toList().indexOf(mentor);
        assertThat(refused.violations())
                .extracting(v -> v.code() + " at " + v.path())
                .containsExactlyInAnyOrder(
                        "transfer.target.organization-different at organization",
                        "transfer.target.person-different at people[" + index + "]");
        assertThat(refused.getMessage()).contains("with other content than the document");
        assertThat(TransferFixtures.snapshot(target.persistence, target.organizationId()))
                .isEqualTo(before);
    }

    @Test
    void theExportOfTheSampleProgrammeIsTheGoldenDocument() throws IOException {
        if (Boolean.getBoolean("learningmentor.golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.write(GOLDEN, json);
        }
        assertThat(new String(Files.readAllBytes(GOLDEN), UTF_8))
                .as("the export of the sample programme against %s", GOLDEN)
                .isEqualTo(new String(json, UTF_8));
        assertThat(ProgramDocuments.fromJson(Files.readAllBytes(GOLDEN))).isEqualTo(document);
    }

    @Test
    void documentsBuiltInCodeAreCheckedByTheImportToo() {
        MentorPlan plan = document.plans().get(0);
        MentoringPair pair = document.pairs().get(0);
        ProgramDocument withoutPeople = ProgramDocument.of(
                document.organization(),
                List.of(),
                document.program(),
                List.of(pair),
                List.of(plan),
                List.of(),
                List.of(),
                List.of());
        Persistence store = InMemoryPersistence.create();
        LearningMentor fresh = runtimeOver(store);

        ProgramDocumentException refused = catchThrowableOfType(
                ProgramDocumentException.class, () -> fresh.transfers().importProgram(source.hr(), withoutPeople));

        assertThat(refused.codes()).contains("transfer.reference.person-missing");
        assertThat(refused.violations().stream().map(v -> v.path()))
                .contains("plans[0].ownerIds[0]", "pairs[0].first", "pairs[0].second", "program.sponsorId");
        assertThat(TransferFixtures.isEmpty(store, source.organizationId())).isTrue();
    }
}
