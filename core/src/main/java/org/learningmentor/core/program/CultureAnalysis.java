package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.Violations;

/**
 * The learning-culture analysis (oppimiskulttuurin analyysi), the starting point of a programme:
 * its findings, the {@link DevelopmentTarget}s chosen, and when a baseline survey was run, if one
 * was (recommended, not required). Checked: target ids unique ({@code program.id.duplicate}). {@link
 * #none()} is the analysis before anything is recorded. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class CultureAnalysis {

    CultureAnalysis() {}

    /**
     * Returns the analysis before anything is recorded.
     *
     * @return an empty analysis, never null
     */
    public static CultureAnalysis none() {
        return builder().build();
    }

    /**
     * Returns what the analysis found, one finding per entry.
     *
     * @return an unmodifiable list, empty before the analysis
     */
    @JsonProperty("findings")
    public abstract List<LocalizedText> findings();

    /**
     * Returns the development targets chosen, in the order chosen.
     *
     * @return an unmodifiable list, ids unique
     */
    @JsonProperty("targets")
    public abstract List<DevelopmentTarget> targets();

    /**
     * Returns when the baseline survey of the learning culture was run.
     *
     * @return the date, or empty when no baseline survey was run
     */
    @JsonProperty("baselineSurveyOn")
    public abstract Optional<LocalDate> baselineSurveyOn();

    /**
     * Returns whether findings are recorded.
     *
     * @return true when {@link #findings()} is not empty
     */
    @JsonIgnore
    public boolean isAnalysed() {
        return !findings().isEmpty();
    }

    /** Returns a copy with other findings and survey date; for the programme's commands. */
    CultureAnalysis withFindingsAndSurvey(List<LocalizedText> findings, Optional<LocalDate> surveyOn) {
        return builder()
                .addAllFindings(findings)
                .addAllTargets(targets())
                .baselineSurveyOn(surveyOn)
                .build();
    }

    /** Returns a copy with one more target; for the programme's commands. */
    CultureAnalysis withTarget(DevelopmentTarget target) {
        return builder()
                .addAllFindings(findings())
                .addAllTargets(targets())
                .addTargets(target)
                .baselineSurveyOn(baselineSurveyOn())
                .build();
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks that target ids are unique.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        Checks.checkUniqueIds(targets(), DevelopmentTarget::id, "targets", violations);
        violations.throwIfAny();
    }

    @JsonCreator
    private static CultureAnalysis fromJson(ImmutableCultureAnalysis value) {
        return value;
    }

    /** Builds an analysis. */
    public static final class Builder extends ImmutableCultureAnalysis.Builder {}
}
