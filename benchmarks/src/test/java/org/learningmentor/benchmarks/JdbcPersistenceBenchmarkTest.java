package org.learningmentor.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmark compares like with like: both sides store the same rows and JSON, and find them all. */
class JdbcPersistenceBenchmarkTest {

    @ParameterizedTest
    @ValueSource(strings = {"program", "plan"})
    void sdkAndBaselineStoreTheSameDocumentsAndFindEveryOne(String subject) throws Exception {
        JdbcPersistenceBenchmark benchmark = new JdbcPersistenceBenchmark();
        benchmark.subject = subject;
        benchmark.count = 50;
        benchmark.setUp();
        try {
            List<List<String>> bodies = benchmark.storedBodies();
            assertThat(bodies.get(0)).hasSize(50).isEqualTo(bodies.get(1));
            assertThat(benchmark.sdkFind()).isEqualTo(50);
            assertThat(benchmark.baselineFind()).isEqualTo(50);
        } finally {
            benchmark.tearDown();
        }
    }
}
