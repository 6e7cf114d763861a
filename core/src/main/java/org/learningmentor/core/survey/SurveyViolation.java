package org.learningmentor.core.survey;

import org.learningmentor.core.common.ViolationCode;

/**
 * The violation codes of surveys: structural violations of an {@link Instrument}, a {@link Survey}
 * or a {@link SurveyResponse} (thrown in a {@link org.learningmentor.core.common.ValidationException})
 * and the rules by which a survey command or a response is refused (thrown in a {@link
 * SurveyRuleException}). Messages are in English, Finnish and Swedish.
 */
public enum SurveyViolation implements ViolationCode {
    /** A code of an instrument, a dimension or an item is not 1–32 letters, digits, hyphens or underscores. */
    CODE_MALFORMED("survey.code.malformed"),
    /** An instrument has no dimension. */
    DIMENSIONS_EMPTY("survey.instrument.dimensions-empty"),
    /** An instrument has more items than {@link Instrument#MAX_ITEMS}. */
    ITEMS_TOO_MANY("survey.instrument.items-too-many"),
    /** Two dimensions of an instrument have the same code. */
    DIMENSION_CODE_DUPLICATE("survey.dimension.code-duplicate"),
    /** A dimension has no item. */
    DIMENSION_WITHOUT_ITEMS("survey.dimension.no-items"),
    /** Two items of an instrument have the same code. */
    ITEM_CODE_DUPLICATE("survey.item.code-duplicate"),
    /** An item names a dimension the instrument does not have. */
    ITEM_DIMENSION_UNKNOWN("survey.item.dimension-unknown"),
    /** An answer scale has fewer than 2 or more than 11 points. */
    SCALE_POINTS_OUT_OF_RANGE("survey.scale.points-out-of-range"),
    /** A point of an answer scale has no label. */
    SCALE_LABEL_MISSING("survey.scale.label-missing"),
    /** An answer scale has more labels than points. */
    SCALE_LABELS_EXTRA("survey.scale.labels-extra"),
    /** A survey status in JSON that is not the exact name of a {@link SurveyStatus}. */
    STATUS_UNKNOWN("survey.status.unknown"),
    /** A survey purpose in JSON that is not the exact name of a {@link SurveyPurpose}. */
    PURPOSE_UNKNOWN("survey.purpose.unknown"),
    /** A suppression reason in JSON that is not the exact name of a {@link Suppression}. */
    SUPPRESSION_UNKNOWN("survey.suppression.unknown"),
    /** A group kind in JSON that is not the exact name of a {@link GroupKind}. */
    GROUP_KIND_UNKNOWN("survey.group-kind.unknown"),
    /** A survey has no audience unit. */
    AUDIENCE_EMPTY("survey.audience.empty"),
    /** A survey lists an audience unit more than once. */
    AUDIENCE_DUPLICATE("survey.audience.duplicate"),
    /** An audience unit is not a unit of the organization. */
    AUDIENCE_UNIT_UNKNOWN("survey.audience.unit-unknown"),
    /** An audience unit is closed. */
    AUDIENCE_UNIT_CLOSED("survey.audience.unit-closed"),
    /** A closed survey has no closing time, or an open one has one. */
    CLOSED_AT_INCONSISTENT("survey.closed-at.inconsistent"),
    /** A survey would close before it opened. */
    CLOSED_BEFORE_OPENED("survey.closed-at.before-opened"),
    /** The optimistic-locking version is negative. */
    VERSION_NEGATIVE("survey.version.negative"),
    /** The acting person belongs to another organization. */
    ACTOR_OTHER_ORGANIZATION("survey.actor.other-organization"),
    /** The organization given is not the survey's. */
    ORGANIZATION_MISMATCH("survey.organization.mismatch"),
    /** The survey is closed already. */
    SURVEY_CLOSED("survey.status.closed"),
    /** A response names an item the instrument does not have. */
    ANSWER_ITEM_UNKNOWN("survey.answer.item-unknown"),
    /** A response leaves an item of the instrument unanswered. */
    ANSWER_MISSING("survey.answer.missing"),
    /** An answer is not a point of the scale. */
    ANSWER_OUT_OF_SCALE("survey.answer.out-of-scale"),
    /** A response's unit is not in the survey's audience. */
    RESPONSE_UNIT_OUTSIDE_AUDIENCE("survey.response.unit-outside-audience"),
    /** The response token has been used already. */
    RESPONSE_TOKEN_USED("survey.response.token-used"),
    /** A stored token digest is not 64 lower-case hexadecimal digits. */
    RESPONSE_DIGEST_MALFORMED("survey.response.digest-malformed"),
    /** A response holds no answer. */
    RESPONSE_ANSWERS_EMPTY("survey.response.answers-empty"),
    /** A response added to a {@link ResponseBatch} belongs to another survey. */
    RESPONSE_SURVEY_MISMATCH("survey.response.survey-mismatch"),
    /** A response added to a {@link ResponseBatch} has not one answer per item of the instrument. */
    BATCH_ANSWERS_COUNT("survey.batch.answers-count"),
    /** A {@link ResponseBatch} had more violations than it lists; this one counts the rest. */
    BATCH_VIOLATIONS_TRUNCATED("survey.batch.violations-truncated"),
    /** A response token is not 22–128 URL-safe base64 characters. */
    TOKEN_MALFORMED("survey.token.malformed"),
    /** The anonymity threshold asked for a profile is below the organization's. */
    THRESHOLD_BELOW_ORGANIZATION("survey.profile.threshold-below-organization"),
    /** A group of a profile names a unit exactly when it is not the whole audience. */
    GROUP_UNIT_INCONSISTENT("survey.profile.group-unit-inconsistent"),
    /** A suppressed group shows figures, or a shown group has no respondent count. */
    GROUP_SUPPRESSION_INCONSISTENT("survey.profile.group-suppression-inconsistent");

    private final String code;

    SurveyViolation(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
