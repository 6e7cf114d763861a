package org.learningmentor.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.persistence.EventOutbox;

/**
 * What the in-memory store adds to the contract, which the test kit's contract tests prove (see
 * testkit's {@code org.learningmentor.persistence.memory} tests).
 */
class InMemoryPersistenceTest {

    private static Organization anAgency() {
        return Organization.create(
                OrganizationId.of(UUID.randomUUID()),
                LocalizedText.of("Saaristovirasto", "Skärgårdsverket", "Archipelago Agency"),
                List.of(Language.FI, Language.SV));
    }

    @Test
    void eachStoreStartsEmptyAndIsSeparateFromTheOthers() {
        InMemoryPersistence one = InMemoryPersistence.create();
        InMemoryPersistence other = InMemoryPersistence.create();
        Organization agency = anAgency();

        one.organizations().save(agency);

        assertThat(one.organizations().find(agency.id())).isPresent();
        assertThat(other.organizations().find(agency.id())).isEmpty();
        assertThat(other.outbox().undelivered(EventOutbox.MAX_LIMIT)).isEmpty();
    }

    @Test
    void aTransactionOfOneStoreDoesNotCoverAnother() {
        InMemoryPersistence one = InMemoryPersistence.create();
        InMemoryPersistence other = InMemoryPersistence.create();
        Organization agency = anAgency();

        try {
            one.transactions().run(() -> {
                other.organizations().save(agency);
                throw new IllegalStateException("rolls back the first store only");
            });
        } catch (IllegalStateException expected) {
            // the first store's transaction rolled back
        }

        assertThat(other.organizations().find(agency.id())).isPresent();
    }

    @Test
    void thePartsAreTheSameEveryTimeAndNameThemselves() {
        InMemoryPersistence persistence = InMemoryPersistence.create();

        assertThat(persistence.people()).isSameAs(persistence.people());
        assertThat(persistence.organizations()).hasToString("MemoryOrganizationRepository");
        assertThat(persistence.people()).hasToString("MemoryPersonRepository");
        assertThat(persistence.outbox()).hasToString("MemoryOutbox");
        assertThat(persistence.transactions()).hasToString("MemoryTransactionRunner");
        assertThat(persistence.toString()).startsWith("InMemoryPersistence@");
    }
}
