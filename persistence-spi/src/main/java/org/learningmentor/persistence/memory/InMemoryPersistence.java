package org.learningmentor.persistence.memory;

import org.learningmentor.persistence.EvaluationRepository;
import org.learningmentor.persistence.EventOutbox;
import org.learningmentor.persistence.OrganizationRepository;
import org.learningmentor.persistence.PairRepository;
import org.learningmentor.persistence.Persistence;
import org.learningmentor.persistence.PersonRepository;
import org.learningmentor.persistence.PlanRepository;
import org.learningmentor.persistence.ProgramRepository;
import org.learningmentor.persistence.ResponseRepository;
import org.learningmentor.persistence.SurveyRepository;
import org.learningmentor.persistence.TransactionRunner;

/**
 * A store of the domain model in memory: the reference implementation of the {@linkplain
 * org.learningmentor.persistence persistence SPI}, thread-safe, with transactions and the outbox.
 *
 * <pre>{@code
 * Persistence persistence = InMemoryPersistence.create();
 * Organization agency = persistence.organizations().save(Organization.create(agencyId, name, languages));
 * }</pre>
 *
 * <p>How it works:
 *
 * <ol>
 *   <li>Committed data sits behind one read-write lock, held only for the moment a call reads or
 *       writes it, never while a host's unit of work runs; a reader sees every commit whole.
 *   <li>A transaction is bound to its thread and buffers its saves and outbox calls, checking each
 *       save's version at once against what it sees (its own writes, then committed data).
 *   <li>The commit takes the write lock, checks every buffered save against the committed versions
 *       again (one conflict fails the whole commit) and applies them all; a rollback drops the
 *       buffer, so a failed transaction leaves nothing behind.
 * </ol>
 *
 * Each instance is a separate store; it starts empty and lives as long as it is referenced.
 */
public final class InMemoryPersistence implements Persistence {

    private final OrganizationRepository organizations;
    private final PersonRepository people;
    private final ProgramRepository programs;
    private final PairRepository pairs;
    private final PlanRepository plans;
    private final SurveyRepository surveys;
    private final ResponseRepository responses;
    private final EvaluationRepository evaluations;
    private final EventOutbox outbox;
    private final TransactionRunner transactions;

    private InMemoryPersistence() {
        Store store = new Store();
        this.organizations = new MemoryOrganizationRepository(store);
        this.people = new MemoryPersonRepository(store);
        this.programs = new MemoryProgramRepository(store);
        this.pairs = new MemoryPairRepository(store);
        this.plans = new MemoryPlanRepository(store);
        this.surveys = new MemorySurveyRepository(store);
        this.responses = new MemoryResponseRepository(store);
        this.evaluations = new MemoryEvaluationRepository(store);
        this.outbox = new MemoryOutbox(store);
        this.transactions = new MemoryTransactionRunner(store);
    }

    /**
     * Returns a new, empty store.
     *
     * @return the store, never null
     */
    public static InMemoryPersistence create() {
        return new InMemoryPersistence();
    }

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
        return transactions;
    }

    @Override
    public EventOutbox outbox() {
        return outbox;
    }

    @Override
    public String toString() {
        return "InMemoryPersistence@" + Integer.toHexString(System.identityHashCode(this));
    }
}
