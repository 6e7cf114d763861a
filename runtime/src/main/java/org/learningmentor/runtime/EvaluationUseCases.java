package org.learningmentor.runtime;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.learningmentor.core.common.EvaluationId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.core.evaluation.Evaluator;
import org.learningmentor.core.evaluation.RuleSet;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;

/**
 * The use cases of {@link Evaluation}: judging a programme by a rule set over facts computed from
 * stored data only, and reading the evaluations. Obtain it from {@link LearningMentor#evaluations()}.
 *
 * <pre>{@code
 * Evaluation evaluation = learningMentor.evaluations().evaluate(hr, programId, RuleSets.defaults());
 * evaluation.findings().forEach(f -> show(f.outcome(), f.reason()));
 * }</pre>
 *
 * <p>{@link #evaluate} builds the {@link org.learningmentor.core.evaluation.EvaluationFacts} in the
 * use case's transaction with the model's {@link
 * org.learningmentor.core.evaluation.EvaluationFacts#from}, from the programme, its plans and the
 * culture profiles of its latest closed survey of each purpose (computed with the organization's
 * anonymity threshold: survey figures reach an evaluation only as the profiles show them), adds
 * what the host gives (planned mentors, costs, benefits), runs the {@link Evaluator}, saves the
 * evaluation with the facts it used (so it can be reproduced) and appends its {@link
 * org.learningmentor.core.evaluation.EvaluationCompleted} event.
 *
 * <p>This type is thread-safe.
 */
public final class EvaluationUseCases {

    private final UseCaseRunner runner;
    private final Store<Evaluation, EvaluationId> evaluations;
    private final Store<MentoringProgram, ProgramId> programs;

    EvaluationUseCases(UseCaseRunner runner) {
        this.runner = runner;
        this.evaluations = Store.evaluations(runner.persistence());
        this.programs = Store.programs(runner.persistence());
    }

    /**
     * Returns an evaluation of the actor's organization ({@link Permission#EVALUATION_VIEW}).
     *
     * @param actor the actor, not null
     * @param evaluationId the evaluation, not null
     * @return the evaluation, or empty when the organization has none with the id
     * @throws AccessDeniedException when the actor may not see evaluations
     */
    public Optional<Evaluation> find(Actor actor, EvaluationId evaluationId) {
        Objects.requireNonNull(evaluationId, "evaluationId");
        return runner.query(actor, Permission.EVALUATION_VIEW, context -> {
            context.authorize();
            return context.persistence().evaluations().find(context.organizationId(), evaluationId);
        });
    }

    /**
     * Returns a page of a programme's evaluations ({@link Permission#EVALUATION_VIEW}).
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @param request the page, not null
     * @return the page, never null; empty for an unknown programme
     * @throws AccessDeniedException when the actor may not see evaluations
     */
    public Page<Evaluation> listByProgram(Actor actor, ProgramId programId, PageRequest request) {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(request, "request");
        return runner.query(actor, Permission.EVALUATION_VIEW, context -> {
            context.authorize();
            return context.persistence().evaluations().findByProgram(context.organizationId(), programId, request);
        });
    }

    /**
     * Evaluates a programme by a rule set over its stored data ({@link Permission#EVALUATION_RUN}).
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @param ruleSet the rule set, not null
     * @return the stored evaluation, never null
     * @see #evaluate(Actor, ProgramId, RuleSet, OptionalInt, Optional, Optional)
     */
    public Evaluation evaluate(Actor actor, ProgramId programId, RuleSet ruleSet) {
        return evaluate(actor, programId, ruleSet, OptionalInt.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Evaluates a programme by a rule set over its stored data and the figures only the host knows
     * ({@link Permission#EVALUATION_RUN}).
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @param ruleSet the rule set, not null
     * @param plannedMentors how many mentors the programme planned to recruit, not null; empty when unknown
     * @param costs the programme's costs, not null; empty when unknown
     * @param benefits the programme's monetary benefits, not null; empty when unknown
     * @return the stored evaluation, never null
     * @throws NotFoundException when the programme is not in the actor's organization
     * @see Evaluator#evaluate
     */
    public Evaluation evaluate(
            Actor actor,
            ProgramId programId,
            RuleSet ruleSet,
            OptionalInt plannedMentors,
            Optional<BigDecimal> costs,
            Optional<BigDecimal> benefits) {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(plannedMentors, "plannedMentors");
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(benefits, "benefits");
        EvaluationId id = EvaluationId.next(runner.ids());
        return runner.create(actor, Permission.EVALUATION_RUN, evaluations, List.of(), c -> {
            MentoringProgram program = c.find(programs, programId);
            return Evaluator.evaluate(
                    id,
                    ruleSet,
                    EvaluationFactsAssembler.assemble(c, program, plannedMentors, costs, benefits),
                    c.actorId(),
                    c.now());
        });
    }
}
