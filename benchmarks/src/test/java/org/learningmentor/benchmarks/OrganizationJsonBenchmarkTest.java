package org.learningmentor.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learningmentor.testkit.sample.SampleData;
import org.learningmentor.testkit.sample.SampleOrganization;
import tools.jackson.databind.json.JsonMapper;

/** The benchmark compares like with like: both sides write the same JSON and read it back. */
class OrganizationJsonBenchmarkTest {

    @ParameterizedTest(name = "Jackson {0}")
    @ValueSource(ints = {2, 3})
    void sdkAndBaselineWriteTheSameDocumentAndReadItBack(int jackson) throws Exception {
        OrganizationJsonBenchmark benchmark = new OrganizationJsonBenchmark();
        benchmark.jackson = jackson;
        benchmark.people = 500;
        benchmark.setUp();

        JsonMapper trees = JsonMapper.builder().build();
        assertThat(trees.readTree(benchmark.sdkWrite())).isEqualTo(trees.readTree(benchmark.baselineWrite()));
        SampleOrganization agency = SampleData.organization(2026, 500);
        assertThat(benchmark.sdkRead())
                .isEqualTo(new OrganizationJsonBenchmark.SdkDocument(agency.organization(), agency.people()));
        assertThat(benchmark.baselineRead()).isEqualTo(PlainRecords.from(agency.organization(), agency.people()));
    }
}
