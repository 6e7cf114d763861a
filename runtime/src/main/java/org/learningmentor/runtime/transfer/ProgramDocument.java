package org.learningmentor.runtime.transfer;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.pair.MentoringPair;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.plan.MentorPlan;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.survey.Survey;
import org.learningmentor.core.survey.SurveyResponse;

/**
 * One mentoring programme with everything in it, as one versioned document that moves between
 * stores and installations: its organization, the people it names, the programme, its pairs,
 * plans, surveys with their anonymous responses, and its evaluations. {@link ProgramDocuments}
 * writes it as JSON and reads it back; {@link ProgramTransfers} exports it from a store and imports
 * it into one.
 *
 * <pre>{@code
 * ProgramDocument document = learningMentor.transfers().exportProgram(hr, programId);
 * Files.write(path, ProgramDocuments.toJson(document));
 * }</pre>
 *
 * <p>What a document holds, and why:
 *
 * <ol>
 *   <li>{@link #people()}: every person a record of the document names (sponsor, coordinator,
 *       mentors, HR-day and meeting participants, attendance, submissions, credos, action-item
 *       owners, pair members and their history, plan owners and HR comments, evaluation authors
 *       and facts, whoever changed a phase), plus whomever those people's own records name (their
 *       managers), and so on until no one new is named ({@link ProgramDocuments#namedPeople}): the
 *       runtime refuses a person whose manager it does not hold, so with them the document imports
 *       into a store that has none of its people. No one else of the organization is included.
 *   <li>{@link #responses()}: the anonymous responses of the document's surveys as stored, with
 *       their token digests (so nobody can answer again after an import) and nothing that links
 *       them to a person, because nothing in a response does.
 *   <li>Every aggregate at version 0 ("never stored"): versions belong to a store, and a fresh
 *       store gives its own. The factory sets them to 0, so a document exported from two stores
 *       holding the same data is the same document.
 *   <li>Every list in a canonical order, by id as text (responses too, whose ids are random, so
 *       the order tells nothing of when they came), so the same data always gives the same
 *       document and the same bytes.
 * </ol>
 *
 * <p>The factory checks nothing beyond nulls; {@link ProgramDocuments#validate} and every import
 * check the references across the records.
 *
 * <p>This type is immutable and thread-safe.
 */
public final class ProgramDocument {

    /** The version of the document format this library writes and reads. */
    public static final int FORMAT_VERSION = 1;

    private final Organization organization;
    private final List<Person> people;
    private final MentoringProgram program;
    private final List<MentoringPair> pairs;
    private final List<MentorPlan> plans;
    private final List<Survey> surveys;
    private final List<SurveyResponse> responses;
    private final List<Evaluation> evaluations;

    private ProgramDocument(
            Organization organization,
            List<Person> people,
            MentoringProgram program,
            List<MentoringPair> pairs,
            List<MentorPlan> plans,
            List<Survey> surveys,
            List<SurveyResponse> responses,
            List<Evaluation> evaluations) {
        this.organization = organization;
        this.people = people;
        this.program = program;
        this.pairs = pairs;
        this.plans = plans;
        this.surveys = surveys;
        this.responses = responses;
        this.evaluations = evaluations;
    }

    /**
     * Returns a document of the records, each at version 0, each list in canonical order (by id as
     * text).
     *
     * @param organization the organization, not null
     * @param people the people the records name, not null, no null elements
     * @param program the programme, not null
     * @param pairs the programme's pairs, not null, no null elements
     * @param plans the programme's plans, not null, no null elements
     * @param surveys the programme's surveys, not null, no null elements
     * @param responses the responses of the surveys, not null, no null elements
     * @param evaluations the programme's evaluations, not null, no null elements
     * @return the document, never null
     */
    public static ProgramDocument of(
            Organization organization,
            Collection<Person> people,
            MentoringProgram program,
            Collection<MentoringPair> pairs,
            Collection<MentorPlan> plans,
            Collection<Survey> surveys,
            Collection<SurveyResponse> responses,
            Collection<Evaluation> evaluations) {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(program, "program");
        return new ProgramDocument(
                organization.withVersion(0),
                canonical(people, "people", p -> p.withVersion(0), p -> p.id().toString()),
                program.withVersion(0),
                canonical(pairs, "pairs", p -> p.withVersion(0), p -> p.id().toString()),
                canonical(plans, "plans", p -> p.withVersion(0), p -> p.id().toString()),
                canonical(surveys, "surveys", s -> s.withVersion(0), s -> s.id().toString()),
                canonical(responses, "responses", UnaryOperator.identity(), r -> r.id().toString()),
                canonical(evaluations, "evaluations", e -> e.withVersion(0), e -> e.id().toString()));
    }

    private static <T> List<T> canonical(
            Collection<T> records, String name, UnaryOperator<T> normalise, Function<T, String> key) {
        Objects.requireNonNull(records, name);
        return records.stream()
                .map(record -> normalise.apply(Objects.requireNonNull(record, name + " contains null")))
                .sorted(Comparator.comparing(key))
                .toList();
    }

    /**
     * Returns the version of the document format, {@value #FORMAT_VERSION}.
     *
     * @return the format version
     */
    public int formatVersion() {
        return FORMAT_VERSION;
    }

    /**
     * Returns the organization the programme belongs to.
     *
     * @return the organization at version 0, never null
     */
    public Organization organization() {
        return organization;
    }

    /**
     * Returns the people the document's records name, with their managers (see the class
     * description).
     *
     * @return the people at version 0 in canonical order, never null
     */
    public List<Person> people() {
        return people;
    }

    /**
     * Returns the programme.
     *
     * @return the programme at version 0, never null
     */
    public MentoringProgram program() {
        return program;
    }

    /**
     * Returns the programme's mentoring pairs, of every status.
     *
     * @return the pairs at version 0 in canonical order, never null
     */
    public List<MentoringPair> pairs() {
        return pairs;
    }

    /**
     * Returns the programme's mentor plans, of every status.
     *
     * @return the plans at version 0 in canonical order, never null
     */
    public List<MentorPlan> plans() {
        return plans;
    }

    /**
     * Returns the programme's surveys, open and closed.
     *
     * @return the surveys at version 0 in canonical order, never null
     */
    public List<Survey> surveys() {
        return surveys;
    }

    /**
     * Returns the anonymous responses of the document's surveys.
     *
     * @return the responses in canonical order, never null
     */
    public List<SurveyResponse> responses() {
        return responses;
    }

    /**
     * Returns the programme's evaluations.
     *
     * @return the evaluations at version 0 in canonical order, never null
     */
    public List<Evaluation> evaluations() {
        return evaluations;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProgramDocument that
                && organization.equals(that.organization)
                && people.equals(that.people)
                && program.equals(that.program)
                && pairs.equals(that.pairs)
                && plans.equals(that.plans)
                && surveys.equals(that.surveys)
                && responses.equals(that.responses)
                && evaluations.equals(that.evaluations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organization, people, program, pairs, plans, surveys, responses, evaluations);
    }

    /** Names the programme and counts the records; no personal data. */
    @Override
    public String toString() {
        return "ProgramDocument{formatVersion=" + FORMAT_VERSION + ", organization=" + organization.id()
                + ", program=" + program.id() + ", people=" + people.size() + ", pairs=" + pairs.size()
                + ", plans=" + plans.size() + ", surveys=" + surveys.size() + ", responses=" + responses.size()
                + ", evaluations=" + evaluations.size() + "}";
    }
}
