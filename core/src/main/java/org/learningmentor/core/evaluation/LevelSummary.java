package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;

/**
 * How the rules of one Kirkpatrick level concluded: how many passed, failed and were not evaluable.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public interface LevelSummary {

    /**
     * Returns the level.
     *
     * @return the level, never null
     */
    @JsonProperty("level")
    KirkpatrickLevel level();

    /**
     * Returns how many rules of the level passed.
     *
     * @return the count, not negative
     */
    @JsonProperty("passed")
    int passed();

    /**
     * Returns how many rules of the level failed.
     *
     * @return the count, not negative
     */
    @JsonProperty("failed")
    int failed();

    /**
     * Returns how many rules of the level were not evaluable.
     *
     * @return the count, not negative
     */
    @JsonProperty("notEvaluable")
    int notEvaluable();

    /**
     * Returns a summary.
     *
     * @param level the level, not null
     * @param passed rules passed
     * @param failed rules failed
     * @param notEvaluable rules not evaluable
     * @return the summary, never null
     */
    static LevelSummary of(KirkpatrickLevel level, int passed, int failed, int notEvaluable) {
        return ImmutableLevelSummary.builder()
                .level(level)
                .passed(passed)
                .failed(failed)
                .notEvaluable(notEvaluable)
                .build();
    }

    @JsonCreator
    private static LevelSummary fromJson(ImmutableLevelSummary value) {
        return value;
    }
}
