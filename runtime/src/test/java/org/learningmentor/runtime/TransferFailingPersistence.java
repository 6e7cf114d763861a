package org.learningmentor.runtime;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.EvaluationId;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PairId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.PlanId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.SurveyId;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.pair.MentoringPair;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.plan.MentorPlan;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.core.survey.Survey;
import org.learningmentor.core.survey.SurveyResponse;
import org.learningmentor.persistence.EvaluationRepository;
import org.learningmentor.persistence.EventOutbox;
import org.learningmentor.persistence.OrganizationRepository;
import org.learningmentor.persistence.OutboxEntry;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;
import org.learningmentor.persistence.PairRepository;
import org.learningmentor.persistence.Persistence;
import org.learningmentor.persistence.PersistenceException;
import org.learningmentor.persistence.PersonRepository;
import org.learningmentor.persistence.PlanRepository;
import org.learningmentor.persistence.ProgramRepository;
import org.learningmentor.persistence.ResponseRepository;
import org.learningmentor.persistence.SurveyRepository;
import org.learningmentor.persistence.TransactionRunner;
import org.learningmentor.persistence.memory.InMemoryPersistence;

/**
 * A real in-memory store whose every write (a save, a response appended, events appended to the
 * outbox) is counted, and whose write number {@link #failOnWrite} fails, as a disk or a connection
 * would: the fault injection of the import's atomicity test.
 */
final class TransferFailingPersistence implements Persistence {

    final InMemoryPersistence delegate = InMemoryPersistence.create();
    /** Counts the writes that reached this store. */
    final AtomicInteger writes = new AtomicInteger();
    /** The number of the write that fails (1 is the first); 0 for none. */
    volatile int failOnWrite;

    private void write(String what) {
        int number = writes.incrementAndGet();
        if (number == failOnWrite) {
            throw new PersistenceException(
                    "write " + number + " (" + what + ") failed", new IllegalStateException("connection reset"));
        }
    }

    private final OrganizationRepository organizations = new OrganizationRepository() {
        @Override
        public Optional<Organization> find(OrganizationId id) {
            return delegate.organizations().find(id);
        }

        @Override
        public Organization save(Organization organization) {
            write("organization");
            return delegate.organizations().save(organization);
        }
    };

    private final PersonRepository people = new PersonRepository() {
        @Override
        public Optional<Person> find(OrganizationId organizationId, PersonId id) {
            return delegate.people().find(organizationId, id);
        }

        @Override
        public Person save(OrganizationId organizationId, Person person) {
            write("person");
            return delegate.people().save(organizationId, person);
        }

        @Override
        public Page<Person> findAll(OrganizationId organizationId, PageRequest request) {
            return delegate.people().findAll(organizationId, request);
        }

        @Override
        public Page<Person> findByUnit(OrganizationId organizationId, OrgUnitId unitId, PageRequest request) {
            return delegate.people().findByUnit(organizationId, unitId, request);
        }

        @Override
        public Page<Person> findByRole(OrganizationId organizationId, Role role, PageRequest request) {
            return delegate.people().findByRole(organizationId, role, request);
        }
    };

    private final ProgramRepository programs = new ProgramRepository() {
        @Override
        public Optional<MentoringProgram> find(OrganizationId organizationId, ProgramId id) {
            return delegate.programs().find(organizationId, id);
        }

        @Override
        public MentoringProgram save(OrganizationId organizationId, MentoringProgram program) {
            write("programme");
            return delegate.programs().save(organizationId, program);
        }

        @Override
        public Page<MentoringProgram> findAll(OrganizationId organizationId, PageRequest request) {
            return delegate.programs().findAll(organizationId, request);
        }

        @Override
        public Page<MentoringProgram> findByPhase(
                OrganizationId organizationId, ProgramPhase phase, PageRequest request) {
            return delegate.programs().findByPhase(organizationId, phase, request);
        }
    };

    private final PairRepository pairs = new PairRepository() {
        @Override
        public Optional<MentoringPair> find(OrganizationId organizationId, PairId id) {
            return delegate.pairs().find(organizationId, id);
        }

        @Override
        public MentoringPair save(OrganizationId organizationId, MentoringPair pair) {
            write("pair");
            return delegate.pairs().save(organizationId, pair);
        }

        @Override
        public Page<MentoringPair> findByProgram(
                OrganizationId organizationId, ProgramId programId, PageRequest request) {
            return delegate.pairs().findByProgram(organizationId, programId, request);
        }
    };

    private final PlanRepository plans = new PlanRepository() {
        @Override
        public Optional<MentorPlan> find(OrganizationId organizationId, PlanId id) {
            return delegate.plans().find(organizationId, id);
        }

        @Override
        public MentorPlan save(OrganizationId organizationId, MentorPlan plan) {
            write("plan");
            return delegate.plans().save(organizationId, plan);
        }

        @Override
        public Page<MentorPlan> findByProgram(OrganizationId organizationId, ProgramId programId, PageRequest request) {
            return delegate.plans().findByProgram(organizationId, programId, request);
        }
    };

    private final SurveyRepository surveys = new SurveyRepository() {
        @Override
        public Optional<Survey> find(OrganizationId organizationId, SurveyId id) {
            return delegate.surveys().find(organizationId, id);
        }

        @Override
        public Survey save(OrganizationId organizationId, Survey survey) {
            write("survey");
            return delegate.surveys().save(organizationId, survey);
        }

        @Override
        public Page<Survey> findByProgram(OrganizationId organizationId, ProgramId programId, PageRequest request) {
            return delegate.surveys().findByProgram(organizationId, programId, request);
        }
    };

    private final ResponseRepository responses = new ResponseRepository() {
        @Override
        public void append(OrganizationId organizationId, SurveyResponse response) {
            write("response");
            delegate.responses().append(organizationId, response);
        }

        @Override
        public boolean isTokenUsed(OrganizationId organizationId, SurveyId surveyId, String tokenDigest) {
            return delegate.responses().isTokenUsed(organizationId, surveyId, tokenDigest);
        }

        @Override
        public long countBySurvey(OrganizationId organizationId, SurveyId surveyId) {
            return delegate.responses().countBySurvey(organizationId, surveyId);
        }

        @Override
        public Page<SurveyResponse> findBySurvey(
                OrganizationId organizationId, SurveyId surveyId, PageRequest request) {
            return delegate.responses().findBySurvey(organizationId, surveyId, request);
        }
    };

    private final EvaluationRepository evaluations = new EvaluationRepository() {
        @Override
        public Optional<Evaluation> find(OrganizationId organizationId, EvaluationId id) {
            return delegate.evaluations().find(organizationId, id);
        }

        @Override
        public Evaluation save(OrganizationId organizationId, Evaluation evaluation) {
            write("evaluation");
            return delegate.evaluations().save(organizationId, evaluation);
        }

        @Override
        public Page<Evaluation> findByProgram(OrganizationId organizationId, ProgramId programId, PageRequest request) {
            return delegate.evaluations().findByProgram(organizationId, programId, request);
        }
    };

    private final EventOutbox outbox = new EventOutbox() {
        @Override
        public void append(OrganizationId organizationId, List<? extends DomainEvent> events) {
            write("outbox");
            delegate.outbox().append(organizationId, events);
        }

        @Override
        public List<OutboxEntry> undelivered(int limit) {
            return delegate.outbox().undelivered(limit);
        }

        @Override
        public void markDelivered(List<OutboxEntry> entries) {
            delegate.outbox().markDelivered(entries);
        }
    };

    @Override
    public OrganizationRepository organizations() {
        return organizations;
    }

    @Override
    public PersonRepository people() {
        return people;
    }

    @Override
    public ProgramRepository programs() {
        return programs;
    }

    @Override
    public PairRepository pairs() {
        return pairs;
    }

    @Override
    public PlanRepository plans() {
        return plans;
    }

    @Override
    public SurveyRepository surveys() {
        return surveys;
    }

    @Override
    public ResponseRepository responses() {
        return responses;
    }

    @Override
    public EvaluationRepository evaluations() {
        return evaluations;
    }

    @Override
    public TransactionRunner transactions() {
        return delegate.transactions();
    }

    @Override
    public EventOutbox outbox() {
        return outbox;
    }
}
