package org.learningmentor.runtime;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.learningmentor.core.common.IdGenerator;
import org.learningmentor.core.pair.PairingPolicy;
import org.learningmentor.persistence.Persistence;
import org.learningmentor.runtime.transfer.ProgramTransfers;

/**
 * The runtime's entry point: the use cases of the learning-mentoring model over a host's storage,
 * with authorization, transactions, retries on conflict and events.
 *
 * <pre>{@code
 * LearningMentor learningMentor = LearningMentor.builder()
 *         .persistence(InMemoryPersistence.create())     // or the host's own implementation
 *         .clock(Clock.systemUTC())
 *         .ids(IdGenerator.random())
 *         .listener(event -> log.info("{}", event))
 *         .build();
 * Actor hr = Actor.of(hrPerson);
 * MentoringProgram program = learningMentor.programs().create(hr, name, ProgramTemplate.standard(),
 *         start, end, List.of());
 * }</pre>
 *
 * <p>Use cases are grouped by aggregate: {@link #organizations()}, {@link #people()}, {@link
 * #programs()}, {@link #pairs()}, {@link #plans()}, {@link #surveys()}, {@link
 * #evaluations()}, and moving a whole programme between stores: {@link #transfers()}. Each command takes the {@link Actor} first, runs in the actor's organization,
 * and is one unit of work: load, authorize ({@link PermissionPolicy}), decide (the model's command), save and append the events to the
 * outbox in one transaction; retried as a whole on a concurrent update, up to {@link
 * Builder#maxAttempts(int)} attempts; then the {@link EventListener}s get the committed events.
 * {@link #outboxRelay()} moves the outbox to a broker.
 *
 * <p>Call use cases outside any transaction of the same persistence: inside one, they join it, so
 * listeners would hear of events before the host's transaction commits, and a conflict could not
 * be retried.
 *
 * <p>This type is immutable and thread-safe.
 */
public final class LearningMentor {

    /** The default number of attempts of a use case that meets concurrent updates. */
    public static final int DEFAULT_MAX_ATTEMPTS = 3;

    /** The most attempts allowed. */
    public static final int MAX_ATTEMPTS = 100;

    private final UseCaseRunner runner;
    private final OrganizationUseCases organizations;
    private final PersonUseCases people;
    private final ProgramUseCases programs;
    private final PairUseCases pairs;
    private final PlanUseCases plans;
    private final SurveyUseCases surveys;
    private final EvaluationUseCases evaluations;
    private final TransferUseCases transfers;
    private final OutboxRelay outboxRelay;

    private LearningMentor(UseCaseRunner runner, PairingPolicy pairingPolicy) {
        this.runner = runner;
        this.organizations = new OrganizationUseCases(runner);
        this.people = new PersonUseCases(runner);
        this.programs = new ProgramUseCases(runner);
        this.pairs = new PairUseCases(runner, pairingPolicy);
        this.plans = new PlanUseCases(runner);
        this.surveys = new SurveyUseCases(runner);
        this.evaluations = new EvaluationUseCases(runner);
        this.transfers = new TransferUseCases(runner);
        this.outboxRelay = new OutboxRelay(runner.persistence().outbox());
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
     * Returns the use cases of organizations and their unit trees.
     *
     * @return the use cases, never null
     */
    public OrganizationUseCases organizations() {
        return organizations;
    }

    /**
     * Returns the use cases of people: enrolment, roles, units, managers.
     *
     * @return the use cases, never null
     */
    public PersonUseCases people() {
        return people;
    }

    /**
     * Returns the use cases of mentoring programmes.
     *
     * @return the use cases, never null
     */
    public ProgramUseCases programs() {
        return programs;
    }

    /**
     * Returns the use cases of mentoring pairs: proposals, direct pairing, suggestions.
     *
     * @return the use cases, never null
     */
    public PairUseCases pairs() {
        return pairs;
    }

    /**
     * Returns the use cases of mentor plans: drafting, editing, approval, progress.
     *
     * @return the use cases, never null
     */
    public PlanUseCases plans() {
        return plans;
    }

    /**
     * Returns the use cases of learning-culture surveys: opening, anonymous responses, profiles.
     *
     * @return the use cases, never null
     */
    public SurveyUseCases surveys() {
        return surveys;
    }

    /**
     * Returns the use cases of evaluations: judging a programme by a rule set over its stored data.
     *
     * @return the use cases, never null
     */
    public EvaluationUseCases evaluations() {
        return evaluations;
    }

    /**
     * Returns the use cases that export a programme with everything in it as one document and
     * import such a document: moving programmes between stores and installations.
     *
     * @return the use cases, never null
     */
    public ProgramTransfers transfers() {
        return transfers;
    }

    /**
     * Returns the relay that publishes the outbox's events to a host's broker.
     *
     * @return the relay, never null
     */
    public OutboxRelay outboxRelay() {
        return outboxRelay;
    }

    /**
     * Returns the permission table in force, for user interfaces that hide what an actor may not do
     * ({@link PermissionPolicy#allows(Actor, Permission)}).
     *
     * @return the policy, never null
     */
    public PermissionPolicy policy() {
        return runner.policy();
    }

    @Override
    public String toString() {
        return "LearningMentor{" + runner.persistence() + "}";
    }

    /**
     * Wires a {@link LearningMentor}. {@link #persistence}, {@link #clock} and {@link #ids} are
     * required; the rest have defaults. {@link #build()} checks everything at once and names every
     * problem. A null argument is refused at once with a {@link NullPointerException}. Not
     * thread-safe.
     */
    public static final class Builder {

        private Persistence persistence;
        private Clock clock;
        private IdGenerator ids;
        private PermissionPolicy policy = PermissionPolicy.defaults();
        private final List<EventListener> listeners = new ArrayList<>();
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private PairingPolicy pairingPolicy = PairingPolicy.defaults();

        private Builder() {}

        /**
         * Sets the storage. Required.
         *
         * @param persistence the persistence, not null
         * @return this builder
         */
        public Builder persistence(Persistence persistence) {
            this.persistence = Objects.requireNonNull(persistence, "persistence");
            return this;
        }

        /**
         * Sets the clock every use case reads its time from. Required: {@code Clock.systemUTC()} in
         * production, a {@code TestClock} in tests.
         *
         * @param clock the clock, not null
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the source of new ids. Required: {@link IdGenerator#random()} in production, {@link
         * IdGenerator#seeded(long)} in tests.
         *
         * @param ids the generator, not null
         * @return this builder
         */
        public Builder ids(IdGenerator ids) {
            this.ids = Objects.requireNonNull(ids, "ids");
            return this;
        }

        /**
         * Adds a listener of committed events; listeners are called in the order added.
         *
         * @param listener the listener, not null
         * @return this builder
         */
        public Builder listener(EventListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Sets how many times a use case runs when it meets concurrent updates: 1 never retries.
         * Default {@value LearningMentor#DEFAULT_MAX_ATTEMPTS}.
         *
         * @param maxAttempts 1 to {@value LearningMentor#MAX_ATTEMPTS}; checked by {@link #build()}
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * Sets the permission table. Default {@link PermissionPolicy#defaults()}.
         *
         * @param policy the policy, not null
         * @return this builder
         */
        public Builder permissionPolicy(PermissionPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets the pairing policy every pairing use case applies (how many active pairs a person
         * may be in per programme). Default {@link PairingPolicy#defaults()}. It is the host's
         * configuration, not an argument of each call, so that whoever proposes or accepts a pair
         * cannot loosen the capacity rules for themself.
         *
         * @param pairingPolicy the policy, not null
         * @return this builder
         */
        public Builder pairingPolicy(PairingPolicy pairingPolicy) {
            this.pairingPolicy = Objects.requireNonNull(pairingPolicy, "pairingPolicy");
            return this;
        }

        /**
         * Checks the wiring and builds the runtime.
         *
         * @return the runtime, never null
         * @throws WiringException naming every problem: a required part missing, the number of
         *     attempts out of range, a persistence whose parts are missing
         */
        public LearningMentor build() {
            List<String> problems = new ArrayList<>();
            if (persistence == null) {
                problems.add("persistence is missing (call persistence(...), e.g. InMemoryPersistence.create())");
            } else {
                requirePart(problems, "organizations()", persistence::organizations);
                requirePart(problems, "people()", persistence::people);
                requirePart(problems, "programs()", persistence::programs);
                requirePart(problems, "pairs()", persistence::pairs);
                requirePart(problems, "plans()", persistence::plans);
                requirePart(problems, "surveys()", persistence::surveys);
                requirePart(problems, "responses()", persistence::responses);
                requirePart(problems, "evaluations()", persistence::evaluations);
                requirePart(problems, "transactions()", persistence::transactions);
                requirePart(problems, "outbox()", persistence::outbox);
            }
            if (clock == null) {
                problems.add("clock is missing (call clock(...), e.g. Clock.systemUTC())");
            }
            if (ids == null) {
                problems.add("ids is missing (call ids(...), e.g. IdGenerator.random())");
            }
            if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS) {
                problems.add("maxAttempts must be 1 to " + MAX_ATTEMPTS + ", not " + maxAttempts);
            }
            if (!problems.isEmpty()) {
                throw new WiringException(problems);
            }
            return new LearningMentor(
                    new UseCaseRunner(persistence, clock, ids, policy, listeners, maxAttempts), pairingPolicy);
        }

        private static void requirePart(List<String> problems, String part, Supplier<?> getter) {
            try {
                if (getter.get() == null) {
                    problems.add("persistence." + part + " returned null");
                }
            } catch (RuntimeException e) {
                problems.add("persistence." + part + " failed: " + e);
            }
        }
    }
}
