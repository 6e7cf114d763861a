package org.learningmentor.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningmentor.core.JsonTesting;
import org.learningmentor.core.organization.UnitAdded;
import org.learningmentor.core.organization.UnitRenamed;

class ChangeTest {

    private static final OrganizationId ORG =
            OrganizationId.of(UUID.fromString("8a1f0c2e-0000-4000-8000-000000000001"));
    private static final PersonId HR = PersonId.of(UUID.fromString("8a1f0c2e-0000-4000-8000-000000000003"));
    private static final OrgUnitId UNIT = OrgUnitId.of(UUID.fromString("8a1f0c2e-0000-4000-8000-000000000002"));
    private static final Instant AT = Instant.parse("2026-02-02T09:00:00Z");

    private static UnitAdded anAddedUnit() {
        return UnitAdded.builder()
                .organizationId(ORG)
                .actor(HR)
                .occurredAt(AT)
                .unitId(UNIT)
                .code("HAL")
                .name(LocalizedText.of("Hallinto", "Förvaltning", "Administration"))
                .build();
    }

    private static UnitRenamed aRename() {
        return UnitRenamed.builder()
                .organizationId(ORG)
                .actor(HR)
                .occurredAt(AT.plusSeconds(60))
                .unitId(UNIT)
                .previousName(LocalizedText.of("Hallinto", "Förvaltning", "Administration"))
                .name(LocalizedText.of(Language.EN, "Administration and Finance"))
                .build();
    }

    @Test
    void andThenKeepsTheLastStateAndEveryEventInOrder() {
        Change<String> first = Change.of("one", anAddedUnit());
        Change<String> both = first.andThen(state -> Change.of(state + "+two", aRename()));
        assertThat(both.state()).isEqualTo("one+two");
        assertThat(both.events()).containsExactly(anAddedUnit(), aRename());
        assertThat(first.events()).containsExactly(anAddedUnit());
    }

    @Test
    void eventsAreACopyThatCannotBeModified() {
        Change<String> change = Change.of("s", List.of(anAddedUnit()));
        assertThatThrownBy(() -> change.events().add(aRename())).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void ofWhenStateIsNullThenThrowsNullPointerNamingIt() {
        assertThatThrownBy(() -> Change.of(null, List.of())).hasMessage("state");
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void changeRoundTripsWithTypedEvents(JsonTesting json) {
        Type type = new TypeReference<Change<LocalizedText>>() {}.getType();
        Change<LocalizedText> change =
                Change.of(LocalizedText.of(Language.FI, "Hallinto"), List.of(anAddedUnit(), aRename()));
        json.assertGolden("change", change, type);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void eventsAreReadBackAsTheirOwnTypeFromTheRootType(JsonTesting json) throws Exception {
        String written = json.write(anAddedUnit(), DomainEvent.class);
        assertThat(written).contains("\"type\":\"organization.unit-added\"");
        DomainEvent back = json.read(written, DomainEvent.class);
        assertThat(back).isInstanceOf(UnitAdded.class).isEqualTo(anAddedUnit());
        assertThat(((UnitAdded) back).parentId()).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingAnEventWithFieldsOfALaterVersionThenIgnoresThem(JsonTesting json) throws Exception {
        String written = json.write(anAddedUnit(), DomainEvent.class);
        String later = written.replaceFirst("\\{", "{\"addedInVersion2\":{\"x\":[1,2]},");
        assertThat(later).contains("addedInVersion2");
        assertThat((DomainEvent) json.read(later, DomainEvent.class)).isEqualTo(anAddedUnit());
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingAnEventOfUnknownTypeThenFails(JsonTesting json) {
        assertThatThrownBy(() -> json.read(
                        "{\"type\":\"organization.unit-exploded\",\"organizationId\":\"" + ORG + "\"}",
                        DomainEvent.class))
                .hasMessageContaining("organization.unit-exploded");
    }
}
