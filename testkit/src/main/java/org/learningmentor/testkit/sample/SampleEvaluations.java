package org.learningmentor.testkit.sample;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.SplittableRandom;
import org.learningmentor.core.common.EvaluationId;
import org.learningmentor.core.common.IdGenerator;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.core.evaluation.EvaluationFacts;
import org.learningmentor.core.evaluation.Evaluator;
import org.learningmentor.core.evaluation.RuleSets;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.program.MentoringProgram;

/**
 * A seeded generator of evaluations of a {@linkplain SamplePrograms sample programme}: the
 * programme's own facts ({@link EvaluationFacts#fromProgram}) on 1 December 2026, judged by the
 * default rule set ({@link RuleSets#defaults()}) through {@link Evaluator#evaluate}, by the agency's
 * first HR person. The same programme and seed always give the same evaluation, ids included.
 *
 * <pre>{@code
 * SampleProgram sample = SamplePrograms.inPhase(SampleData.organization(2026, 300), ProgramPhase.EVALUATION, 7);
 * Evaluation evaluation = SampleEvaluations.evaluation(sample, 1);
 * }</pre>
 *
 * <p>The host's parts of the facts are filled in plainly: as many planned mentors as enrolled, the
 * default anonymity threshold; no plans, survey scores, costs or benefits, so the rules that need them
 * are not evaluable.
 */
public final class SampleEvaluations {

    /** The day the sample evaluations describe. */
    public static final LocalDate EVALUATED_ON = LocalDate.of(2026, 12, 1);

    private static final Instant EVALUATED = Instant.parse("2026-12-01T08:00:00Z");

    private SampleEvaluations() {}

    /**
     * Generates an evaluation of the programme.
     *
     * @param sample the programme, in any phase (its findings are those of its state), not null
     * @param seed any value; the same programme and seed give the same evaluation
     * @return the evaluation, version 0, never null
     */
    public static Evaluation evaluation(SampleProgram sample, long seed) {
        Objects.requireNonNull(sample, "sample");
        SplittableRandom random = new SplittableRandom(seed);
        IdGenerator ids = IdGenerator.seeded(random.nextLong());
        MentoringProgram program = sample.program();
        EvaluationFacts facts = EvaluationFacts.fromProgram(program, EVALUATED_ON)
                .plannedMentors(Math.max(1, program.mentors().size()))
                .anonymityThreshold(EvaluationFacts.DEFAULT_ANONYMITY_THRESHOLD)
                .build();
        Person hr = sample.agency().withRole(Role.HR).get(0);
        return Evaluator.evaluate(
                        EvaluationId.next(ids),
                        RuleSets.defaults(),
                        facts,
                        hr.id(),
                        EVALUATED.plus(Duration.ofMinutes(random.nextInt(480))))
                .state();
    }
}
