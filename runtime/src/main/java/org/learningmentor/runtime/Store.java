package org.learningmentor.runtime;

import java.util.Optional;
import org.learningmentor.core.common.EvaluationId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PairId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.PlanId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.SurveyId;
import org.learningmentor.core.common.TypedId;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.pair.MentoringPair;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.plan.MentorPlan;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.survey.Survey;
import org.learningmentor.persistence.Persistence;

/**
 * How the runtime loads and saves one kind of aggregate: the one place that knows its repository.
 * A new aggregate (pairs, plans, surveys, evaluations) adds one factory here.
 *
 * @param <A> the aggregate type
 * @param <I> its id type
 */
interface Store<A, I extends TypedId> {

    /** Returns the aggregate of the organization, or empty. */
    Optional<A> find(OrganizationId organizationId, I id);

    /** Saves the aggregate under the organization; returns it at its stored version. */
    A save(OrganizationId organizationId, A aggregate);

    static Store<MentoringProgram, ProgramId> programs(Persistence persistence) {
        return of(persistence.programs()::find, persistence.programs()::save);
    }

    static Store<MentoringPair, PairId> pairs(Persistence persistence) {
        return of(persistence.pairs()::find, persistence.pairs()::save);
    }

    static Store<MentorPlan, PlanId> plans(Persistence persistence) {
        return of(persistence.plans()::find, persistence.plans()::save);
    }

    /** Surveys only: their responses are appended through the response repository, never saved here. */
    static Store<Survey, SurveyId> surveys(Persistence persistence) {
        return of(persistence.surveys()::find, persistence.surveys()::save);
    }

    static Store<Evaluation, EvaluationId> evaluations(Persistence persistence) {
        return of(persistence.evaluations()::find, persistence.evaluations()::save);
    }

    static Store<Person, PersonId> people(Persistence persistence) {
        return of(persistence.people()::find, persistence.people()::save);
    }

    /** Organizations are found by their own id; the organization id passed must be that id. */
    static Store<Organization, OrganizationId> organizations(Persistence persistence) {
        return of(
                (organizationId, id) ->
                        organizationId.equals(id) ? persistence.organizations().find(id) : Optional.empty(),
                (organizationId, organization) -> persistence.organizations().save(organization));
    }

    /** Finder of a repository. */
    @FunctionalInterface
    interface Finder<A, I> {
        Optional<A> find(OrganizationId organizationId, I id);
    }

    /** Saver of a repository. */
    @FunctionalInterface
    interface Saver<A> {
        A save(OrganizationId organizationId, A aggregate);
    }

    static <A, I extends TypedId> Store<A, I> of(Finder<A, I> finder, Saver<A> saver) {
        return new Store<>() {
            @Override
            public Optional<A> find(OrganizationId organizationId, I key) {
                return finder.find(organizationId, key);
            }

            @Override
            public A save(OrganizationId organizationId, A aggregate) {
                return saver.save(organizationId, aggregate);
            }
        };
    }
}
