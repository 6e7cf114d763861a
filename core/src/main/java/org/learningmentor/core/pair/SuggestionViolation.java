package org.learningmentor.core.pair;

import org.learningmentor.core.common.ViolationCode;

/**
 * The violation codes of pair suggestions: bad candidates and bad criteria. Messages are in {@code
 * org/learningmentor/core/pair/messages*.properties} in English, Finnish and Swedish, under the
 * heading {@code # suggestions}.
 */
public enum SuggestionViolation implements ViolationCode {
    /** A person appears twice in one list of candidates; argument: the person id. */
    CANDIDATE_DUPLICATE("pair.suggestion.candidate-duplicate"),
    /** A person is both a mentor and a mentee in one request; argument: the person id. */
    CANDIDATE_ON_BOTH_SIDES("pair.suggestion.candidate-on-both-sides"),
    /** A candidate names themself as their manager; argument: the person id. */
    CANDIDATE_OWN_MANAGER("pair.suggestion.candidate-own-manager"),
    /** A candidate's seniority is negative or implausibly large; arguments: the years, the limit. */
    SENIORITY_OUT_OF_RANGE("pair.suggestion.seniority-out-of-range"),
    /** A criterion's weight is negative; arguments: the criterion, the weight. */
    WEIGHT_NEGATIVE("pair.suggestion.weight-negative"),
    /** A criterion's weight is not a finite number; arguments: the criterion, the weight. */
    WEIGHT_NOT_FINITE("pair.suggestion.weight-not-finite"),
    /** Every weight is zero, so no pair could score. */
    WEIGHTS_ALL_ZERO("pair.suggestion.weights-all-zero"),
    /** The seniority gap that earns the full score is outside 1–50 years; argument: the gap. */
    SENIORITY_GAP_OUT_OF_RANGE("pair.suggestion.seniority-gap-out-of-range"),
    /** A text names no {@link Criterion}; arguments: the text (at most 64 characters of it), the names. */
    CRITERION_UNKNOWN("pair.suggestion.criterion-unknown");

    private final String code;

    SuggestionViolation(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
