package org.learningmentor.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.groups.Tuple.tuple;
import static org.learningmentor.core.person.PersonFixtures.AINO_REASON;
import static org.learningmentor.core.person.PersonFixtures.T0;
import static org.learningmentor.core.person.PersonFixtures.aMentorWhoReturned;
import static org.learningmentor.core.person.PersonFixtures.aSwedishSpeakingHrCoordinator;
import static org.learningmentor.core.person.PersonFixtures.anEmployee;
import static org.learningmentor.core.person.PersonFixtures.anEnrollmentWithHistory;
import static org.learningmentor.core.person.PersonFixtures.days;
import static org.learningmentor.core.person.PersonFixtures.generated;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningmentor.core.JsonTesting;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violation;

/** The wire format of the person aggregate, and what hostile input does to it. */
class PersonJsonTest {

    private static final ObjectMapper TREES = new ObjectMapper();
    private static final int TEN_MEGABYTES = 10 * 1024 * 1024;
    private static final int DEEP = 10_000;

    // ---- golden files and round trips ----

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void personOfAFinnishMentorWithHistoryMatchesTheGoldenFile(JsonTesting json) {
        json.assertGolden("person-person", aMentorWhoReturned(), Person.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void personOfASwedishSpeakingCoordinatorMatchesTheGoldenFile(JsonTesting json) {
        json.assertGolden("person-person-swedish-speaking", aSwedishSpeakingHrCoordinator(), Person.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void mentorEnrollmentWithHistoryMatchesTheGoldenFile(JsonTesting json) {
        json.assertGolden("person-mentor-enrollment", anEnrollmentWithHistory(), MentorEnrollment.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void consentRecordMatchesTheGoldenFile(JsonTesting json) {
        json.assertGolden(
                "person-consent-record", ConsentRecord.withdrawn(days(T0, 100), AINO_REASON), ConsentRecord.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void roleMatchesTheGoldenFileAndEveryRoleRoundTrips(JsonTesting json) {
        json.assertGolden("person-role", Role.LEARNING_SPECIALIST, Role.class);
        for (Role role : Role.values()) {
            assertThat(json.assertRoundTrip(role, Role.class)).isEqualTo("\"" + role.name() + "\"");
        }
        for (ConsentKind kind : ConsentKind.values()) {
            assertThat(json.assertRoundTrip(kind, ConsentKind.class)).isEqualTo("\"" + kind.name() + "\"");
        }
    }

    static Stream<Arguments> badEnumNames() {
        return Arrays.stream(JsonTesting.values())
                .flatMap(json -> Stream.of("3", "0", "\"3\"", "\"hr\"", "\"WIZARD\"", "\" HR\"", "\"\"")
                        .map(bad -> Arguments.of(json, bad)));
    }

    @ParameterizedTest(name = "{0} role {1}")
    @MethodSource("badEnumNames")
    void readingARoleThatIsANumberOrNotAConstantNameThenFailsWithRoleUnknown(JsonTesting json, String bad) {
        assertThatThrownBy(() -> json.read(bad, Role.class)).satisfies(e -> {
            assertJacksonError(json, e);
            Violation violation = validationIn(e).violations().get(0);
            assertThat(violation.code()).isEqualTo("person.role.unknown");
            assertThat(violation.path()).isEqualTo("role");
            assertThat(violation.arguments().get(1))
                    .isEqualTo("[MANAGEMENT, HR, LEARNING_SPECIALIST, MENTOR, TRAINER, EMPLOYEE]");
        });
    }

    @ParameterizedTest(name = "{0} consent kind {1}")
    @MethodSource("badEnumNames")
    void readingAConsentKindThatIsANumberOrNotAConstantNameThenFailsWithConsentKindUnknown(
            JsonTesting json, String bad) {
        assertThatThrownBy(() -> json.read(bad, ConsentKind.class)).satisfies(e -> {
            assertJacksonError(json, e);
            assertThat(validationIn(e).violations())
                    .extracting(Violation::code, Violation::path)
                    .containsExactly(tuple("person.consent-kind.unknown", "kind"));
        });
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingAPersonWhoseRoleOrConsentKindIsANumberThenFailsInsteadOfTakingTheOrdinal(JsonTesting json) {
        String roleNumber = personJson(p -> p.putArray("roles").add("EMPLOYEE").add(3));
        assertThatThrownBy(() -> json.read(roleNumber, Person.class)).satisfies(e -> {
            assertJacksonError(json, e);
            assertThat(validationIn(e).codes()).containsExactly("person.role.unknown");
        });
        String kindNumber =
                personJson(p -> ((ObjectNode) p.get("enrollment").get("history").get(0)).put("kind", 0));
        assertThatThrownBy(() -> json.read(kindNumber, Person.class)).satisfies(e -> {
            assertJacksonError(json, e);
            assertThat(validationIn(e).codes()).containsExactly("person.consent-kind.unknown");
        });
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void eventsWrittenAsDomainEventsMatchTheGoldenFilesWithTheirTypeNames(JsonTesting json) {
        for (Map.Entry<String, PersonEvent> golden : goldenEvents().entrySet()) {
            json.assertGolden(golden.getKey(), golden.getValue(), DomainEvent.class);
            json.assertRoundTrip(golden.getValue(), PersonEvent.class);
        }
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void eventsWrittenAsTheirOwnTypeCarryTheTypeAndEveryFieldAndReadBack(JsonTesting json) throws Exception {
        for (Map.Entry<String, PersonEvent> golden : goldenEvents().entrySet()) {
            PersonEvent event = golden.getValue();
            Class<?> ownType = ownType(event);
            String written = json.write(event, ownType);
            assertThat(TREES.readTree(written))
                    .as("%s written with writerFor(%s)", json, ownType.getSimpleName())
                    .isEqualTo(TREES.readTree(JsonTesting.golden(golden.getKey())));
            assertThat((Object) json.read(written, ownType)).isEqualTo(event);
        }
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingAnEventThatBreaksItsOwnCheckThenFailsWithItsCode(JsonTesting json) throws Exception {
        String mentorGranted = JsonTesting.golden("person-role-granted").replace("\"TRAINER\"", "\"MENTOR\"");
        assertThatThrownBy(() -> json.read(mentorGranted, DomainEvent.class)).satisfies(e -> {
            assertJacksonError(json, e);
            assertThat(validationIn(e).violations())
                    .extracting(Violation::code, Violation::path)
                    .containsExactly(tuple("person.role.mentor-by-consent", "role"));
        });
        String roleNumber = JsonTesting.golden("person-role-revoked").replace("\"LEARNING_SPECIALIST\"", "2");
        assertThatThrownBy(() -> json.read(roleNumber, DomainEvent.class))
                .satisfies(e -> assertThat(validationIn(e).codes()).containsExactly("person.role.unknown"));
        String sameUnit = JsonTesting.golden("person-person-moved-to-unit")
                .replace(PersonFixtures.FINANCE.toString(), PersonFixtures.HR_UNIT.toString());
        assertThatThrownBy(() -> json.read(sameUnit, DomainEvent.class))
                .satisfies(e -> assertThat(validationIn(e).codes()).containsExactly("person.unit.unchanged"));
        String noManagerEither =
                JsonTesting.golden("person-manager-assigned-none").replace("\"" + PersonFixtures.MATTI + "\"", "null");
        assertThatThrownBy(() -> json.read(noManagerEither, DomainEvent.class))
                .satisfies(e -> assertThat(validationIn(e).codes()).containsExactly("person.manager.unchanged"));
        ObjectNode withdrawal = (ObjectNode) TREES.readTree(JsonTesting.golden("person-mentor-consent-withdrawn"));
        withdrawal.remove("personId");
        String missingPerson = TREES.writeValueAsString(withdrawal);
        assertThatThrownBy(() -> json.read(missingPerson, DomainEvent.class))
                .satisfies(e -> assertThat(validationIn(e).violations())
                        .extracting(Violation::code, Violation::path)
                        .containsExactly(tuple("common.value.required", "personId")));
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingAnOldWithdrawalEventWithAReasonThenIgnoresTheReason(JsonTesting json) throws Exception {
        ObjectNode old = (ObjectNode) TREES.readTree(JsonTesting.golden("person-mentor-consent-withdrawn"));
        old.put("reason", AINO_REASON);
        DomainEvent read = json.read(TREES.writeValueAsString(old), DomainEvent.class);
        assertThat(read).isEqualTo(goldenEvents().get("person-mentor-consent-withdrawn"));
        assertThat(json.write(read, DomainEvent.class)).doesNotContain("reason");
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void valuesWithDefaultsAndEmptyOptionalsRoundTrip(JsonTesting json) {
        json.assertRoundTrip(anEmployee(), Person.class);
        json.assertRoundTrip(generated(anEmployee()).withManagerId(Optional.empty()), Person.class);
        json.assertRoundTrip(MentorEnrollment.none(), MentorEnrollment.class);
        json.assertRoundTrip(ConsentRecord.given(T0), ConsentRecord.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingAPersonWithoutEnrollmentVersionOrManagerThenUsesTheDefaults(JsonTesting json) throws Exception {
        String minimal = personJson(p -> {
            p.remove("enrollment");
            p.remove("version");
            p.remove("managerId");
            p.put("roles", TREES.createArrayNode().add("EMPLOYEE"));
        });
        Person read = json.read(minimal, Person.class);
        assertThat(read.enrollment()).isEqualTo(MentorEnrollment.none());
        assertThat(read.version()).isZero();
        assertThat(read.managerId()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingAPersonWithUnknownFieldsThenIgnoresThem(JsonTesting json) throws Exception {
        String withExtras = personJson(p -> {
            p.put("nickname", "Ainski");
            p.putObject("future").put("flag", true);
            ((ObjectNode) p.get("enrollment")).put("note", "x");
        });
        assertThat((Person) json.read(withExtras, Person.class)).isEqualTo(aMentorWhoReturned());
    }

    // ---- hostile input ----

    static Stream<Arguments> wrongTypes() {
        List<Consumer<ObjectNode>> edits = List.of(
                p -> p.putObject("displayName").put("first", "Aino"),
                p -> p.putArray("email").add("aino.virtanen@example.fi"),
                p -> p.put("roles", "EMPLOYEE"),
                p -> p.put("roles", 3),
                p -> p.put("version", "seven"),
                p -> p.put("version", 1.5e300),
                p -> p.put("id", 42),
                p -> p.put("id", "not-a-uuid"),
                p -> p.put("managerId", true),
                p -> p.put("language", "de"),
                p -> p.putArray("enrollment"),
                p -> p.put("enrollment", "GIVEN"),
                p -> ((ObjectNode) p.get("enrollment")).put("history", "all of it"),
                p -> ((ObjectNode) p.get("enrollment").get("history").get(0)).put("at", "yesterday"),
                p -> ((ObjectNode) p.get("enrollment").get("history").get(0)).put("kind", "MAYBE"));
        return Arrays.stream(JsonTesting.values())
                .flatMap(json -> java.util.stream.IntStream.range(0, edits.size())
                        .mapToObj(i -> Arguments.of(json, i, edits.get(i))));
    }

    @ParameterizedTest(name = "{0} edit #{1}")
    @MethodSource("wrongTypes")
    void readingAPersonWithAWrongTypeThenFailsWithAJacksonError(
            JsonTesting json, int edit, Consumer<ObjectNode> change) {
        String hostile = personJson(change);
        assertThatThrownBy(() -> json.read(hostile, Person.class)).satisfies(e -> assertJacksonError(json, e));
    }

    static Stream<Arguments> requiredFields() {
        return Arrays.stream(JsonTesting.values())
                .flatMap(json -> Stream.of("id", "organizationId", "unitId", "displayName", "email", "language")
                        .map(field -> Arguments.of(json, field)));
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("requiredFields")
    void readingAPersonWithoutARequiredFieldThenFailsNamingIt(JsonTesting json, String field) {
        String missing = personJson(p -> p.remove(field));
        String nulled = personJson(p -> p.putNull(field));
        for (String hostile : List.of(missing, nulled)) {
            assertThatThrownBy(() -> json.read(hostile, Person.class)).satisfies(e -> {
                assertJacksonError(json, e);
                assertThat(validationIn(e).violations())
                        .extracting(Violation::code, Violation::path)
                        .containsExactly(tuple("common.value.required", field));
            });
        }
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingAnEmptyObjectThenListsEveryRequiredField(JsonTesting json) {
        assertThatThrownBy(() -> json.read("{}", Person.class))
                .satisfies(e -> assertThat(validationIn(e).violations())
                        .extracting(Violation::path)
                        .containsExactly("id", "organizationId", "unitId", "displayName", "email", "language"));
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingAPersonWithoutRolesThenFailsWithRolesEmpty(JsonTesting json) {
        for (String hostile : List.of(
                personJson(p -> p.remove("roles")),
                personJson(p -> p.putNull("roles")),
                personJson(p -> p.putArray("roles")))) {
            assertThatThrownBy(() -> json.read(hostile, Person.class))
                    .satisfies(e -> assertThat(validationIn(e).codes()).contains("person.roles.empty"));
        }
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingAPersonWithATenMegabyteDisplayNameThenFailsWithTooLongAndDoesNotEchoIt(JsonTesting json) {
        String hostile = personJson(p -> p.put("displayName", "A".repeat(TEN_MEGABYTES)));
        assertThatThrownBy(() -> json.read(hostile, Person.class)).satisfies(e -> {
            assertJacksonError(json, e);
            ValidationException validation = validationIn(e);
            assertThat(validation.codes()).containsExactly("common.text.too-long");
            assertThat(validation.violations().get(0).arguments())
                    .containsExactly("200", String.valueOf(TEN_MEGABYTES));
            assertThat(e.getMessage()).hasSizeLessThan(2_000);
        });
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingAPersonWithATenMegabyteEmailOrReasonThenFailsWithTooLong(JsonTesting json) {
        String email = personJson(p -> p.put("email", "a".repeat(TEN_MEGABYTES) + "@example.fi"));
        assertThatThrownBy(() -> json.read(email, Person.class))
                .satisfies(e -> assertThat(validationIn(e).codes()).containsExactly("common.text.too-long"));
        String reason = personJson(
                p -> ((ObjectNode) p.get("enrollment").get("history").get(1)).put("reason", "x".repeat(TEN_MEGABYTES)));
        assertThatThrownBy(() -> json.read(reason, Person.class))
                .satisfies(e -> assertThat(validationIn(e).codes()).containsExactly("common.text.too-long"));
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingAPersonWithAnUnknownRoleThenFailsNamingTheValue(JsonTesting json) {
        String hostile = personJson(p -> p.putArray("roles").add("EMPLOYEE").add("WIZARD"));
        assertThatThrownBy(() -> json.read(hostile, Person.class)).satisfies(e -> {
            assertJacksonError(json, e);
            assertThat(e.getMessage()).contains("WIZARD");
            assertThat(validationIn(e).codes()).containsExactly("person.role.unknown");
        });
        String nullRole = personJson(p -> p.putArray("roles").add("EMPLOYEE").addNull());
        assertThatThrownBy(() -> json.read(nullRole, Person.class)).satisfies(e -> assertJacksonError(json, e));
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingDeeplyNestedJsonThenFailsOnTheNestingLimit(JsonTesting json) {
        String arrays = "[".repeat(DEEP) + "]".repeat(DEEP);
        String objects = "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP);
        String inUnknownField =
                personJson(p -> p.put("nickname", "PLACEHOLDER")).replace("\"PLACEHOLDER\"", objects);
        String inDisplayName =
                personJson(p -> p.put("displayName", "PLACEHOLDER")).replace("\"PLACEHOLDER\"", arrays);
        String inHistory = personJson(p -> ((ObjectNode) p.get("enrollment")).put("history", "PLACEHOLDER"))
                .replace("\"PLACEHOLDER\"", arrays);
        for (String hostile : List.of(arrays, objects, inUnknownField, inDisplayName, inHistory)) {
            assertThatThrownBy(() -> json.read(hostile, Person.class)).satisfies(e -> assertJacksonError(json, e));
        }
        assertThatThrownBy(() -> json.read(inUnknownField, Person.class)).hasMessageContaining("nesting depth");
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingAPersonThatBreaksSeveralRulesThenListsEveryViolation(JsonTesting json) {
        String hostile = personJson(p -> {
            p.put("displayName", " ");
            p.put("email", "aino at example.fi");
            p.put("managerId", p.get("id").asText());
            p.put("version", -1);
        });
        assertThatThrownBy(() -> json.read(hostile, Person.class))
                .satisfies(e -> assertThat(validationIn(e).codes())
                        .containsExactly(
                                "person.display-name.blank",
                                "person.email.malformed",
                                "person.manager.self",
                                "person.version.negative"));
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingAPersonWhoseRolesDisagreeWithTheConsentThenFails(JsonTesting json) {
        String mentorWithoutConsent =
                personJson(p -> ((ArrayNode) p.get("enrollment").get("history")).remove(2));
        assertThatThrownBy(() -> json.read(mentorWithoutConsent, Person.class))
                .satisfies(e ->
                        assertThat(validationIn(e).codes()).containsExactly("person.roles.mentor-without-consent"));
        String consentWithoutMentor = personJson(p -> p.putArray("roles").add("EMPLOYEE"));
        assertThatThrownBy(() -> json.read(consentWithoutMentor, Person.class))
                .satisfies(e -> assertThat(validationIn(e).codes()).containsExactly("person.roles.mentor-missing"));
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingABrokenConsentHistoryThenFailsWithItsCodes(JsonTesting json) {
        String startsWithdrawn =
                personJson(p -> ((ArrayNode) p.get("enrollment").get("history")).remove(0));
        assertThatThrownBy(() -> json.read(startsWithdrawn, Person.class))
                .satisfies(
                        e -> assertThat(validationIn(e).codes()).containsExactly("person.enrollment.first-not-given"));
        String outOfOrder = personJson(
                p -> ((ObjectNode) p.get("enrollment").get("history").get(2)).put("at", "2025-01-01T00:00:00Z"));
        assertThatThrownBy(() -> json.read(outOfOrder, Person.class))
                .satisfies(e -> assertThat(validationIn(e).violations())
                        .extracting(Violation::code, Violation::path)
                        .containsExactly(tuple("person.enrollment.out-of-order", "history[2].at")));
        String withdrawalWithoutReason =
                personJson(p -> ((ObjectNode) p.get("enrollment").get("history").get(1)).remove("reason"));
        assertThatThrownBy(() -> json.read(withdrawalWithoutReason, Person.class))
                .satisfies(e -> assertThat(validationIn(e).codes()).containsExactly("person.consent.reason-missing"));
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingAnEventWithUnknownFieldsThenIgnoresThem(JsonTesting json) throws Exception {
        for (PersonEvent event : goldenEvents().values()) {
            String withExtra = json.write(event, DomainEvent.class).replaceFirst("\\{", "{\"channel\":\"intranet\",");
            assertThat((DomainEvent) json.read(withExtra, DomainEvent.class)).isEqualTo(event);
        }
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingAnEventWithAnUnknownTypeThenFails(JsonTesting json) {
        String hostile = "{\"type\":\"person.mentor-abducted\",\"personId\":\"8a1f0c2e-0000-4000-8000-0000000000c1\"}";
        assertThatThrownBy(() -> json.read(hostile, DomainEvent.class)).satisfies(e -> assertJacksonError(json, e));
    }

    // ---- helpers ----

    /** One event of each type, by golden file name. */
    private static Map<String, PersonEvent> goldenEvents() {
        Map<String, PersonEvent> events = new LinkedHashMap<>();
        events.put("person-mentor-consent-given", (PersonEvent)
                anEmployee().volunteerAsMentor(PersonFixtures.ELSA, T0).events().get(0));
        events.put("person-mentor-consent-withdrawn", (PersonEvent) aMentorWhoReturned()
                .withdrawMentorConsent(PersonFixtures.AINO, days(T0, 500), AINO_REASON)
                .events()
                .get(0));
        events.put("person-role-granted", (PersonEvent) anEmployee()
                .grantRole(Role.TRAINER, PersonFixtures.ELSA, days(T0, 1))
                .events()
                .get(0));
        events.put("person-role-revoked", (PersonEvent) aSwedishSpeakingHrCoordinator()
                .revokeRole(Role.LEARNING_SPECIALIST, PersonFixtures.AINO, days(T0, 2))
                .events()
                .get(0));
        events.put("person-person-moved-to-unit", (PersonEvent) anEmployee()
                .moveToUnit(PersonFixtures.HR_UNIT, PersonFixtures.ELSA, days(T0, 3))
                .events()
                .get(0));
        events.put("person-manager-assigned", (PersonEvent) anEmployee()
                .assignManager(Optional.of(PersonFixtures.ELSA), PersonFixtures.ELSA, days(T0, 4))
                .events()
                .get(0));
        events.put("person-manager-assigned-none", (PersonEvent) anEmployee()
                .assignManager(Optional.empty(), PersonFixtures.ELSA, days(T0, 5))
                .events()
                .get(0));
        return events;
    }

    /** The public event type an event's generated class implements. */
    private static Class<?> ownType(PersonEvent event) {
        return Stream.of(
                        MentorConsentGiven.class,
                        MentorConsentWithdrawn.class,
                        RoleGranted.class,
                        RoleRevoked.class,
                        PersonMovedToUnit.class,
                        ManagerAssigned.class)
                .filter(type -> type.isInstance(event))
                .findFirst()
                .orElseThrow();
    }

    /** The golden Aino as a mutable tree, changed by {@code edit}, as text. */
    private static String personJson(Consumer<ObjectNode> edit) {
        try {
            ObjectNode person =
                    (ObjectNode) TREES.readTree(JsonTesting.JACKSON_3.write(aMentorWhoReturned(), Person.class));
            edit.accept(person);
            return TREES.writeValueAsString(person);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Asserts that the error is the Jackson line's own exception, as hosts expect to catch. */
    private static void assertJacksonError(JsonTesting json, Throwable e) {
        Class<?> expected = json == JsonTesting.JACKSON_2
                ? com.fasterxml.jackson.core.JacksonException.class
                : tools.jackson.core.JacksonException.class;
        assertThat(e).isInstanceOf(expected);
    }

    /** Returns our ValidationException from the cause chain of a Jackson error. */
    static ValidationException validationIn(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ValidationException validation) {
                return validation;
            }
        }
        return fail("no ValidationException in the cause chain of " + e);
    }
}
