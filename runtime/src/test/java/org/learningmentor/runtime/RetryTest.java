package org.learningmentor.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.core.program.ProgramRuleException;
import org.learningmentor.core.program.SponsorNamed;
import org.learningmentor.persistence.ConcurrentUpdateException;
import org.learningmentor.persistence.PersistenceException;
import org.learningmentor.persistence.TransientPersistenceException;

class RetryTest {

    private final FlakyPersistence flaky = new FlakyPersistence();

    /** Stores a programme in preparation and starts counting after it. */
    private ProgramId stored(World world) {
        ProgramId id = world.storeProgram(ProgramPhase.PREPARATION);
        flaky.programLoads.set(0);
        flaky.programSaves.set(0);
        return id;
    }

    private World world(int maxAttempts) {
        return World.create(flaky, b -> b.maxAttempts(maxAttempts));
    }

    /** What the runtime retries: a stale version, and a transaction the database aborted (a deadlock, say). */
    enum Retried {
        CONFLICT(ConcurrentUpdateException.class),
        TRANSIENT_FAILURE(TransientPersistenceException.class);

        final Class<? extends RuntimeException> type;

        Retried(Class<? extends RuntimeException> type) {
            this.type = type;
        }

        void arm(FlakyPersistence flaky, int saves) {
            (this == CONFLICT ? flaky.conflictsToThrow : flaky.transientFailuresToThrow).set(saves);
        }
    }

    @ParameterizedTest
    @EnumSource(Retried.class)
    void failsOnFewerSavesThanAttemptsThenSucceedsWithOneEvent(Retried failure) {
        World world = world(3);
        ProgramId id = stored(world);
        failure.arm(flaky, 2);

        MentoringProgram saved = world.runtime
                .programs()
                .nameSponsor(world.hr(), id, world.agency.director().id());

        assertThat(flaky.programLoads).hasValue(3); // each attempt loads afresh
        assertThat(flaky.programSaves).hasValue(3);
        assertThat(saved.sponsorId()).contains(world.agency.director().id());
        assertThat(world.program(id)).isEqualTo(saved);
        assertThat(world.outbox())
                .singleElement()
                .satisfies(e -> assertThat(e.event()).isInstanceOf(SponsorNamed.class));
        assertThat(world.heard).singleElement().isInstanceOf(SponsorNamed.class);
    }

    @ParameterizedTest
    @EnumSource(Retried.class)
    void failsOnEveryAttemptThenGivesUpRethrowingTheLastAndStoresNothing(Retried failure) {
        World world = world(3);
        ProgramId id = stored(world);
        MentoringProgram before = world.program(id);
        failure.arm(flaky, 3);

        assertThatThrownBy(() -> world.runtime
                        .programs()
                        .nameSponsor(world.hr(), id, world.agency.director().id()))
                .isInstanceOf(failure.type);

        assertThat(flaky.programSaves).hasValue(3);
        assertThat(world.program(id)).isEqualTo(before);
        assertThat(world.outbox()).isEmpty();
        assertThat(world.heard).isEmpty();
    }

    @Test
    void oneAttemptNeverRetries() {
        World world = world(1);
        ProgramId id = stored(world);
        flaky.conflictsToThrow.set(1);

        assertThatThrownBy(() -> world.runtime
                        .programs()
                        .nameSponsor(world.hr(), id, world.agency.director().id()))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(flaky.programSaves).hasValue(1);
    }

    @Test
    void ruleRefusalIsNotRetriedAndStoresNothing() {
        World world = world(3);
        ProgramId id = stored(world);
        MentoringProgram before = world.program(id);
        flaky.programLoads.set(0);

        // an employee without MANAGEMENT cannot sponsor: the model refuses, once
        assertThatThrownBy(() -> world.runtime
                        .programs()
                        .nameSponsor(
                                world.hr(), id, world.personFor(Role.EMPLOYEE).id()))
                .isInstanceOf(ProgramRuleException.class)
                .hasMessageContaining("sponsor");

        assertThat(flaky.programLoads).hasValue(1);
        assertThat(flaky.programSaves).hasValue(0);
        assertThat(world.program(id)).isEqualTo(before);
        assertThat(world.outbox()).isEmpty();
        assertThat(world.heard).isEmpty();
    }

    @Test
    void accessDenialIsNotRetried() {
        World world = world(3);
        ProgramId id = stored(world);

        assertThatThrownBy(() -> world.runtime.programs().advance(world.actor(Role.MENTOR), id))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(flaky.programLoads).hasValue(0); // denied before the programme is loaded
    }

    @Test
    void realConcurrentWriteIsRetriedOnFreshStateAndBothChangesSurvive() {
        World world = world(3);
        ProgramId id = stored(world);
        // While the sponsor is being named, another user names the coordinator and commits first.
        flaky.beforeNextSave = () -> CompletableFuture.runAsync(() -> world.runtime
                        .programs()
                        .nameCoordinator(
                                world.hr(), id, world.personFor(Role.HR).id()))
                .join();

        MentoringProgram saved = world.runtime
                .programs()
                .nameSponsor(world.hr(), id, world.agency.director().id());

        assertThat(saved.coordinatorId()).contains(world.personFor(Role.HR).id());
        assertThat(saved.sponsorId()).contains(world.agency.director().id());
        assertThat(world.outbox()).hasSize(2);
        assertThat(world.heard).hasSize(2);
    }

    @Test
    void failureAfterTheSaveRollsBackTheSaveAndTellsNoListener() {
        World world = world(3);
        ProgramId id = stored(world);
        MentoringProgram before = world.program(id);
        flaky.outboxFails = true;

        assertThatThrownBy(() -> world.runtime
                        .programs()
                        .nameSponsor(world.hr(), id, world.agency.director().id()))
                .isInstanceOf(PersistenceException.class);

        assertThat(flaky.programSaves).hasValue(1); // a storage failure is not a conflict: no retry
        assertThat(world.program(id)).isEqualTo(before);
        assertThat(world.program(id).sponsorId()).isEqualTo(Optional.empty());
        assertThat(world.heard).isEmpty();
        flaky.outboxFails = false;
        assertThat(world.outbox()).isEmpty();
    }
}
