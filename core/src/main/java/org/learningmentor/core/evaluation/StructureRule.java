package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.Violations;
import org.learningmentor.core.goal.ProgramGoal;
import org.learningmentor.core.plan.PlanStatus;
import org.learningmentor.core.survey.SurveyPurpose;

/**
 * A rule that the programme has one of the parts the model needs ({@link StructureCheck}). It never
 * is NOT_EVALUABLE: a missing part fails. The finding's measured value is how many items meet the
 * check and its threshold how many were checked.
 *
 * <p>JSON type name {@code "structure"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableStructureRule.class, name = "structure"))
public abstract class StructureRule implements EvaluationRule {

    StructureRule() {}

    @JsonProperty("id")
    @Override
    public abstract String id();

    @JsonProperty("level")
    @Override
    public abstract KirkpatrickLevel level();

    @JsonProperty("severity")
    @Override
    public abstract Severity severity();

    @JsonProperty("title")
    @Override
    public abstract LocalizedText title();

    /**
     * Returns the check.
     *
     * @return the check, never null
     */
    @JsonProperty("check")
    public abstract StructureCheck check();

    @Override
    public Finding evaluate(EvaluationFacts facts) {
        long met;
        long checked;
        boolean passed;
        switch (check()) {
            case GOALS_HAVE_INDICATORS -> {
                List<ProgramGoal> goals = facts.goals();
                checked = goals.size();
                met = goals.stream().filter(g -> !g.indicators().isEmpty()).count();
                passed = checked > 0 && met == checked;
            }
            case ACTION_PLAN_HAS_OWNERS_AND_DATES -> {
                // Items of the programme's own action plan always have an owner and a due date.
                checked = facts.programActionItems();
                long incomplete = 0;
                for (PlanFacts plan : facts.plans()) {
                    if (plan.status() != PlanStatus.CANCELLED) {
                        checked += plan.actionItems();
                        incomplete += plan.actionItemsIncomplete();
                    }
                }
                met = checked - incomplete;
                passed = checked > 0 && incomplete == 0;
            }
            case CHECKPOINTS_HELD -> {
                checked = 1;
                met = facts.checkpointDates().stream().anyMatch(d -> !d.isAfter(facts.evaluationDate())) ? 1 : 0;
                passed = met == 1;
            }
            case EVALUATION_PLANNED -> {
                checked = 2;
                boolean baseline = facts.baselineSurveyOn().isPresent()
                        || !facts.metrics().dimensions(SurveyPurpose.BASELINE).isEmpty();
                boolean comparison = !facts.metrics()
                                .dimensions(SurveyPurpose.FOLLOW_UP)
                                .isEmpty()
                        || !facts.metrics().dimensions(SurveyPurpose.OUTCOME).isEmpty()
                        || facts.metrics().goals().stream()
                                .flatMap(g -> g.indicators().stream())
                                .anyMatch(i -> i.actual().isPresent());
                met = (baseline ? 1 : 0) + (comparison ? 1 : 0);
                passed = met == 2;
            }
            default -> throw new IllegalStateException("unknown check " + check());
        }
        return Finding.builder()
                .rule(this)
                .outcome(passed ? FindingOutcome.PASSED : FindingOutcome.FAILED)
                .reason(Reason.of(passed ? FindingReason.STRUCTURE_MET : FindingReason.STRUCTURE_NOT_MET, met, checked))
                .measured(BigDecimal.valueOf(met))
                .threshold(BigDecimal.valueOf(checked))
                .build();
    }

    /**
     * Returns a new builder; every attribute is required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the id and the title's length.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void validate() {
        Violations violations = new Violations();
        Rules.checkCommon(id(), title(), violations);
        violations.throwIfAny();
    }

    /** Builds a rule; {@code build()} throws a ValidationException listing every violation. */
    public static final class Builder extends ImmutableStructureRule.Builder {}
}
