package org.learningmentor.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.organization.Organization;

class OutboxEntryTest {

    private static final OrganizationId AGENCY =
            OrganizationId.of(UUID.fromString("8a1f0c2e-0000-4000-8000-000000000001"));

    static DomainEvent aUnitAdded() {
        return Organization.create(
                        AGENCY,
                        LocalizedText.of("Saaristovirasto", "Skärgårdsverket", "Archipelago Agency"),
                        List.of(Language.FI))
                .addUnit(
                        OrgUnitId.of(UUID.fromString("8a1f0c2e-0000-4000-8000-000000000002")),
                        "HAL",
                        LocalizedText.of("Hallinto", "Förvaltning", "Administration"),
                        Optional.empty(),
                        PersonId.of(UUID.fromString("8a1f0c2e-0000-4000-8000-000000000003")),
                        Instant.parse("2026-03-02T09:00:00Z"))
                .events()
                .get(0);
    }

    @Test
    void anEntryNamesTheOrganizationOfItsEvent() {
        OutboxEntry entry = new OutboxEntry(1, aUnitAdded());

        assertThat(entry.organizationId()).isEqualTo(AGENCY);
        assertThat(entry.sequence()).isEqualTo(1);
    }

    @Test
    void aSequenceThatIsNotPositiveIsRefused() {
        DomainEvent event = aUnitAdded();

        assertThatThrownBy(() -> new OutboxEntry(0, event)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutboxEntry(-5, event)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNullEventIsRefused() {
        assertThatThrownBy(() -> new OutboxEntry(1, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("event");
    }
}
