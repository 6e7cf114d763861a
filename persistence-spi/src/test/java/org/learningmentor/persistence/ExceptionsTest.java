package org.learningmentor.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PersonId;

class ExceptionsTest {

    private static final PersonId AINO = PersonId.of(UUID.fromString("3f2a0c1e-0000-4000-8000-000000000001"));

    @Test
    void concurrentUpdateNamesTheAggregateTheIdAndBothVersions() {
        ConcurrentUpdateException e = new ConcurrentUpdateException(AINO, 3, 4);

        assertThat(e.id()).isEqualTo(AINO);
        assertThat(e.expectedVersion()).isEqualTo(3);
        assertThat(e.actualVersion()).isEqualTo(4);
        assertThat(e)
                .hasMessage("Person 3f2a0c1e-0000-4000-8000-000000000001: version 3 cannot be saved,"
                        + " the stored version is 4");
        assertThat(e).isNotInstanceOf(PersistenceException.class);
    }

    @Test
    void concurrentUpdateWhenNothingIsStoredSaysSo() {
        OrganizationId agency = OrganizationId.of(UUID.fromString("8a1f0c2e-0000-4000-8000-000000000001"));

        assertThat(new ConcurrentUpdateException(agency, 2, 0))
                .hasMessage("Organization 8a1f0c2e-0000-4000-8000-000000000001: version 2 cannot be saved,"
                        + " it is not stored");
    }

    @Test
    void duplicateKeyNamesTheAggregateAndTheIdAndMayCarryTheStoragesReport() {
        IOException report = new IOException("unique violation");

        DuplicateKeyException e = new DuplicateKeyException(AINO, report);

        assertThat(e.id()).isEqualTo(AINO);
        assertThat(e)
                .hasMessage("Person 3f2a0c1e-0000-4000-8000-000000000001 cannot be saved as new: one with that id is"
                        + " stored already")
                .hasCause(report);
        assertThat(new DuplicateKeyException(AINO).getCause()).isNull();
    }

    @Test
    void aTransientFailureIsAPersistenceExceptionWithItsCause() {
        IOException cause = new IOException("deadlock detected");

        assertThat(new TransientPersistenceException("Saving person failed", cause))
                .isInstanceOf(PersistenceException.class)
                .hasMessage("Saving person failed")
                .hasCause(cause);
        assertThatThrownBy(() -> new TransientPersistenceException("Saving person failed", null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void persistenceExceptionAlwaysCarriesItsCause() {
        IOException cause = new IOException("disk full");

        assertThat(new PersistenceException("Saving person failed", cause))
                .hasMessage("Saving person failed")
                .hasCause(cause);
        assertThatThrownBy(() -> new PersistenceException("Saving person failed", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("cause");
        assertThatThrownBy(() -> new PersistenceException(null, cause)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void nullIdsAreRefused() {
        assertThatThrownBy(() -> new ConcurrentUpdateException(null, 1, 2)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new DuplicateKeyException(null)).isInstanceOf(NullPointerException.class);
    }
}
