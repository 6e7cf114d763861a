package org.learningmentor.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.organization.OrgUnit;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.persistence.EventOutbox;
import org.learningmentor.persistence.OutboxEntry;
import org.learningmentor.persistence.PageRequest;
import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.sample.SampleData;
import org.learningmentor.testkit.sample.SampleOrganization;
import org.learningmentor.testkit.sample.SamplePrograms;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Names, free texts and events full of quotes, SQL fragments, JSON escapes, controls and code points
 * of every Unicode plane round-trip exactly, on both databases. Core caps a free text (a credo, notes)
 * at {@value LocalizedText#MAX_LENGTH} characters and a person's name at {@value
 * Person#MAX_DISPLAY_NAME_LENGTH}; the programme here carries several free texts at the cap, so its
 * document is over 100 KB.
 */
class HostileDataTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Instant AT = SampleData.STORY_START.plusSeconds(100L * 24 * 3600);

    static Stream<String> dialects() {
        return Stream.of("POSTGRESQL", "H2");
    }

    private static Persistence persistence(String dialect) {
        return dialect.equals("H2") ? Databases.H2.persistence() : Databases.Postgres.persistence();
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void namesAndUnitNamesWithQuotesSqlAndEveryPlaneRoundTripExactly(String dialect) {
        Persistence persistence = persistence(dialect);
        SampleOrganization agency = SampleData.organization(4242 + dialect.length(), 12);
        Organization organization = agency.organization();
        OrgUnit unit = organization.units().get(0);
        String unitName = HostileText.name(OrgUnit.NAME_MAX_LENGTH);
        Change<Organization> renamed = organization.renameUnit(
                unit.id(),
                LocalizedText.of(unitName, unitName, unitName),
                PersonId.of(unit.id().value()),
                AT);
        Organization saved = persistence.organizations().save(renamed.state());
        Person person = agency.people().get(0);
        Person hostile = Person.builder()
                .id(person.id())
                .organizationId(person.organizationId())
                .unitId(person.unitId())
                .displayName(HostileText.name(Person.MAX_DISPLAY_NAME_LENGTH))
                .email(person.email())
                .addAllRoles(person.roles())
                .managerId(person.managerId())
                .language(person.language())
                .enrollment(person.enrollment())
                .build();
        Person savedPerson = persistence.people().save(organization.id(), hostile);

        assertThat(persistence.organizations().find(organization.id())).contains(saved);
        assertThat(persistence.people().find(organization.id(), person.id())).contains(savedPerson);
        assertThat(persistence
                        .people()
                        .find(organization.id(), person.id())
                        .orElseThrow()
                        .displayName())
                .isEqualTo(hostile.displayName());
        assertThat(persistence
                        .people()
                        .findByUnit(organization.id(), person.unitId(), PageRequest.first(100))
                        .items())
                .contains(savedPerson);

        persistence.outbox().append(organization.id(), renamed.events());
        List<DomainEvent> read = persistence.outbox().undelivered(EventOutbox.MAX_LIMIT).stream()
                .map(OutboxEntry::event)
                .toList();
        assertThat(read).containsExactlyElementsOf(renamed.events());
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void aProgrammeWithFreeTextsAtTheCapOfOver100KbRoundTripsExactly(String dialect) throws Exception {
        Persistence persistence = persistence(dialect);
        SampleOrganization agency = SampleData.organization(777 + dialect.length(), 40);
        MentoringProgram sample =
                SamplePrograms.inPhase(agency, ProgramPhase.IMPLEMENTATION, 99).program();
        MentoringProgram hostile = withHostileTexts(sample);
        persistence.organizations().save(agency.organization());

        MentoringProgram saved = persistence.programs().save(hostile.organizationId(), hostile);
        MentoringProgram found = persistence
                .programs()
                .find(hostile.organizationId(), hostile.id())
                .orElseThrow();

        int documentBytes = MAPPER.writeValueAsString(found).getBytes(StandardCharsets.UTF_8).length;
        assertThat(documentBytes).as("bytes of the stored document").isGreaterThan(100_000);
        assertThat(found).isEqualTo(saved).isEqualTo(hostile.withVersion(1));
        assertThat(MAPPER.writeValueAsString(found)).isEqualTo(MAPPER.writeValueAsString(saved));
        MentoringProgram again = persistence.programs().save(found.organizationId(), found);
        assertThat(persistence.programs().find(found.organizationId(), found.id()))
                .contains(again);
    }

    /** Replaces every credo's text and every optional note with a hostile text at the cap. */
    private static MentoringProgram withHostileTexts(MentoringProgram program) throws Exception {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(program));
        int[] seed = {1};
        int replaced = 0;
        for (String field : List.of("credos", "hrDays", "meetings", "checkpoints")) {
            for (JsonNode item : tree.path(field)) {
                String key = field.equals("credos") ? "text" : "notes";
                ((ObjectNode) item).put(key, HostileText.text(seed[0]++, LocalizedText.MAX_LENGTH));
                replaced++;
            }
        }
        assertThat(replaced).as("free texts in the sample programme").isGreaterThanOrEqualTo(4);
        return MAPPER.treeToValue(tree, MentoringProgram.class);
    }
}
