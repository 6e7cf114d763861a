package org.learningmentor.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.plan.MentorPlan;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.persistence.DuplicateKeyException;
import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.sample.SampleData;
import org.learningmentor.testkit.sample.SamplePlans;
import org.learningmentor.testkit.sample.SampleProgram;
import org.learningmentor.testkit.sample.SamplePrograms;

/**
 * The inserts of new aggregates that a unit of work holds back and sends in batches (see {@link
 * DocumentTable}), beyond what the contract kit proves: more rows than one batch holds, and a taken
 * id in the middle of a full batch, on each database.
 */
abstract class BatchedInsertsTest {

    /** More new plans than two batches hold, so that batches are sent when full and at the commit. */
    private static final int PLANS = 2 * DocumentTable.BATCH_ROWS + 500;

    private final Persistence persistence = createPersistence();
    private final SampleProgram program =
            SamplePrograms.inPhase(SampleData.organization(2026, 40), ProgramPhase.TRAINING, 7);

    abstract Persistence createPersistence();

    private List<MentorPlan> newPlans() {
        long seed = ThreadLocalRandom.current().nextLong(1L << 40);
        List<MentorPlan> plans = new ArrayList<>(PLANS);
        for (int i = 0; i < PLANS; i++) {
            plans.add(SamplePlans.individualPlan(program, seed + i));
        }
        return plans;
    }

    private MentorPlan find(MentorPlan plan) {
        return persistence.plans().find(plan.organizationId(), plan.id()).orElse(null);
    }

    @Test
    void aUnitOfWorkSavingMorePlansThanABatchHoldsFindsEachAndCommitsAll() {
        List<MentorPlan> plans = newPlans();

        persistence.transactions().run(() -> {
            for (MentorPlan plan : plans) {
                persistence.plans().save(plan.organizationId(), plan);
            }
            assertThat(find(plans.get(0))).isEqualTo(plans.get(0).withVersion(1));
            assertThat(find(plans.get(PLANS - 1)))
                    .isEqualTo(plans.get(PLANS - 1).withVersion(1));
        });

        for (MentorPlan plan : plans) {
            assertThat(find(plan)).isEqualTo(plan.withVersion(1));
        }
    }

    @Test
    void aTakenIdInTheMiddleOfAFullBatchIsReportedByItsIdAndNothingIsStored() {
        List<MentorPlan> plans = newPlans();
        int takenAt = DocumentTable.BATCH_ROWS + 700;
        MentorPlan stored = persistence.plans().save(plans.get(takenAt).organizationId(), plans.get(takenAt));

        assertThatThrownBy(() -> persistence.transactions().run(() -> {
                    for (MentorPlan plan : plans) {
                        persistence.plans().save(plan.organizationId(), plan);
                    }
                }))
                .isInstanceOfSatisfying(
                        DuplicateKeyException.class, e -> assertThat(e.id()).isEqualTo(stored.id()));
        assertThat(find(plans.get(0))).isNull();
        assertThat(find(plans.get(takenAt - 1))).isNull();
        assertThat(find(plans.get(PLANS - 1))).isNull();
        assertThat(find(stored)).isEqualTo(stored);
    }

    @Test
    void aPlanSavedTwiceAsNewInOneUnitOfWorkIsRefusedAtOnce() {
        MentorPlan plan = newPlans().get(0);

        assertThatThrownBy(() -> persistence.transactions().run(() -> {
                    persistence.plans().save(plan.organizationId(), plan);
                    assertThatThrownBy(() -> persistence.plans().save(plan.organizationId(), plan))
                            .isInstanceOfSatisfying(
                                    DuplicateKeyException.class,
                                    e -> assertThat(e.id()).isEqualTo(plan.id()));
                }))
                .cause()
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(find(plan)).isNull();
    }

    /** On the embedded PostgreSQL. */
    static class OnPostgres extends BatchedInsertsTest {
        @Override
        Persistence createPersistence() {
            return Databases.Postgres.persistence();
        }
    }

    /**
     * On the embedded PostgreSQL with the driver's {@code reWriteBatchedInserts=true}, which sends
     * a batch as multi-row {@code INSERT}s: a taken id is still named.
     */
    static class OnPostgresWithRewrittenBatches extends BatchedInsertsTest {
        private static TestPool pool;

        @Override
        Persistence createPersistence() {
            synchronized (OnPostgresWithRewrittenBatches.class) {
                if (pool == null) {
                    Databases.Postgres.dataSource(); // started and migrated
                    pool = new TestPool(
                            Databases.Postgres.server()
                                    .getDatabase("postgres", "postgres", Map.of("reWriteBatchedInserts", "true")),
                            2);
                }
            }
            return JdbcPersistence.builder()
                    .dataSource(pool)
                    .dialect(Dialect.POSTGRESQL)
                    .build();
        }
    }

    /** On H2. */
    static class OnH2 extends BatchedInsertsTest {
        @Override
        Persistence createPersistence() {
            return Databases.H2.persistence();
        }
    }
}
