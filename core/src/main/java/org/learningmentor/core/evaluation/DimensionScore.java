package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.learningmentor.core.common.Violations;
import org.learningmentor.core.survey.Suppression;
import org.learningmentor.core.survey.SurveyPurpose;

/**
 * One dimension's score in the programme's survey of one purpose, for the whole audience: the mean,
 * the standard deviation and the respondent count, or, when the group is suppressed for anonymity,
 * why (never zeros). {@link DimensionScores#from} takes them from a survey's {@link
 * org.learningmentor.core.survey.CultureProfile}.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class DimensionScore {

    DimensionScore() {}

    /**
     * Returns the purpose of the survey the score comes from.
     *
     * @return the purpose, never null
     */
    @JsonProperty("purpose")
    public abstract SurveyPurpose purpose();

    /**
     * Returns the dimension's code as the survey's instrument names it, such as {@code
     * "TEAM_LEARNING"}.
     *
     * @return 1–32 letters A–Z (either case), digits, hyphens or underscores
     */
    @JsonProperty("dimension")
    public abstract String dimension();

    /**
     * Returns the mean answer.
     *
     * @return the mean, or empty when suppressed
     */
    @JsonProperty("mean")
    public abstract Optional<BigDecimal> mean();

    /**
     * Returns the standard deviation of the answers.
     *
     * @return the deviation, not negative, or empty when suppressed
     */
    @JsonProperty("standardDeviation")
    public abstract Optional<BigDecimal> standardDeviation();

    /**
     * Returns how many people answered.
     *
     * @return the count, at least 1, or empty when suppressed
     */
    @JsonProperty("respondents")
    public abstract OptionalInt respondents();

    /**
     * Returns why the score is hidden.
     *
     * @return the suppression, or empty when the figures are shown
     */
    @JsonProperty("suppressed")
    public abstract Optional<Suppression> suppressed();

    /**
     * Returns whether the score is hidden.
     *
     * @return true when {@link #suppressed()} is present
     */
    @JsonIgnore
    public boolean isSuppressed() {
        return suppressed().isPresent();
    }

    /**
     * Returns a visible score.
     *
     * @param purpose the survey's purpose, not null
     * @param dimension the dimension's code, not null
     * @param mean the mean, not null
     * @param standardDeviation the deviation, not null, not negative
     * @param respondents the respondents, at least 1
     * @return the score, never null
     */
    public static DimensionScore of(
            SurveyPurpose purpose, String dimension, BigDecimal mean, BigDecimal standardDeviation, int respondents) {
        return ImmutableDimensionScore.builder()
                .purpose(purpose)
                .dimension(dimension)
                .mean(mean)
                .standardDeviation(standardDeviation)
                .respondents(respondents)
                .build();
    }

    /**
     * Returns a suppressed score.
     *
     * @param purpose the survey's purpose, not null
     * @param dimension the dimension's code, not null
     * @param why why it is hidden, not null
     * @return the score, never null
     */
    public static DimensionScore suppressed(SurveyPurpose purpose, String dimension, Suppression why) {
        return ImmutableDimensionScore.builder()
                .purpose(purpose)
                .dimension(dimension)
                .suppressed(why)
                .build();
    }

    /**
     * Checks the dimension code and that a score is either complete or suppressed without figures.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        Numbers.checkDimension(dimension(), "dimension", violations);
        if (isSuppressed()) {
            violations.check(
                    mean().isEmpty()
                            && standardDeviation().isEmpty()
                            && respondents().isEmpty(),
                    EvaluationViolation.SCORE_FIGURES_WHEN_SUPPRESSED,
                    "suppressed");
        } else {
            violations.check(
                    mean().isPresent()
                            && standardDeviation().isPresent()
                            && respondents().isPresent(),
                    EvaluationViolation.SCORE_INCOMPLETE,
                    "");
        }
        mean().ifPresent(m -> Numbers.checkDigits(m, "mean", violations));
        standardDeviation().ifPresent(sd -> {
            if (Numbers.checkDigits(sd, "standardDeviation", violations)) {
                violations.check(
                        sd.signum() >= 0,
                        EvaluationViolation.DEVIATION_NEGATIVE,
                        "standardDeviation",
                        Numbers.describe(sd));
            }
        });
        respondents()
                .ifPresent(n -> violations.check(n >= 1, EvaluationViolation.RESPONDENTS_TOO_FEW, "respondents", n));
        violations.throwIfAny();
    }

    @JsonCreator
    private static DimensionScore fromJson(ImmutableDimensionScore value) {
        return value;
    }
}
