package org.learningmentor.core.pair;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.immutables.value.Value;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violations;

/**
 * How a {@link PairSuggester} scores a pair: one weight per {@link Criterion}, and the seniority gap
 * that earns the full {@link Criterion#SENIORITY_GAP} value. A pair's score is
 *
 * <pre>score = Σ weight(c) · value(c)   over the four criteria, each value in [0, 1]</pre>
 *
 * <p>so a weight is the most points its criterion can give. The hard exclusions (oneself, one's own
 * manager or direct report, two people already in an active pair) are always on and not part of
 * the criteria.
 *
 * <p>Rules checked on every instance, reported together: each weight is finite ({@code
 * pair.suggestion.weight-not-finite}) and not negative ({@code pair.suggestion.weight-negative}),
 * at least one is above zero ({@code pair.suggestion.weights-all-zero}), and the full-score gap is
 * 1–50 years ({@code pair.suggestion.seniority-gap-out-of-range}).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class SuggestionCriteria {

    private static final SuggestionCriteria DEFAULTS = builder().build();

    /** Only the generated implementation extends this class. */
    SuggestionCriteria() {}

    /**
     * Returns the weight of {@link Criterion#DIFFERENT_UNITS}.
     *
     * @return the weight, 3 by default
     */
    @JsonProperty("differentUnits")
    @Value.Default
    public double differentUnits() {
        return 3;
    }

    /**
     * Returns the weight of {@link Criterion#SHARED_DEVELOPMENT_TARGETS}.
     *
     * @return the weight, 2 by default
     */
    @JsonProperty("sharedDevelopmentTargets")
    @Value.Default
    public double sharedDevelopmentTargets() {
        return 2;
    }

    /**
     * Returns the weight of {@link Criterion#COMMON_LANGUAGE}.
     *
     * @return the weight, 4 by default (two people without a common language can hardly work
     *     together)
     */
    @JsonProperty("commonLanguage")
    @Value.Default
    public double commonLanguage() {
        return 4;
    }

    /**
     * Returns the weight of {@link Criterion#SENIORITY_GAP}.
     *
     * @return the weight, 1 by default
     */
    @JsonProperty("seniorityGap")
    @Value.Default
    public double seniorityGap() {
        return 1;
    }

    /**
     * Returns the seniority gap, in years, that earns the full {@link Criterion#SENIORITY_GAP}
     * value; a smaller gap earns its share.
     *
     * @return the years, 1–50, 5 by default
     */
    @JsonProperty("fullScoreSeniorityGap")
    @Value.Default
    public int fullScoreSeniorityGap() {
        return 5;
    }

    /**
     * Returns the weight of a criterion.
     *
     * @param criterion the criterion, not null
     * @return the weight, finite and not negative
     */
    public final double weight(Criterion criterion) {
        switch (Objects.requireNonNull(criterion, "criterion")) {
            case DIFFERENT_UNITS:
                return differentUnits();
            case SHARED_DEVELOPMENT_TARGETS:
                return sharedDevelopmentTargets();
            case COMMON_LANGUAGE:
                return commonLanguage();
            case SENIORITY_GAP:
                return seniorityGap();
            default:
                throw new AssertionError(criterion);
        }
    }

    /**
     * Returns the default criteria: different units 3, shared development targets 2, common language
     * 4, seniority gap 1 with the full score at a 5-year gap.
     *
     * @return the defaults, never null
     */
    public static SuggestionCriteria defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a new builder; every attribute has a default.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds criteria; {@code build()} throws {@link ValidationException} listing every violation. */
    public static final class Builder extends ImmutableSuggestionCriteria.Builder {}

    @JsonCreator
    private static SuggestionCriteria fromJson(ImmutableSuggestionCriteria value) {
        return value;
    }

    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        boolean anyPositive = false;
        boolean allValid = true;
        for (Criterion criterion : Criterion.values()) {
            double weight = weight(criterion);
            String path = pathOf(criterion);
            if (!Double.isFinite(weight)) {
                violations.add(SuggestionViolation.WEIGHT_NOT_FINITE, path, criterion, weight);
                allValid = false;
            } else if (weight < 0) {
                violations.add(SuggestionViolation.WEIGHT_NEGATIVE, path, criterion, weight);
                allValid = false;
            } else if (weight > 0) {
                anyPositive = true;
            }
        }
        violations.check(anyPositive || !allValid, SuggestionViolation.WEIGHTS_ALL_ZERO, "");
        violations.check(
                fullScoreSeniorityGap() >= 1 && fullScoreSeniorityGap() <= 50,
                SuggestionViolation.SENIORITY_GAP_OUT_OF_RANGE,
                "fullScoreSeniorityGap",
                fullScoreSeniorityGap());
        violations.throwIfAny();
    }

    private static String pathOf(Criterion criterion) {
        switch (criterion) {
            case DIFFERENT_UNITS:
                return "differentUnits";
            case SHARED_DEVELOPMENT_TARGETS:
                return "sharedDevelopmentTargets";
            case COMMON_LANGUAGE:
                return "commonLanguage";
            default:
                return "seniorityGap";
        }
    }
}
