package org.learningmentor.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.program.CoordinatorNamed;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.PhaseAdvanced;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.core.program.SponsorNamed;
import org.learningmentor.persistence.memory.InMemoryPersistence;

class EventListenerTest {

    @Test
    void listenersHearCommittedEventsInOrderAfterTheCommit() {
        InMemoryPersistence persistence = InMemoryPersistence.create();
        List<String> calls = new ArrayList<>();
        // When called, the event is committed: it is in the outbox and the programme is stored,
        // as another reader (outside any transaction) sees them.
        EventListener first = event -> {
            assertThat(persistence.outbox().undelivered(1000))
                    .anyMatch(e -> e.event().equals(event));
            MentoringProgram stored = persistence
                    .programs()
                    .find(event.organizationId(), ((org.learningmentor.core.program.ProgramEvent) event).programId())
                    .orElseThrow();
            assertThat(stored.version()).isGreaterThan(1);
            calls.add("first " + UseCaseRunner.typeOf(event));
        };
        EventListener second = event -> calls.add("second " + UseCaseRunner.typeOf(event));
        World world = World.create(persistence, b -> b.listener(first).listener(second));
        ProgramId id = world.storeProgram(ProgramPhase.PREPARATION);

        world.runtime
                .programs()
                .nameSponsor(world.hr(), id, world.agency.director().id());
        world.runtime
                .programs()
                .nameCoordinator(world.hr(), id, world.personFor(Role.HR).id());
        world.runtime.programs().advance(world.hr(), id);

        assertThat(calls)
                .containsExactly(
                        "first SponsorNamed",
                        "second SponsorNamed",
                        "first CoordinatorNamed",
                        "second CoordinatorNamed",
                        "first PhaseAdvanced",
                        "second PhaseAdvanced");
        assertThat(world.heard)
                .satisfiesExactly(
                        e -> assertThat(e).isInstanceOf(SponsorNamed.class),
                        e -> assertThat(e).isInstanceOf(CoordinatorNamed.class),
                        e -> assertThat(e).isInstanceOf(PhaseAdvanced.class));
    }

    @Test
    void refusedOrDeniedUseCasesTellNoListener() {
        World world = World.create();
        ProgramId id = world.storeProgram(ProgramPhase.PREPARATION);

        try {
            world.runtime.programs().advance(world.hr(), id); // no sponsor yet: refused
        } catch (RuntimeException expected) {
            // refused by the phase guard
        }
        try {
            world.runtime.programs().advance(world.actor(Role.EMPLOYEE), id);
        } catch (AccessDeniedException expected) {
            // denied
        }

        assertThat(world.heard).isEmpty();
        assertThat(world.outbox()).isEmpty();
    }

    @Test
    void aUseCaseInsideTheHostsOwnTransactionTellsListenersOnlyAfterTheHostCommits() {
        InMemoryPersistence persistence = InMemoryPersistence.create();
        World world = World.create(persistence, b -> b);
        ProgramId id = world.storeProgram(ProgramPhase.PREPARATION);
        List<String> happened = new ArrayList<>();

        persistence.transactions().run(() -> {
            world.runtime
                    .programs()
                    .nameSponsor(world.hr(), id, world.agency.director().id());
            happened.add("use case returned, heard " + world.heard.size());
            world.runtime
                    .programs()
                    .nameCoordinator(world.hr(), id, world.personFor(Role.HR).id());
            happened.add("host's work done, heard " + world.heard.size());
        });
        happened.add("host committed, heard " + world.heard.size());

        assertThat(happened)
                .containsExactly("use case returned, heard 0", "host's work done, heard 0", "host committed, heard 2");
        assertThat(world.heard)
                .satisfiesExactly(
                        e -> assertThat(e).isInstanceOf(SponsorNamed.class),
                        e -> assertThat(e).isInstanceOf(CoordinatorNamed.class));
    }

    @Test
    void aUseCaseInsideAHostTransactionThatRollsBackTellsNoListener() {
        InMemoryPersistence persistence = InMemoryPersistence.create();
        World world = World.create(persistence, b -> b);
        ProgramId id = world.storeProgram(ProgramPhase.PREPARATION);
        IllegalStateException hostFailure = new IllegalStateException("the host's own work fails");

        assertThatThrownBy(() -> persistence.transactions().run(() -> {
                    world.runtime
                            .programs()
                            .nameSponsor(world.hr(), id, world.agency.director().id());
                    throw hostFailure;
                }))
                .isSameAs(hostFailure);

        assertThat(world.heard).isEmpty();
        assertThat(world.outbox()).isEmpty();
        assertThat(world.program(id).sponsorId()).isEmpty();
    }

    @Test
    void failingListenerIsLoggedWhileTheCommitStandsAndOthersStillHear() {
        List<DomainEvent> later = new ArrayList<>();
        EventListener failing = event -> {
            throw new IllegalStateException("listener broke");
        };
        World world = World.create(
                InMemoryPersistence.create(), b -> b.listener(failing).listener(later::add));
        ProgramId id = world.storeProgram(ProgramPhase.PREPARATION);

        String log = stderrOf(() -> world.runtime
                .programs()
                .nameSponsor(world.hr(), id, world.agency.director().id()));

        assertThat(world.program(id).sponsorId())
                .contains(world.agency.director().id());
        assertThat(world.outbox()).hasSize(1);
        assertThat(world.heard).hasSize(1); // the listener before the failing one
        assertThat(later).hasSize(1); // the listener after it
        assertThat(log)
                .contains("WARN", "SponsorNamed", "the change stays committed", "listener broke")
                .doesNotContain(world.agency.director().displayName());
    }

    /** Runs the work and returns what was logged to standard error meanwhile. */
    private static String stderrOf(Runnable work) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
