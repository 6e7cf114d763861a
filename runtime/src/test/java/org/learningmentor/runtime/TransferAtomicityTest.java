package org.learningmentor.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.core.pair.MentoringPair;
import org.learningmentor.core.plan.MentorPlan;
import org.learningmentor.core.survey.Survey;
import org.learningmentor.persistence.PersistenceException;
import org.learningmentor.runtime.transfer.ProgramDocument;
import org.learningmentor.runtime.transfer.ProgramDocuments;

/**
 * An import is one transaction: whichever write fails, the store holds nothing of the document
 * afterwards, and a second attempt on a healthy store succeeds. A property over seeded random
 * failure points (the seed is in the test's name; run one with {@code -Dlearningmentor.seed=N}).
 */
class TransferAtomicityTest {

    private static final ProgramDocument DOCUMENT = ProgramDocuments.fromJson(TransferFixtures.golden());

    /** The writes of an import into an empty store: organization, people, programme, the rest. */
    private static final int WRITES = 1
            + DOCUMENT.people().size()
            + 1
            + DOCUMENT.pairs().size()
            + DOCUMENT.plans().size()
            + DOCUMENT.surveys().size()
            + DOCUMENT.responses().size()
            + DOCUMENT.evaluations().size();

    static LongStream seeds() {
        String fixed = System.getProperty("learningmentor.seed");
        return fixed != null ? LongStream.of(Long.parseLong(fixed)) : LongStream.rangeClosed(1, 25);
    }

    @Test
    void anImportIntoAnEmptyStoreWritesEachRecordOnce() {
        TransferFailingPersistence store = new TransferFailingPersistence();

        TransferRoundTripTest.runtimeOver(store.persistence)
                .transfers()
                .importProgram(World.create().hr(), DOCUMENT);

        assertThat(store.writes).hasValue(WRITES);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void aStoreFailingOnAnyWriteOfTheImportHoldsNothingOfTheDocument(long seed) {
        int failing = 1 + new SplittableRandom(seed).nextInt(WRITES);
        TransferFailingPersistence store = new TransferFailingPersistence();
        store.failOnWrite = failing;
        LearningMentor runtime = TransferRoundTripTest.runtimeOver(store.persistence);
        Actor hr = World.create().hr();

        Throwable thrown = catchThrowable(() -> runtime.transfers().importProgram(hr, DOCUMENT));

        assertThat(thrown)
                .as("seed %d: write %d of %d fails", seed, failing, WRITES)
                .isInstanceOf(PersistenceException.class)
                .hasMessageContaining("write " + failing);
        var organizationId = DOCUMENT.organization().id();
        assertThat(TransferFixtures.isEmpty(store.delegate, organizationId))
                .as("seed %d", seed)
                .isTrue();
        assertThat(store.delegate
                        .programs()
                        .find(organizationId, DOCUMENT.program().id()))
                .isEmpty();
        for (MentoringPair pair : DOCUMENT.pairs()) {
            assertThat(store.delegate.pairs().find(organizationId, pair.id())).isEmpty();
        }
        for (MentorPlan plan : DOCUMENT.plans()) {
            assertThat(store.delegate.plans().find(organizationId, plan.id())).isEmpty();
        }
        for (Survey survey : DOCUMENT.surveys()) {
            assertThat(store.delegate.surveys().find(organizationId, survey.id()))
                    .isEmpty();
            assertThat(store.delegate.responses().countBySurvey(organizationId, survey.id()))
                    .isZero();
        }
        for (Evaluation evaluation : DOCUMENT.evaluations()) {
            assertThat(store.delegate.evaluations().find(organizationId, evaluation.id()))
                    .isEmpty();
        }

        // the store recovers; the same import then goes through whole
        store.failOnWrite = 0;
        runtime.transfers().importProgram(hr, DOCUMENT);
        assertThat(ProgramDocuments.toJson(
                        runtime.transfers().exportProgram(hr, DOCUMENT.program().id())))
                .isEqualTo(ProgramDocuments.toJson(DOCUMENT));
    }
}
