package org.learningmentor.core.pair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningmentor.core.pair.SuggestionFixtures.aMentee;
import static org.learningmentor.core.pair.SuggestionFixtures.aMentor;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningmentor.core.JsonTesting;
import org.learningmentor.core.common.ValidationException;

class SuggestionJsonTest {

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void defaultCriteriaMatchTheirGoldenFile(JsonTesting json) {
        json.assertGolden("pair-suggestion-criteria", SuggestionCriteria.defaults(), SuggestionCriteria.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void candidateMatchesItsGoldenFile(JsonTesting json) {
        json.assertGolden("pair-candidate", aMentee(), PairCandidate.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void suggestionsMatchTheirGoldenFile(JsonTesting json) {
        PairSuggestions suggestions = PairSuggester.of(SuggestionCriteria.defaults())
                .suggestMentorMentee(List.of(aMentor()), List.of(aMentee()), List.of());
        json.assertGolden("pair-suggestions", suggestions, PairSuggestions.class);
        json.assertRoundTrip(suggestions.suggestions().get(0), PairSuggestion.class);
        json.assertRoundTrip(suggestions.suggestions().get(0).contributions().get(0), CriterionContribution.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void criteriaWithoutFieldsAreTheDefaultsAndUnknownFieldsAreIgnored(JsonTesting json) throws Exception {
        SuggestionCriteria read = json.read("{\"hobbies\": 3}", SuggestionCriteria.class);

        assertThat(read).isEqualTo(SuggestionCriteria.defaults());
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void criteriaWithANegativeWeightAreRefusedWithOurViolation(JsonTesting json) {
        assertThatThrownBy(() -> json.read("{\"commonLanguage\": -2}", SuggestionCriteria.class))
                .hasRootCauseInstanceOf(ValidationException.class)
                .rootCause()
                .satisfies(e -> assertThat(((ValidationException) e).codes())
                        .containsExactly("pair.suggestion.weight-negative"));
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void criteriaWithAStringWeightAreRefused(JsonTesting json) {
        assertThatThrownBy(() -> json.read("{\"commonLanguage\": \"lots\"}", SuggestionCriteria.class))
                .isInstanceOf(Exception.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void contributionWithAnUnknownCriterionIsRefusedWithOurViolation(JsonTesting json) {
        assertThatThrownBy(() -> json.read(
                        "{\"criterion\": \"HOBBIES\", \"value\": 1, \"points\": 1}", CriterionContribution.class))
                .hasRootCauseInstanceOf(ValidationException.class);
    }
}
