package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.learningmentor.core.common.EvaluationId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.Violations;

/**
 * An evaluation of a programme (arviointi): the rule set used and the facts it judged, one {@link
 * Finding} per rule in the rule set's order, each goal's progress, a summary per Kirkpatrick level,
 * and who made it when. It holds everything it used, so {@link #reproduce()} — the stored rule set
 * over the stored facts — gives the same findings. Made by {@link Evaluator#evaluate}.
 *
 * <p>Building one checks, and reports together: the facts are of the evaluation's organization and
 * programme; the findings follow the rules (same count, same ids, same order); the version is not
 * negative.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class Evaluation {

    Evaluation() {}

    /**
     * Returns the evaluation's identity.
     *
     * @return the id, never null
     */
    @JsonProperty("id")
    public abstract EvaluationId id();

    /**
     * Returns the organization (tenant).
     *
     * @return the id, never null
     */
    @JsonProperty("organizationId")
    public abstract OrganizationId organizationId();

    /**
     * Returns the programme evaluated.
     *
     * @return the id, never null
     */
    @JsonProperty("programId")
    public abstract ProgramId programId();

    /**
     * Returns the rule set used.
     *
     * @return the rule set, never null
     */
    @JsonProperty("ruleSet")
    public abstract RuleSet ruleSet();

    /**
     * Returns the facts judged.
     *
     * @return the facts, never null
     */
    @JsonProperty("facts")
    public abstract EvaluationFacts facts();

    /**
     * Returns the findings, one per rule in the rule set's order.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("findings")
    public abstract List<Finding> findings();

    /**
     * Returns each goal's progress, in the order of the goals.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("goals")
    public abstract List<GoalProgress> goals();

    /**
     * Returns when the evaluation was made.
     *
     * @return the instant, never null
     */
    @JsonProperty("createdAt")
    public abstract Instant createdAt();

    /**
     * Returns who made the evaluation.
     *
     * @return the person's id, never null
     */
    @JsonProperty("createdBy")
    public abstract PersonId createdBy();

    /**
     * Returns the optimistic-locking version, managed by the persistence layer: 0 for an evaluation
     * never stored.
     *
     * @return the version, not negative
     */
    @JsonProperty("version")
    @Value.Default
    public long version() {
        return 0;
    }

    /**
     * Returns a copy with another optimistic-locking version, for persistence implementations.
     *
     * @param version the version, not negative
     * @return the copy, never null
     * @throws org.learningmentor.core.common.ValidationException when negative
     */
    public abstract Evaluation withVersion(long version);

    /**
     * Returns, per Kirkpatrick level in order, how many findings passed, failed and were not
     * evaluable; levels without rules have zeros. Derived from the findings: written to JSON for
     * readers of the document, ignored when read.
     *
     * @return an unmodifiable list of four summaries, never null
     */
    @JsonProperty(value = "levels", access = JsonProperty.Access.READ_ONLY)
    @Value.Lazy
    public List<LevelSummary> levels() {
        List<LevelSummary> summaries = new ArrayList<>();
        for (KirkpatrickLevel level : KirkpatrickLevel.values()) {
            int[] counts = new int[FindingOutcome.values().length];
            for (Finding finding : findings()) {
                if (finding.level() == level) {
                    counts[finding.outcome().ordinal()]++;
                }
            }
            summaries.add(LevelSummary.of(
                    level,
                    counts[FindingOutcome.PASSED.ordinal()],
                    counts[FindingOutcome.FAILED.ordinal()],
                    counts[FindingOutcome.NOT_EVALUABLE.ordinal()]));
        }
        return List.copyOf(summaries);
    }

    /**
     * Returns the findings of the stored rule set over the stored facts, evaluated again; equal to
     * {@link #findings()} when the rules are pure functions of the facts.
     *
     * @return the findings, never null
     */
    public List<Finding> reproduce() {
        return Evaluator.findings(ruleSet(), facts());
    }

    /**
     * Returns a new builder, for persistence implementations; {@link Evaluator#evaluate} makes new
     * evaluations.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the rules listed in the class description.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        violations.check(
                facts().organizationId().equals(organizationId())
                        && facts().programId().equals(programId()),
                EvaluationViolation.FACTS_OTHER_PROGRAM,
                "facts");
        List<EvaluationRule> rules = ruleSet().rules();
        boolean match = rules.size() == findings().size();
        for (int i = 0; match && i < rules.size(); i++) {
            match = rules.get(i).id().equals(findings().get(i).ruleId());
        }
        violations.check(
                match,
                EvaluationViolation.FINDINGS_MISMATCH,
                "findings",
                findings().size(),
                rules.size());
        violations.check(version() >= 0, EvaluationViolation.VERSION_NEGATIVE, "version", version());
        violations.throwIfAny();
    }

    @JsonCreator
    private static Evaluation fromJson(ImmutableEvaluation value) {
        return value;
    }

    /** Builds an evaluation; {@code build()} throws a ValidationException listing every violation. */
    public static final class Builder extends ImmutableEvaluation.Builder {}
}
