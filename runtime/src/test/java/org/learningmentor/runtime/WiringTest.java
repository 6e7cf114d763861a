package org.learningmentor.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.IdGenerator;
import org.learningmentor.persistence.EvaluationRepository;
import org.learningmentor.persistence.EventOutbox;
import org.learningmentor.persistence.OrganizationRepository;
import org.learningmentor.persistence.PairRepository;
import org.learningmentor.persistence.Persistence;
import org.learningmentor.persistence.PersonRepository;
import org.learningmentor.persistence.PlanRepository;
import org.learningmentor.persistence.ProgramRepository;
import org.learningmentor.persistence.ResponseRepository;
import org.learningmentor.persistence.SurveyRepository;
import org.learningmentor.persistence.TransactionRunner;
import org.learningmentor.persistence.memory.InMemoryPersistence;

class WiringTest {

    @Test
    void buildWithNothingNamesEveryMissingPart() {
        WiringException e = catchThrowableOfType(
                WiringException.class, () -> LearningMentor.builder().build());

        assertThat(e.problems())
                .hasSize(3)
                .anySatisfy(p -> assertThat(p).startsWith("persistence is missing"))
                .anySatisfy(p -> assertThat(p).startsWith("clock is missing"))
                .anySatisfy(p -> assertThat(p).startsWith("ids is missing"));
        assertThat(e).hasMessageStartingWith("LearningMentor cannot be built: persistence is missing");
    }

    @Test
    void buildNamesAttemptsOutOfRangeWithTheOtherProblems() {
        WiringException e = catchThrowableOfType(
                WiringException.class,
                () -> LearningMentor.builder()
                        .persistence(InMemoryPersistence.create())
                        .maxAttempts(0)
                        .build());

        assertThat(e.problems())
                .containsExactly(
                        "clock is missing (call clock(...), e.g. Clock.systemUTC())",
                        "ids is missing (call ids(...), e.g. IdGenerator.random())",
                        "maxAttempts must be 1 to 100, not 0");
    }

    @Test
    void buildNamesThePartsAPersistenceLacks() {
        Persistence broken = new Persistence() {
            @Override
            public OrganizationRepository organizations() {
                return null;
            }

            @Override
            public PersonRepository people() {
                return InMemoryPersistence.create().people();
            }

            @Override
            public ProgramRepository programs() {
                throw new UnsupportedOperationException("not yet");
            }

            @Override
            public PairRepository pairs() {
                return InMemoryPersistence.create().pairs();
            }

            @Override
            public PlanRepository plans() {
                return null;
            }

            @Override
            public SurveyRepository surveys() {
                return InMemoryPersistence.create().surveys();
            }

            @Override
            public ResponseRepository responses() {
                throw new UnsupportedOperationException("append-only");
            }

            @Override
            public EvaluationRepository evaluations() {
                return null;
            }

            @Override
            public TransactionRunner transactions() {
                return InMemoryPersistence.create().transactions();
            }

            @Override
            public EventOutbox outbox() {
                return null;
            }
        };

        WiringException e = catchThrowableOfType(
                WiringException.class,
                () -> LearningMentor.builder()
                        .persistence(broken)
                        .clock(Clock.systemUTC())
                        .ids(IdGenerator.random())
                        .maxAttempts(101)
                        .build());

        assertThat(e.problems())
                .containsExactly(
                        "persistence.organizations() returned null",
                        "persistence.programs() failed: java.lang.UnsupportedOperationException: not yet",
                        "persistence.plans() returned null",
                        "persistence.responses() failed: java.lang.UnsupportedOperationException: append-only",
                        "persistence.evaluations() returned null",
                        "persistence.outbox() returned null",
                        "maxAttempts must be 1 to 100, not 101");
    }

    @Test
    void nullArgumentsAreRefusedAtOnceNamingTheParameter() {
        LearningMentor.Builder builder = LearningMentor.builder();
        assertThatThrownBy(() -> builder.persistence(null)).hasMessage("persistence");
        assertThatThrownBy(() -> builder.clock(null)).hasMessage("clock");
        assertThatThrownBy(() -> builder.ids(null)).hasMessage("ids");
        assertThatThrownBy(() -> builder.listener(null)).hasMessage("listener");
        assertThatThrownBy(() -> builder.permissionPolicy(null)).hasMessage("policy");
    }

    @Test
    void completeWiringBuildsWithTheDefaultPolicy() {
        LearningMentor runtime = LearningMentor.builder()
                .persistence(InMemoryPersistence.create())
                .clock(Clock.systemUTC())
                .ids(IdGenerator.random())
                .build();

        assertThat(runtime.policy()).isEqualTo(PermissionPolicy.defaults());
        assertThat(runtime.programs()).isNotNull();
        assertThat(runtime.people()).isNotNull();
        assertThat(runtime.organizations()).isNotNull();
        assertThat(runtime.outboxRelay()).isNotNull();
    }
}
