package org.learningmentor.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.program.CoordinatorNamed;
import org.learningmentor.core.program.PhaseAdvanced;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.core.program.SponsorNamed;
import org.learningmentor.persistence.OutboxEntry;

class OutboxRelayTest {

    private World world;
    private OutboxRelay relay;

    /** Three committed use cases: three events waiting in the outbox. */
    @BeforeEach
    void threeEventsWaiting() {
        world = World.create();
        relay = world.runtime.outboxRelay();
        ProgramId id = world.storeProgram(ProgramPhase.PREPARATION);
        world.runtime
                .programs()
                .nameSponsor(world.hr(), id, world.agency.director().id());
        world.runtime
                .programs()
                .nameCoordinator(world.hr(), id, world.personFor(Role.HR).id());
        world.runtime.programs().advance(world.hr(), id);
    }

    @Test
    void relaysInSequenceOrderBatchByBatchAndMarksDelivered() {
        List<DomainEvent> published = new ArrayList<>();

        assertThat(relay.relay(published::add, 2)).isEqualTo(2);
        assertThat(world.outbox()).hasSize(1);
        assertThat(relay.relay(published::add, 2)).isEqualTo(1);
        assertThat(relay.relay(published::add, 2)).isZero();

        assertThat(published)
                .satisfiesExactly(
                        e -> assertThat(e).isInstanceOf(SponsorNamed.class),
                        e -> assertThat(e).isInstanceOf(CoordinatorNamed.class),
                        e -> assertThat(e).isInstanceOf(PhaseAdvanced.class));
        assertThat(published).isEqualTo(world.heard);
        assertThat(world.outbox()).isEmpty();
    }

    @Test
    void entriesCarryIncreasingSequenceNumbers() {
        List<OutboxEntry> published = new ArrayList<>();

        relay.relayEntries(published::add, 10);

        assertThat(published).extracting(OutboxEntry::sequence).isSorted().doesNotHaveDuplicates();
        assertThat(published).hasSize(3);
    }

    @Test
    void publisherFailureMarksWhatWasPublishedAndKeepsTheRestForTheNextRun() {
        List<DomainEvent> published = new ArrayList<>();
        RuntimeException brokerDown = new IllegalStateException("broker down");

        assertThatThrownBy(() -> relay.relay(
                        event -> {
                            if (event instanceof CoordinatorNamed) {
                                throw brokerDown;
                            }
                            published.add(event);
                        },
                        10))
                .isSameAs(brokerDown);

        assertThat(published).singleElement().isInstanceOf(SponsorNamed.class);
        assertThat(world.outbox()).hasSize(2);
        assertThat(relay.relay(published::add, 10)).isEqualTo(2);
        assertThat(published).hasSize(3);
    }

    @Test
    void relayAllDrainsTheOutbox() {
        List<DomainEvent> published = new ArrayList<>();

        assertThat(relay.relayAll(published::add, 1)).isEqualTo(3);

        assertThat(published).hasSize(3);
        assertThat(world.outbox()).isEmpty();
    }

    @Test
    void batchOutOfRangeIsRefused() {
        assertThatThrownBy(() -> relay.relay(e -> {}, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> relay.relay(e -> {}, 1001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> relay.relay(null, 1)).isInstanceOf(NullPointerException.class);
    }
}
