package org.learningmentor.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.core.evaluation.FindingOutcome;
import org.learningmentor.core.evaluation.RuleSets;
import org.learningmentor.persistence.memory.InMemoryPersistence;
import org.learningmentor.runtime.transfer.OfflineEvaluation;
import org.learningmentor.runtime.transfer.ProgramDocument;
import org.learningmentor.runtime.transfer.ProgramDocuments;

/**
 * A document evaluated without a store gives what the store-based evaluation gives over the same
 * data on the same day: the same facts, findings, goal attainment and level summaries.
 */
class TransferOfflineEvaluationTest {

    private static final OptionalInt PLANNED = OptionalInt.of(4);
    private static final Optional<BigDecimal> COSTS = Optional.of(new BigDecimal("18000.00"));
    private static final Optional<BigDecimal> BENEFITS = Optional.of(new BigDecimal("30000"));

    private final World world = World.create();
    private final ProgramId programId = TransferFixtures.storeRealisticProgramme(world);
    private final ProgramDocument document = world.runtime.transfers().exportProgram(world.hr(), programId);
    private final LocalDate today = LocalDate.ofInstant(world.clock.instant(), ZoneOffset.UTC);

    @Test
    void offlineEvaluationEqualsTheStoreBasedEvaluationOfTheSameData() {
        // HR evaluates in the store…
        Evaluation stored = world.runtime
                .evaluations()
                .evaluate(world.hr(), programId, RuleSets.defaults(), PLANNED, COSTS, BENEFITS);

        // …and someone else evaluates the exported document on the same day, without a store
        Evaluation offline = OfflineEvaluation.evaluate(document, RuleSets.defaults(), today, PLANNED, COSTS, BENEFITS);

        assertThat(offline.facts()).isEqualTo(stored.facts());
        assertThat(offline.findings()).isEqualTo(stored.findings());
        assertThat(offline.goals()).isEqualTo(stored.goals());
        assertThat(offline.findings())
                .extracting(f -> f.outcome())
                .contains(FindingOutcome.PASSED, FindingOutcome.FAILED);
        assertThat(offline.facts().scores()).isNotEmpty();
    }

    @Test
    void anImportedDocumentEvaluatesInItsNewStoreAsOffline() {
        LearningMentor fresh = TransferRoundTripTest.runtimeOver(InMemoryPersistence.create());
        fresh.transfers().importProgram(world.hr(), ProgramDocuments.fromJson(ProgramDocuments.toJson(document)));

        Evaluation there = fresh.evaluations().evaluate(world.hr(), programId, RuleSets.defaults());

        Evaluation offline = OfflineEvaluation.evaluate(
                document, RuleSets.defaults(), LocalDate.ofInstant(TransferRoundTripTest.NOW_OF_FRESH, ZoneOffset.UTC));
        assertThat(offline.findings()).isEqualTo(there.findings());
        assertThat(offline.facts()).isEqualTo(there.facts());
    }

    @Test
    void theSameDocumentRuleSetAndDayGiveTheSameEvaluation() {
        Evaluation first = OfflineEvaluation.evaluate(document, RuleSets.defaults(), today);
        Evaluation second = OfflineEvaluation.evaluate(
                ProgramDocuments.fromJson(ProgramDocuments.toJson(document)), RuleSets.defaults(), today);

        assertThat(second).isEqualTo(first);
        assertThat(first.id()).isEqualTo(OfflineEvaluation.evaluationId(programId, today));
        assertThat(first.createdBy())
                .isEqualTo(document.program().coordinatorId().orElseThrow());
        assertThat(first.createdAt())
                .isEqualTo(today.atStartOfDay(ZoneOffset.UTC).toInstant());
        assertThat(OfflineEvaluation.evaluationId(programId, today.plusDays(1))).isNotEqualTo(first.id());
    }
}
