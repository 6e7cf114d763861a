package org.learningmentor.persistence;

/**
 * One store of the domain model, as a host provides it: the repository of each aggregate, the
 * transaction runner that makes several calls atomic, and the event outbox. The parts belong
 * together: a transaction of {@link #transactions()} covers the repositories and the outbox of this
 * persistence, and of no other.
 *
 * <pre>{@code
 * Persistence persistence = InMemoryPersistence.create();   // or the host's own implementation
 * persistence.transactions().run(() -> {
 *     Person saved = persistence.people().save(agencyId, change.state());
 *     persistence.outbox().append(agencyId, change.events());
 * });
 * }</pre>
 *
 * <p>Implementations are thread-safe, and each method returns the same instance every time.
 *
 * <p><b>Compatibility.</b> The SPI grows one repository per aggregate as the model grows (as pairs,
 * plans, surveys, responses and evaluations came). Before 1.0, a minor version may add abstract
 * methods to this interface and to the repositories, so a host's implementation can stop compiling
 * on a minor upgrade until it implements them; the test kit of the same version tells it what the
 * new methods must do. From 1.0 on, additions come with default methods or in a major version.
 */
public interface Persistence {

    /**
     * Returns the repository of organizations.
     *
     * @return the repository, never null
     */
    OrganizationRepository organizations();

    /**
     * Returns the repository of people.
     *
     * @return the repository, never null
     */
    PersonRepository people();

    /**
     * Returns the repository of mentoring programmes.
     *
     * @return the repository, never null
     */
    ProgramRepository programs();

    /**
     * Returns the repository of mentoring pairs.
     *
     * @return the repository, never null
     */
    PairRepository pairs();

    /**
     * Returns the repository of mentor plans.
     *
     * @return the repository, never null
     */
    PlanRepository plans();

    /**
     * Returns the repository of surveys.
     *
     * @return the repository, never null
     */
    SurveyRepository surveys();

    /**
     * Returns the repository of anonymous survey responses (append-only).
     *
     * @return the repository, never null
     */
    ResponseRepository responses();

    /**
     * Returns the repository of programme evaluations.
     *
     * @return the repository, never null
     */
    EvaluationRepository evaluations();

    /**
     * Returns the transaction runner covering this persistence's repositories and outbox.
     *
     * @return the runner, never null
     */
    TransactionRunner transactions();

    /**
     * Returns the outbox of domain events waiting to be published.
     *
     * @return the outbox, never null
     */
    EventOutbox outbox();
}
