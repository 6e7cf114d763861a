package org.learningmentor.testkit.contract;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.organization.Organization;
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

/** A set-up that cannot work fails before any contract test, saying what to fix. */
class PersistenceContractSetUpTest {

    /** A contract whose factory is the given one. */
    private static PersistenceContract withFactory(Supplier<Persistence> factory) {
        return new EventOutboxContract() {
            @Override
            protected Persistence createPersistence() {
                return factory.get();
            }
        };
    }

    @Test
    void whenTheFactoryReturnsNullThenSaysToReturnTheImplementation() {
        PersistenceContract contract = withFactory(() -> null);

        assertThatThrownBy(contract::createAndCheckPersistence)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("createPersistence() returned null: return the implementation under test");
    }

    @Test
    void whenTheFactoryThrowsThenSaysToFixTheSetUpAndKeepsTheCause() {
        IllegalStateException down = new IllegalStateException("connection refused");
        PersistenceContract contract = withFactory(() -> {
            throw down;
        });

        assertThatThrownBy(contract::createAndCheckPersistence)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("createPersistence() threw: fix the set-up of the store under test")
                .hasCause(down);
    }

    @Test
    void whenAPartIsMissingThenNamesIt() {
        Persistence memory = InMemoryPersistence.create();
        PersistenceContract contract = withFactory(() -> new Persistence() {
            @Override
            public OrganizationRepository organizations() {
                return memory.organizations();
            }

            @Override
            public PersonRepository people() {
                return null;
            }

            @Override
            public ProgramRepository programs() {
                return memory.programs();
            }

            @Override
            public PairRepository pairs() {
                return memory.pairs();
            }

            @Override
            public PlanRepository plans() {
                return memory.plans();
            }

            @Override
            public SurveyRepository surveys() {
                return memory.surveys();
            }

            @Override
            public ResponseRepository responses() {
                return memory.responses();
            }

            @Override
            public EvaluationRepository evaluations() {
                return memory.evaluations();
            }

            @Override
            public TransactionRunner transactions() {
                return memory.transactions();
            }

            @Override
            public EventOutbox outbox() {
                return memory.outbox();
            }
        });

        assertThatThrownBy(contract::createAndCheckPersistence)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("people() returned null");
    }

    @Test
    void whenTheOutboxIsNotEmptyThenSaysToEmptyIt() {
        Persistence used = InMemoryPersistence.create();
        OrganizationId agencyId = OrganizationId.parse("8a1f0c2e-0000-4000-8000-000000000001");
        Organization agency =
                Organization.create(agencyId, LocalizedText.of("Virasto", "Verket", "Agency"), List.of(Language.FI));
        used.outbox()
                .append(
                        agencyId,
                        agency.addUnit(
                                        OrgUnitId.parse("8a1f0c2e-0000-4000-8000-000000000002"),
                                        "HAL",
                                        LocalizedText.of("Hallinto", "Förvaltning", "Administration"),
                                        Optional.empty(),
                                        Samples.ACTOR,
                                        Instant.parse("2026-03-02T09:00:00Z"))
                                .events());
        PersistenceContract contract = withFactory(() -> used);

        assertThatThrownBy(contract::createAndCheckPersistence)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("outbox holds undelivered entries")
                .hasMessageContaining("return a fresh store or empty the outbox");
    }
}
