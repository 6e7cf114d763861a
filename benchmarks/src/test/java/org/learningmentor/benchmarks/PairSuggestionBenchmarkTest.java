package org.learningmentor.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.pair.PairCandidate;
import org.learningmentor.core.pair.PairSuggestions;

/** The benchmark compares like with like: the same candidates, and the optimum is never below greedy. */
class PairSuggestionBenchmarkTest {

    @Test
    void dataIsSeededAndHasManagersAcrossTheSides() {
        PairSuggestionData data = PairSuggestionData.generate(2026, 200);

        assertThat(data).isEqualTo(PairSuggestionData.generate(2026, 200));
        assertThat(data.mentors()).hasSize(200);
        assertThat(data.mentees()).hasSize(200);
        Set<PersonId> mentors = new HashSet<>();
        data.mentors().forEach(m -> mentors.add(m.personId()));
        assertThat(data.mentees().stream().map(PairCandidate::managerId).flatMap(java.util.Optional::stream))
                .anyMatch(mentors::contains);
    }

    @Test
    void optimalIsNeverBelowGreedy() {
        PairSuggestionBenchmark benchmark = new PairSuggestionBenchmark();
        benchmark.size = 200;
        benchmark.setUp();

        PairSuggestions optimal = benchmark.optimal();
        double greedy = benchmark.greedy();

        assertThat(optimal.totalScore()).isGreaterThanOrEqualTo(greedy - 1e-9);
        assertThat(optimal.suggestions()).isNotEmpty();
        assertThat(List.of(greedy)).allMatch(g -> g > 0);
    }
}
