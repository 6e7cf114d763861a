package org.learningmentor.runtime;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.persistence.ConcurrentUpdateException;
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
import org.learningmentor.persistence.TransientPersistenceException;
import org.learningmentor.persistence.memory.InMemoryPersistence;

/**
 * A real in-memory store whose programme saves can be made to conflict and whose outbox can be made
 * to fail, counting the loads and saves of programmes: the deliberately flaky wrapper of the retry
 * and atomicity tests.
 */
final class FlakyPersistence implements Persistence {

    final InMemoryPersistence delegate = InMemoryPersistence.create();
    /** How many of the next programme saves throw a conflict before reaching the store. */
    final AtomicInteger conflictsToThrow = new AtomicInteger();
    /** How many of the next programme saves throw a transient failure (a deadlock, say) instead. */
    final AtomicInteger transientFailuresToThrow = new AtomicInteger();
    /** Runs before the next programme save reaches the store, once; may write concurrently. */
    volatile Runnable beforeNextSave;
    /** Whether appending to the outbox fails. */
    volatile boolean outboxFails;

    final AtomicInteger programLoads = new AtomicInteger();
    final AtomicInteger programSaves = new AtomicInteger();

    private final ProgramRepository programs = new ProgramRepository() {
        @Override
        public Optional<MentoringProgram> find(OrganizationId organizationId, ProgramId id) {
            programLoads.incrementAndGet();
            return delegate.programs().find(organizationId, id);
        }

        @Override
        public MentoringProgram save(OrganizationId organizationId, MentoringProgram program) {
            programSaves.incrementAndGet();
            Runnable before = beforeNextSave;
            if (before != null) {
                beforeNextSave = null;
                before.run();
            }
            if (conflictsToThrow.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new ConcurrentUpdateException(program.id(), program.version(), program.version() + 1);
            }
            if (transientFailuresToThrow.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new TransientPersistenceException(
                        "Saving programme " + program.id() + " failed: deadlock detected",
                        new java.sql.SQLException("deadlock detected", "40P01"));
            }
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

    private final EventOutbox outbox = new EventOutbox() {
        @Override
        public void append(OrganizationId organizationId, List<? extends DomainEvent> events) {
            if (outboxFails) {
                throw new PersistenceException("outbox down", new IllegalStateException("disk full"));
            }
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
        return delegate.organizations();
    }

    @Override
    public PersonRepository people() {
        return delegate.people();
    }

    @Override
    public ProgramRepository programs() {
        return programs;
    }

    @Override
    public PairRepository pairs() {
        return delegate.pairs();
    }

    @Override
    public PlanRepository plans() {
        return delegate.plans();
    }

    @Override
    public SurveyRepository surveys() {
        return delegate.surveys();
    }

    @Override
    public ResponseRepository responses() {
        return delegate.responses();
    }

    @Override
    public EvaluationRepository evaluations() {
        return delegate.evaluations();
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
