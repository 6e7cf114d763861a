package org.learningmentor.testkit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learningmentor.core.pair.MentoringPair;
import org.learningmentor.core.pair.PairStatus;
import org.learningmentor.core.plan.LinkedGoal;
import org.learningmentor.core.plan.MentorPlan;
import org.learningmentor.core.plan.PlanStatus;
import org.learningmentor.core.program.ProgramPhase;

class SamplePlansTest {

    private static final SampleProgram PROGRAM =
            SamplePrograms.inPhase(SampleData.organization(2026, 300), ProgramPhase.TRAINING, 7);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, -7})
    void aPlanIsARealisticDraftReadyToSubmitAndTheSameForTheSameSeed(long seed) {
        MentorPlan plan = SamplePlans.individualPlan(PROGRAM, seed);

        assertThat(plan).isEqualTo(SamplePlans.individualPlan(PROGRAM, seed));
        assertThat(plan.id())
                .isNotEqualTo(SamplePlans.individualPlan(PROGRAM, seed + 1).id());
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.version()).isZero();
        assertThat(plan.programId()).isEqualTo(PROGRAM.program().id());
        assertThat(plan.goals())
                .hasSizeBetween(1, 3)
                .allSatisfy(goal -> assertThat(goal.scale()).isPresent());
        assertThat(plan.goals().stream().map(LinkedGoal::goalId)).doesNotHaveDuplicates();
        assertThat(plan.actionItems()).hasSizeBetween(3, 5);
        assertThat(plan.supportNeeded()).isPresent();
        assertThat(plan.monitoringDates()).hasSize(2);
        assertThat(plan.unmetApprovalConditions(PROGRAM.program(), Optional.empty()))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, -7})
    void aPairIsAnActivePairOfTwoActiveMentorsAndTheSameForTheSameSeed(long seed) {
        MentoringPair pair = SamplePlans.pair(PROGRAM, seed);

        assertThat(pair).isEqualTo(SamplePlans.pair(PROGRAM, seed));
        assertThat(pair.status()).isEqualTo(PairStatus.ACTIVE);
        assertThat(pair.first()).isNotEqualTo(pair.second());
        assertThat(PROGRAM.program().isActiveMentor(pair.first())).isTrue();
        assertThat(PROGRAM.program().isActiveMentor(pair.second())).isTrue();
    }
}
