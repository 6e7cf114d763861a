package org.learningmentor.core.pair;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.learningmentor.core.common.EnumNames;
import org.learningmentor.core.common.ValidationException;

/**
 * A criterion that makes a suggested pair better. Each criterion gives a pair a value between 0 and
 * 1, which {@link SuggestionCriteria#weights()} multiplies; a pair's score is the sum. In JSON a
 * criterion is its name, such as {@code "COMMON_LANGUAGE"}.
 */
public enum Criterion {
    /** 1 when the two work in different units (spreads learning across work communities), else 0. */
    DIFFERENT_UNITS,
    /**
     * The Jaccard index of the two people's development targets of interest: shared targets divided
     * by the targets either has (1 when they name the same targets, 0 when none is shared or neither
     * names any). The index does not reward someone merely for listing many targets.
     */
    SHARED_DEVELOPMENT_TARGETS,
    /** 1 when the two have at least one language in common, else 0. */
    COMMON_LANGUAGE,
    /**
     * The seniority gap in years up to {@link SuggestionCriteria#fullScoreSeniorityGap()}, divided by
     * it (a larger gap earns nothing more). For a mentor–mentee pair only the mentor being the more
     * senior counts (a mentee more senior than the mentor gives 0); for a mentor pair the gap either
     * way counts. 0 when either seniority is unknown.
     */
    SENIORITY_GAP;

    /**
     * Returns the criterion of the given name, exactly as {@link #name()} writes it. Reading JSON
     * uses this, so a number (an ordinal) is refused.
     *
     * @param name the name, such as {@code "COMMON_LANGUAGE"}, not null
     * @return the criterion, never null
     * @throws ValidationException with {@code pair.suggestion.criterion-unknown} when no criterion
     *     has that name
     */
    @JsonCreator
    public static Criterion parse(String name) {
        return EnumNames.parse(Criterion.class, name, SuggestionViolation.CRITERION_UNKNOWN, "criterion");
    }
}
