/**
 * The persistence contract tests: abstract JUnit test classes that prove an implementation of the
 * {@linkplain org.learningmentor.persistence persistence SPI}, one test per clause of its
 * documentation. An implementation passes by subclassing each class in a few lines:
 *
 * <pre>{@code
 * class MyOrganizationRepositoryTest extends OrganizationRepositoryContract {
 *     @Override
 *     protected Persistence createPersistence() {
 *         return MyPersistence.create(dataSource);
 *     }
 * }
 * // likewise PersonRepositoryContract, ProgramRepositoryContract, PairRepositoryContract,
 * // PlanRepositoryContract, SurveyRepositoryContract, ResponseRepositoryContract, EvaluationRepositoryContract,
 * // TransactionRunnerContract and EventOutboxContract
 * }</pre>
 *
 * <p>What they prove: find and save with optimistic versioning ({@link
 * org.learningmentor.persistence.ConcurrentUpdateException} on a stale version, {@link
 * org.learningmentor.persistence.DuplicateKeyException} on a taken id); paged queries in a stable
 * order; tenancy (nothing one organization stored is visible to any query of another); atomic
 * transactions (a unit of work that fails halfway leaves no trace in any repository or the outbox),
 * their isolation and nesting; the outbox's order and delivery; and, under eight concurrent threads,
 * that 4 000 retried updates of one aggregate are all applied exactly once and that new aggregates
 * never collide.
 *
 * <p>Each test draws its sample data ({@link org.learningmentor.testkit.sample.SampleData}) and ids
 * from a seed of its own, so tests do not depend on an empty store, except that the transaction
 * and outbox tests count outbox entries and so need an outbox that starts empty. A set-up that
 * cannot work fails with what to fix.
 *
 * <p>These classes are main code of the test kit, so the kit brings JUnit Jupiter (API and
 * parameterized tests) and AssertJ at compile scope; a host depends on the kit in test scope and
 * runs the tests with its own JUnit Platform engine.
 */
package org.learningmentor.testkit.contract;
