package org.learningmentor.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class SeedOnFailureTest {

    @Test
    void aFailureIsReportedWithTheSeedAndThePropertyThatReplaysItAndKeepsItsCause() {
        AssertionError original = new AssertionError("expected 4000 changes but was 3999");
        Throwable reported = SeedOnFailure.withSeed(original, 424242L);
        assertThat(reported)
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith(
                        "sample seed 424242 (replay with -D" + PersistenceContract.SEED_PROPERTY + "=424242)")
                .hasMessageContaining("expected 4000 changes but was 3999")
                .hasCause(original);
    }

    @Test
    void anAbortedTestIsPassedThroughUnchanged() {
        TestAbortedException aborted = new TestAbortedException("assumption not met");
        assertThat(SeedOnFailure.withSeed(aborted, 1L)).isSameAs(aborted);
    }
}
