package org.learningmentor.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningmentor.persistence.EvaluationRepository;
import org.learningmentor.persistence.EventOutbox;
import org.learningmentor.persistence.OrganizationRepository;
import org.learningmentor.persistence.OutboxEntry;
import org.learningmentor.persistence.PairRepository;
import org.learningmentor.persistence.Persistence;
import org.learningmentor.persistence.PersonRepository;
import org.learningmentor.persistence.PlanRepository;
import org.learningmentor.persistence.ProgramRepository;
import org.learningmentor.persistence.ResponseRepository;
import org.learningmentor.persistence.SurveyRepository;
import org.learningmentor.persistence.TransactionRunner;

/**
 * What every contract test class shares: the one factory method an implementation provides, the
 * check that it works, and the seeded sample data each test draws from. Subclass one of the
 * contract classes, not this one.
 *
 * <p>Each test draws its data from its own seed, so tests never share ids and may run against one
 * store. When a test fails, its seed is printed to standard error; replay it with {@code
 * -Dlearningmentor.contract.seed=N} (running that test alone: a fixed seed gives every test the same
 * ids).
 */
@ExtendWith(SeedOnFailure.class)
public abstract class PersistenceContract {

    /** The system property that fixes the seed of every test, to replay a failure. */
    public static final String SEED_PROPERTY = "learningmentor.contract.seed";

    final long seed = Long.getLong(SEED_PROPERTY, ThreadLocalRandom.current().nextLong());
    final Samples samples = new Samples(seed);

    private Persistence persistence;

    PersistenceContract() {}

    /**
     * Returns the implementation under test, called before every test. Return a new instance over
     * a store whose outbox holds no undelivered entries: a fresh store, such as {@code
     * InMemoryPersistence.create()}, or a database whose tables the subclass emptied (repository
     * contents may stay: every test uses ids of its own). Release resources in the subclass's own
     * {@code @AfterEach} or {@code @AfterAll}.
     *
     * @return the persistence, never null
     */
    protected abstract Persistence createPersistence();

    /** Whether this contract needs an outbox with no undelivered entries at the start of a test. */
    boolean needsEmptyOutbox() {
        return false;
    }

    @BeforeEach
    final void createAndCheckPersistence() {
        Persistence created;
        try {
            created = createPersistence();
        } catch (RuntimeException | Error e) {
            throw new AssertionError(
                    getClass().getSimpleName() + ".createPersistence() threw: fix the set-up of the store under test"
                            + " (is the database reachable and its schema applied?)",
                    e);
        }
        assertThat(created)
                .as(getClass().getSimpleName() + ".createPersistence() returned null: return the implementation"
                        + " under test, for example InMemoryPersistence.create()")
                .isNotNull();
        requirePart(created, "organizations()", created.organizations());
        requirePart(created, "people()", created.people());
        requirePart(created, "programs()", created.programs());
        requirePart(created, "pairs()", created.pairs());
        requirePart(created, "plans()", created.plans());
        requirePart(created, "surveys()", created.surveys());
        requirePart(created, "responses()", created.responses());
        requirePart(created, "evaluations()", created.evaluations());
        requirePart(created, "transactions()", created.transactions());
        requirePart(created, "outbox()", created.outbox());
        if (needsEmptyOutbox()) {
            List<OutboxEntry> left = created.outbox().undelivered(1);
            assertThat(left)
                    .as(getClass().getSimpleName() + ".createPersistence() returned a store whose outbox holds"
                            + " undelivered entries; these tests count entries, so return a fresh store or empty"
                            + " the outbox (table) before each test")
                    .isEmpty();
        }
        this.persistence = created;
    }

    private static void requirePart(Persistence persistence, String part, Object value) {
        assertThat(value)
                .as("%s.%s returned null: every part of a Persistence must be there", persistence, part)
                .isNotNull();
    }

    /** Asserts that the call throws a {@link NullPointerException} whose message names the parameter. */
    static void assertNamesNull(String parameter, ThrowingCallable call) {
        assertThatThrownBy(call)
                .as("a null %s", parameter)
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining(parameter);
    }

    /** Returns the implementation under test, created for this test. */
    final Persistence persistence() {
        return persistence;
    }

    final OrganizationRepository organizations() {
        return persistence.organizations();
    }

    final PersonRepository people() {
        return persistence.people();
    }

    final ProgramRepository programs() {
        return persistence.programs();
    }

    final PairRepository pairs() {
        return persistence.pairs();
    }

    final PlanRepository plans() {
        return persistence.plans();
    }

    final SurveyRepository surveys() {
        return persistence.surveys();
    }

    final ResponseRepository responses() {
        return persistence.responses();
    }

    final EvaluationRepository evaluations() {
        return persistence.evaluations();
    }

    final TransactionRunner transactions() {
        return persistence.transactions();
    }

    final EventOutbox outbox() {
        return persistence.outbox();
    }
}
