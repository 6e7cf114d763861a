package org.learningmentor.core.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningmentor.core.organization.OrganizationFixtures.AGENCY;
import static org.learningmentor.core.organization.OrganizationFixtures.ASIAKASPALVELU;
import static org.learningmentor.core.organization.OrganizationFixtures.AT;
import static org.learningmentor.core.organization.OrganizationFixtures.HALLINTO;
import static org.learningmentor.core.organization.OrganizationFixtures.HR_COORDINATOR;
import static org.learningmentor.core.organization.OrganizationFixtures.PALVELUT;
import static org.learningmentor.core.organization.OrganizationFixtures.TALOUS;
import static org.learningmentor.core.organization.OrganizationFixtures.TURKU;
import static org.learningmentor.core.organization.OrganizationFixtures.anAgency;
import static org.learningmentor.core.organization.OrganizationFixtures.unitId;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningmentor.core.JsonTesting;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violation;

/** The wire format of the organization aggregate, and what it does with hostile input. */
class OrganizationJsonTest {

    private static final String AGENCY_ID = AGENCY.toString();
    private static final String UNIT_1 = unitId(1).toString();
    private static final String UNIT_2 = unitId(2).toString();
    private static final ObjectMapper TREES = new ObjectMapper();

    // ------------------------------------------------------------------ golden files

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void organizationMatchesItsGoldenFile(JsonTesting json) {
        json.assertGolden("organization-organization", anAgency(), Organization.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void settingsMatchItsGoldenFile(JsonTesting json) {
        json.assertGolden(
                "organization-settings",
                OrganizationSettings.builder()
                        .anonymityThreshold(7)
                        .defaultTemplate("oppimismentorointi")
                        .build(),
                OrganizationSettings.class);
        json.assertRoundTrip(OrganizationSettings.defaults(), OrganizationSettings.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void unitMatchesItsGoldenFile(JsonTesting json) {
        json.assertGolden("organization-org-unit", anAgency().unit(TURKU).orElseThrow(), OrgUnit.class);
        json.assertRoundTrip(anAgency().unit(HALLINTO).orElseThrow(), OrgUnit.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void unitAddedMatchesItsGoldenFileAsADomainEvent(JsonTesting json) {
        DomainEvent event = anAgency()
                .addUnit(
                        unitId(10),
                        "HAL-VIE",
                        LocalizedText.of("Viestintä", "Kommunikation", "Communications"),
                        Optional.of(HALLINTO),
                        HR_COORDINATOR,
                        AT)
                .events()
                .get(0);
        json.assertGolden("organization-unit-added", event, DomainEvent.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void unitRenamedMatchesItsGoldenFileAsADomainEvent(JsonTesting json) {
        DomainEvent event = anAgency()
                .renameUnit(
                        TALOUS,
                        LocalizedText.of("Talouspalvelut", "Ekonomitjänster", "Financial Services"),
                        HR_COORDINATOR,
                        AT)
                .events()
                .get(0);
        json.assertGolden("organization-unit-renamed", event, DomainEvent.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void unitMovedMatchesItsGoldenFileAsADomainEvent(JsonTesting json) {
        DomainEvent event = anAgency()
                .moveUnit(ASIAKASPALVELU, Optional.of(HALLINTO), HR_COORDINATOR, AT)
                .events()
                .get(0);
        json.assertGolden("organization-unit-moved", event, DomainEvent.class);
        DomainEvent toTop = anAgency()
                .moveUnit(PALVELUT, Optional.of(HALLINTO), HR_COORDINATOR, AT)
                .andThen(o -> o.moveUnit(PALVELUT, Optional.empty(), HR_COORDINATOR, AT))
                .events()
                .get(1);
        json.assertRoundTrip(toTop, DomainEvent.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void unitClosedMatchesItsGoldenFileAsADomainEvent(JsonTesting json) {
        DomainEvent event =
                anAgency().closeUnit(TURKU, HR_COORDINATOR, AT).events().get(0);
        json.assertGolden("organization-unit-closed", event, DomainEvent.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void organizationRenamedMatchesItsGoldenFileAsADomainEvent(JsonTesting json) {
        json.assertGolden("organization-organization-renamed", anOrganizationRenamed(), DomainEvent.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void settingsChangedMatchesItsGoldenFileAsADomainEvent(JsonTesting json) {
        json.assertGolden("organization-settings-changed", aSettingsChanged(), DomainEvent.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void languagesChangedMatchesItsGoldenFileAsADomainEvent(JsonTesting json) {
        json.assertGolden("organization-languages-changed", aLanguagesChanged(), DomainEvent.class);
    }

    /** Each event with its own type and golden file. */
    static Stream<Arguments> eventsWithTheirOwnTypes() {
        Stream.Builder<Arguments> all = Stream.builder();
        for (JsonTesting json : JsonTesting.values()) {
            all.add(Arguments.of(json, "organization-unit-added", anAgencyEvent(0), UnitAdded.class));
            all.add(Arguments.of(json, "organization-unit-renamed", anAgencyEvent(1), UnitRenamed.class));
            all.add(Arguments.of(json, "organization-unit-moved", anAgencyEvent(2), UnitMoved.class));
            all.add(Arguments.of(json, "organization-unit-closed", anAgencyEvent(3), UnitClosed.class));
            all.add(Arguments.of(
                    json, "organization-organization-renamed", anOrganizationRenamed(), OrganizationRenamed.class));
            all.add(Arguments.of(json, "organization-settings-changed", aSettingsChanged(), SettingsChanged.class));
            all.add(Arguments.of(json, "organization-languages-changed", aLanguagesChanged(), LanguagesChanged.class));
        }
        return all.build();
    }

    @ParameterizedTest(name = "{0} {3}")
    @MethodSource("eventsWithTheirOwnTypes")
    void eachEventWrittenAsItsOwnTypeHasItsTypeAndEveryFieldAndReadsBack(
            JsonTesting json, String golden, DomainEvent event, Class<? extends DomainEvent> type) throws Exception {
        String written = json.write(event, type);

        assertThat(tree(written))
                .as("%s writing %s as %s", json, event, type.getSimpleName())
                .isEqualTo(tree(JsonTesting.golden(golden)));
        assertThat(tree(written).get("type").asText()).startsWith("organization.");
        assertThat((Object) json.read(written, type)).isEqualTo(event);
        assertThat((Object) json.read(written, OrganizationEvent.class)).isEqualTo(event);
    }

    // ------------------------------------------------------------------ tolerance

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingWhenOptionalFieldsAreMissingThenTakesTheirDefaults(JsonTesting json) throws Exception {
        Organization read = json.read(
                "{\"id\":\"" + AGENCY_ID + "\",\"name\":{\"fi\":\"Saaristovirasto\"},\"languages\":[\"fi\"]}",
                Organization.class);

        assertThat(read.settings()).isEqualTo(OrganizationSettings.defaults());
        assertThat(read.units()).isEmpty();
        assertThat(read.version()).isZero();
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingWhenAStoredDocumentHasFieldsFromANewerVersionThenIgnoresThem(JsonTesting json) throws Exception {
        Organization read = json.read(
                organization("\"settings\":{\"anonymityThreshold\":6,\"suppressionMode\":\"strict\"},"
                        + "\"units\":[{\"id\":\"" + UNIT_1 + "\",\"code\":\"HAL\",\"name\":{\"fi\":\"Hallinto\"},"
                        + "\"status\":\"ACTIVE\",\"costCentre\":1200,\"active\":true}],"
                        + "\"businessId\":\"1234567-8\""),
                Organization.class);

        assertThat(read.settings().anonymityThreshold()).isEqualTo(6);
        assertThat(read.unitByCode("HAL")).isPresent();
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingAnEventWithFieldsFromANewerVersionThenIgnoresThem(JsonTesting json) throws Exception {
        String stored = JsonTesting.golden("organization-unit-closed")
                .replace("\"type\"", "\"reason\" : \"merged into PAL-ASI\", \"type\"");

        DomainEvent read = json.read(stored, DomainEvent.class);

        assertThat(read)
                .isInstanceOfSatisfying(
                        UnitClosed.class, e -> assertThat(e.unitId()).isEqualTo(TURKU));
    }

    // ------------------------------------------------------------------ hostile input

    static Stream<Arguments> documentsOfTheWrongShape() {
        return Stream.of(
                Arguments.of("an array for the document", "[]"),
                Arguments.of("a number for the id", "{\"id\":42,\"name\":{\"fi\":\"V\"},\"languages\":[\"fi\"]}"),
                Arguments.of(
                        "an id that is no UUID",
                        "{\"id\":\"saaristovirasto\",\"name\":{\"fi\":\"V\"},\"languages\":[\"fi\"]}"),
                Arguments.of("a string for the name", organizationWith("\"name\":\"Saaristovirasto\"")),
                Arguments.of("an array for the name", organizationWith("\"name\":[\"Saaristovirasto\"]")),
                Arguments.of("a string for the languages", organizationWith("\"languages\":\"fi\"")),
                Arguments.of("an object for the units", organization("\"units\":{}")),
                Arguments.of("a number for a unit", organization("\"units\":[42]")),
                Arguments.of("a string for the version", organization("\"version\":\"seven\"")),
                Arguments.of(
                        "a string for the threshold", organization("\"settings\":{\"anonymityThreshold\":\"five\"}")),
                Arguments.of(
                        "an unknown status",
                        organization("\"units\":[{\"id\":\"" + UNIT_1
                                + "\",\"code\":\"HAL\",\"name\":{\"fi\":\"Hallinto\"},\"status\":\"OPEN\"}]")),
                Arguments.of(
                        "a parent id that is no UUID",
                        organization("\"units\":[{\"id\":\"" + UNIT_1
                                + "\",\"code\":\"HAL\",\"name\":{\"fi\":\"Hallinto\"},\"parentId\":[1]}]")),
                Arguments.of("truncated JSON", organization("\"units\":[").substring(0, 60)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentsOfTheWrongShape")
    void readingADocumentOfTheWrongShapeThenFailsUnderBothJacksonLines(String what, String document) {
        for (JsonTesting json : JsonTesting.values()) {
            assertThatThrownBy(() -> json.read(document, Organization.class))
                    .as("%s under %s", what, json)
                    .isInstanceOf(json.exceptionType());
        }
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingWhenRequiredFieldsAreMissingThenFailsListingEachOne(JsonTesting json) {
        assertThatThrownBy(() -> json.read("{\"units\":[]}", Organization.class))
                .isInstanceOf(json.exceptionType())
                .satisfies(e -> {
                    ValidationException cause = JsonTesting.validationCause(e);
                    assertThat(cause.codes()).containsOnly("common.value.required");
                    assertThat(cause.violations()).extracting(v -> v.path()).containsExactly("id", "name");
                });
        assertThatThrownBy(() -> json.read(organization("\"units\":[{\"id\":\"" + UNIT_1 + "\"}]"), Organization.class))
                .satisfies(e -> assertThat(JsonTesting.validationCause(e).violations())
                        .extracting(v -> v.path())
                        .containsExactly("code", "name"));
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingWhenTheLanguagesAreEmptyOrUnsupportedThenFailsWithOurViolation(JsonTesting json) {
        assertThatThrownBy(() -> json.read(organizationWith("\"languages\":[]"), Organization.class))
                .satisfies(e -> assertThat(JsonTesting.validationCause(e).codes())
                        .containsExactly("organization.languages.empty"));
        assertThatThrownBy(() -> json.read(organizationWith("\"languages\":[\"de\"]"), Organization.class))
                .satisfies(e -> assertThat(JsonTesting.validationCause(e).codes())
                        .containsExactly("common.language.unsupported"));
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingATreeThatBreaksTheStructuralRulesThenFailsListingEveryViolation(JsonTesting json) {
        String units = "\"units\":["
                + unit(UNIT_1, "HAL", UNIT_2, "ACTIVE") + ","
                + unit(UNIT_2, "hal", UNIT_1, "CLOSED") + "]";

        assertThatThrownBy(() -> json.read(organization(units), Organization.class))
                .isInstanceOf(json.exceptionType())
                .satisfies(e -> assertThat(JsonTesting.validationCause(e).codes())
                        .containsExactly(
                                "organization.unit.cycle",
                                "organization.unit.parent-closed",
                                "organization.unit.code-duplicate",
                                "organization.unit.cycle"));
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingAThresholdBelowThreeThenFailsWithOurViolation(JsonTesting json) {
        assertThatThrownBy(() -> json.read(organization("\"settings\":{\"anonymityThreshold\":2}"), Organization.class))
                .isInstanceOf(json.exceptionType())
                .satisfies(e -> {
                    assertThat(JsonTesting.validationCause(e).codes())
                            .containsExactly("organization.settings.threshold-too-low");
                    assertThat(e.getMessage()).as("Jackson names where").contains("settings");
                });
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingATenMegabyteUnitNameThenFailsWithTextTooLong(JsonTesting json) {
        String huge = "H".repeat(10 * 1024 * 1024);
        String document = organization(
                "\"units\":[{\"id\":\"" + UNIT_1 + "\",\"code\":\"HAL\",\"name\":{\"fi\":\"" + huge + "\"}}]");

        assertThatThrownBy(() -> json.read(document, Organization.class))
                .isInstanceOf(json.exceptionType())
                .satisfies(e ->
                        assertThat(JsonTesting.validationCause(e).codes()).containsExactly("common.text.too-long"));
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingATenMegabyteUnitCodeThenFailsWithoutRepeatingIt(JsonTesting json) {
        String huge = "C".repeat(10 * 1024 * 1024);
        String document = organization(
                "\"units\":[{\"id\":\"" + UNIT_1 + "\",\"code\":\"" + huge + "\",\"name\":{\"fi\":\"Hallinto\"}}]");

        assertThatThrownBy(() -> json.read(document, Organization.class))
                .isInstanceOf(json.exceptionType())
                .satisfies(e -> {
                    assertThat(JsonTesting.validationCause(e).codes())
                            .containsExactly("organization.unit.code-malformed");
                    assertThat(e.getMessage()).hasSizeLessThan(5_000);
                });
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingDeeplyNestedArraysThenFailsCleanlyWithoutAStackOverflow(JsonTesting json) {
        String nested = "[".repeat(10_000) + "]".repeat(10_000);

        assertThatThrownBy(() -> json.read(organization("\"units\":" + nested), Organization.class))
                .isInstanceOf(json.exceptionType());
        assertThatThrownBy(() -> json.read(organization("\"ignoredExtension\":" + nested), Organization.class))
                .as("even inside a field that would be ignored")
                .isInstanceOf(json.exceptionType());
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingDeeplyNestedObjectsThenFailsCleanlyWithoutAStackOverflow(JsonTesting json) {
        String nested = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);

        assertThatThrownBy(() -> json.read(organizationWith("\"name\":" + nested), Organization.class))
                .isInstanceOf(json.exceptionType());
        assertThatThrownBy(() -> json.read(organization("\"settings\":" + nested), Organization.class))
                .isInstanceOf(json.exceptionType());
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingAUnitStatusThatIsNotExactlyAConstantsNameThenFailsWithUnitStatusUnknown(JsonTesting json) {
        for (String status : List.of("\"closed\"", "\"Active\"", "1", "0")) {
            String document = organization("\"units\":[{\"id\":\"" + UNIT_1
                    + "\",\"code\":\"HAL\",\"name\":{\"fi\":\"Hallinto\"},\"status\":" + status + "}]");

            assertThatThrownBy(() -> json.read(document, Organization.class))
                    .as("status %s", status)
                    .isInstanceOf(json.exceptionType())
                    .satisfies(e -> assertThat(JsonTesting.validationCause(e).codes())
                            .containsExactly("organization.unit-status.unknown"));
        }
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingANegativeVersionThenFailsWithVersionNegative(JsonTesting json) {
        assertThatThrownBy(() -> json.read(organization("\"version\":-1"), Organization.class))
                .isInstanceOf(json.exceptionType())
                .satisfies(e -> assertThat(JsonTesting.validationCause(e).violations())
                        .containsExactly(Violation.of(OrganizationViolation.VERSION_NEGATIVE, "version", -1)));
    }

    // ------------------------------------------------------------------ hostile events

    static Stream<Arguments> hostileEvents() {
        String huge = "C".repeat(10 * 1024 * 1024);
        String longName = "{\"fi\":\"" + "N".repeat(255) + "\"}";
        String unitAdded = "\"type\":\"organization.unit-added\",\"unitId\":\"" + UNIT_1 + "\"";
        return Stream.of(
                Arguments.of(
                        "a 10 MB unit code",
                        event(unitAdded + ",\"code\":\"" + huge + "\",\"name\":{\"fi\":\"Hallinto\"}"),
                        List.of("organization.unit.code-malformed@code")),
                Arguments.of(
                        "a malformed unit code",
                        event(unitAdded + ",\"code\":\"HAL HR\",\"name\":{\"fi\":\"Hallinto\"}"),
                        List.of("organization.unit.code-malformed@code")),
                Arguments.of(
                        "a unit name over the limit and a bad code",
                        event(unitAdded + ",\"code\":\"-\",\"name\":" + longName),
                        List.of("organization.unit.code-malformed@code", "common.text.too-long@name.fi")),
                Arguments.of(
                        "a 10 MB unit name",
                        event(unitAdded + ",\"code\":\"HAL\",\"name\":{\"fi\":\"" + huge + "\"}"),
                        List.of("common.text.too-long@fi")),
                Arguments.of(
                        "a unit renamed with a previous name over the limit",
                        event("\"type\":\"organization.unit-renamed\",\"unitId\":\"" + UNIT_1 + "\",\"previousName\":"
                                + longName + ",\"name\":{\"fi\":\"Talous\"}"),
                        List.of("common.text.too-long@previousName.fi")),
                Arguments.of(
                        "a unit moved under itself",
                        event("\"type\":\"organization.unit-moved\",\"unitId\":\"" + UNIT_1
                                + "\",\"previousParentId\":\"" + UNIT_2 + "\",\"parentId\":\"" + UNIT_1 + "\""),
                        List.of("organization.unit.cycle@parentId")),
                Arguments.of(
                        "an organization renamed to a name over the limit",
                        event("\"type\":\"organization.organization-renamed\",\"previousName\":{\"fi\":\"V\"},"
                                + "\"name\":" + longName),
                        List.of("common.text.too-long@name.fi")),
                Arguments.of(
                        "settings changed to a threshold below three",
                        event("\"type\":\"organization.settings-changed\",\"previousSettings\":{},"
                                + "\"settings\":{\"anonymityThreshold\":2}"),
                        List.of("organization.settings.threshold-too-low@anonymityThreshold")),
                Arguments.of(
                        "languages changed to none, from a list with a repeat",
                        event("\"type\":\"organization.languages-changed\",\"previousLanguages\":[\"fi\",\"fi\"],"
                                + "\"languages\":[]"),
                        List.of(
                                "organization.languages.duplicate@previousLanguages[1]",
                                "organization.languages.empty@languages")),
                Arguments.of(
                        "a unit added without code and name",
                        event(unitAdded),
                        List.of("common.value.required@code", "common.value.required@name")),
                Arguments.of(
                        "a unit closed without its unit",
                        event("\"type\":\"organization.unit-closed\""),
                        List.of("common.value.required@unitId")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileEvents")
    void readingAnEventThatBreaksTheRulesOfItsValuesThenFailsWithOurViolationsUnderBothJacksonLines(
            String what, String document, List<String> expected) {
        for (JsonTesting json : JsonTesting.values()) {
            assertThatThrownBy(() -> json.read(document, DomainEvent.class))
                    .as("%s under %s", what, json)
                    .isInstanceOf(json.exceptionType())
                    .satisfies(e -> {
                        assertThat(JsonTesting.validationCause(e).violations())
                                .extracting(v -> v.code() + "@" + v.path())
                                .containsExactlyElementsOf(expected);
                        assertThat(e.getMessage()).hasSizeLessThan(5_000);
                    });
        }
    }

    static Stream<Arguments> eventsOfTheWrongShape() {
        String unitAdded = "\"type\":\"organization.unit-added\",\"code\":\"HAL\",\"name\":{\"fi\":\"H\"}";
        return Stream.of(
                Arguments.of("a number for the unit id", event(unitAdded + ",\"unitId\":42")),
                Arguments.of("a unit id that is no UUID", event(unitAdded + ",\"unitId\":\"HAL\"")),
                Arguments.of(
                        "an object for the code",
                        event("\"type\":\"organization.unit-added\",\"unitId\":\"" + UNIT_1
                                + "\",\"code\":{},\"name\":{\"fi\":\"H\"}")),
                Arguments.of(
                        "a string for the languages",
                        event("\"type\":\"organization.languages-changed\",\"previousLanguages\":[\"fi\"],"
                                + "\"languages\":\"sv\"")),
                Arguments.of(
                        "an unknown language",
                        event("\"type\":\"organization.languages-changed\",\"previousLanguages\":[\"fi\"],"
                                + "\"languages\":[\"de\"]")),
                Arguments.of("an unknown event type", event("\"type\":\"organization.unit-merged\"")),
                Arguments.of("no event type", event("\"unitId\":\"" + UNIT_1 + "\"")),
                Arguments.of(
                        "deeply nested arrays in an ignored field",
                        event("\"type\":\"organization.unit-closed\",\"unitId\":\"" + UNIT_1 + "\",\"x\":"
                                + "[".repeat(10_000) + "]".repeat(10_000))),
                Arguments.of(
                        "deeply nested objects for the name",
                        event("\"type\":\"organization.organization-renamed\",\"previousName\":{\"fi\":\"V\"},"
                                + "\"name\":" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventsOfTheWrongShape")
    void readingAnEventOfTheWrongShapeThenFailsUnderBothJacksonLines(String what, String document) {
        for (JsonTesting json : JsonTesting.values()) {
            assertThatThrownBy(() -> json.read(document, DomainEvent.class))
                    .as("%s under %s", what, json)
                    .isInstanceOf(json.exceptionType());
        }
    }

    // ------------------------------------------------------------------ helpers

    private static DomainEvent anAgencyEvent(int which) {
        Organization agency = anAgency();
        return switch (which) {
            case 0 ->
                agency.addUnit(
                                unitId(10),
                                "HAL-VIE",
                                LocalizedText.of("Viestintä", "Kommunikation", "Communications"),
                                Optional.of(HALLINTO),
                                HR_COORDINATOR,
                                AT)
                        .events()
                        .get(0);
            case 1 ->
                agency.renameUnit(
                                TALOUS,
                                LocalizedText.of("Talouspalvelut", "Ekonomitjänster", "Financial Services"),
                                HR_COORDINATOR,
                                AT)
                        .events()
                        .get(0);
            case 2 ->
                agency.moveUnit(ASIAKASPALVELU, Optional.of(HALLINTO), HR_COORDINATOR, AT)
                        .events()
                        .get(0);
            default -> agency.closeUnit(TURKU, HR_COORDINATOR, AT).events().get(0);
        };
    }

    private static DomainEvent anOrganizationRenamed() {
        return anAgency()
                .rename(
                        LocalizedText.of(
                                "Meri- ja saaristovirasto", "Havs- och skärgårdsverket", "Sea and Archipelago Agency"),
                        HR_COORDINATOR,
                        AT)
                .events()
                .get(0);
    }

    /** The threshold lowered from the default 5 to 3, and the default template dropped. */
    private static DomainEvent aSettingsChanged() {
        return anAgency()
                .changeSettings(
                        OrganizationSettings.builder().anonymityThreshold(3).build(), HR_COORDINATOR, AT)
                .events()
                .get(0);
    }

    private static DomainEvent aLanguagesChanged() {
        return anAgency()
                .changeLanguages(List.of(Language.SV, Language.FI), HR_COORDINATOR, AT)
                .events()
                .get(0);
    }

    /** An event document with the given fields and valid envelope fields. */
    private static String event(String fields) {
        return "{\"organizationId\":\"" + AGENCY_ID + "\",\"actor\":\"" + HR_COORDINATOR
                + "\",\"occurredAt\":\"2026-03-02T09:00:00Z\"," + fields + "}";
    }

    private static JsonNode tree(String json) {
        try {
            return TREES.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid minimal organization document with more fields added. */
    private static String organization(String moreFields) {
        return "{\"id\":\"" + AGENCY_ID + "\",\"name\":{\"fi\":\"Saaristovirasto\"},\"languages\":[\"fi\",\"sv\"],"
                + moreFields + "}";
    }

    /** A minimal organization document in which one of id, name, languages is replaced. */
    private static String organizationWith(String replacedField) {
        String field = replacedField.substring(1, replacedField.indexOf('"', 1));
        StringBuilder document = new StringBuilder("{");
        for (String part : List.of(
                "\"id\":\"" + AGENCY_ID + "\"", "\"name\":{\"fi\":\"Saaristovirasto\"}", "\"languages\":[\"fi\"]")) {
            document.append(part.startsWith("\"" + field + "\"") ? replacedField : part)
                    .append(',');
        }
        document.setLength(document.length() - 1);
        return document.append('}').toString();
    }

    private static String unit(String id, String code, String parentId, String status) {
        return "{\"id\":\"" + id + "\",\"code\":\"" + code + "\",\"name\":{\"fi\":\"" + code + "\"},\"parentId\":\""
                + parentId + "\",\"status\":\"" + status + "\"}";
    }
}
