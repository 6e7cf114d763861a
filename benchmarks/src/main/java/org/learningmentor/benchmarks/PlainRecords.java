package org.learningmentor.benchmarks;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.organization.OrgUnit;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.person.ConsentRecord;
import org.learningmentor.core.person.Person;

/**
 * The baseline: the same data as the SDK's types, as plain Java records that plain Jackson binds
 * with no help. Field names match the SDK's JSON, so both sides write the same document (a test
 * checks it).
 */
final class PlainRecords {

    private PlainRecords() {}

    record Document(PlainOrganization organization, List<PlainPerson> people) {}

    record PlainOrganization(
            UUID id,
            Map<String, String> name,
            List<String> languages,
            PlainSettings settings,
            List<PlainUnit> units,
            long version) {}

    record PlainSettings(int anonymityThreshold, String defaultTemplate) {}

    record PlainUnit(UUID id, String code, Map<String, String> name, UUID parentId, String status) {}

    record PlainPerson(
            UUID id,
            UUID organizationId,
            UUID unitId,
            String displayName,
            String email,
            List<String> roles,
            UUID managerId,
            String language,
            PlainEnrollment enrollment,
            long version) {}

    record PlainEnrollment(List<PlainConsent> history) {}

    record PlainConsent(Instant at, String kind, String reason) {}

    static Document from(Organization organization, List<Person> people) {
        return new Document(
                new PlainOrganization(
                        organization.id().value(),
                        text(organization.name()),
                        organization.languages().stream().map(l -> l.code()).toList(),
                        new PlainSettings(
                                organization.settings().anonymityThreshold(),
                                organization.settings().defaultTemplate().orElse(null)),
                        organization.units().stream().map(PlainRecords::unit).toList(),
                        organization.version()),
                people.stream().map(PlainRecords::person).toList());
    }

    private static PlainUnit unit(OrgUnit unit) {
        return new PlainUnit(
                unit.id().value(),
                unit.code(),
                text(unit.name()),
                unit.parentId().map(id -> id.value()).orElse(null),
                unit.status().name());
    }

    private static PlainPerson person(Person person) {
        return new PlainPerson(
                person.id().value(),
                person.organizationId().value(),
                person.unitId().value(),
                person.displayName(),
                person.email(),
                person.roles().stream().map(Enum::name).toList(),
                person.managerId().map(id -> id.value()).orElse(null),
                person.language().code(),
                new PlainEnrollment(person.enrollment().history().stream()
                        .map(PlainRecords::consent)
                        .toList()),
                person.version());
    }

    private static PlainConsent consent(ConsentRecord record) {
        return new PlainConsent(
                record.at(), record.kind().name(), record.reason().orElse(null));
    }

    private static Map<String, String> text(LocalizedText text) {
        Map<String, String> map = new LinkedHashMap<>();
        text.asMap().forEach((language, value) -> map.put(language.code(), value));
        return map;
    }
}
