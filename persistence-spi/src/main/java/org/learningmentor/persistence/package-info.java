/**
 * The persistence SPI: what a host implements to store the domain model, and what the runtime's use
 * cases call. A {@link org.learningmentor.persistence.Persistence} gives one repository per
 * aggregate ({@link org.learningmentor.persistence.OrganizationRepository}, {@link
 * org.learningmentor.persistence.PersonRepository}), a {@link
 * org.learningmentor.persistence.TransactionRunner} and an {@link
 * org.learningmentor.persistence.EventOutbox}. {@link
 * org.learningmentor.persistence.memory.InMemoryPersistence} is the reference implementation; the
 * contract tests in {@code org.learningmentor.testkit.contract} prove an implementation, one test per
 * clause of this documentation.
 *
 * <p>Rules shared by every repository:
 *
 * <ul>
 *   <li><b>Tenancy.</b> Every method takes the {@link org.learningmentor.core.common.OrganizationId}
 *       and reads or writes only that organization's data. Ids are unique within an organization:
 *       the same id under two organizations names two unrelated aggregates, and neither is ever
 *       returned, changed or reported (not even by an exception) under the other.
 *   <li><b>Not found</b> is an empty {@link java.util.Optional} or an empty page, never an
 *       exception.
 *   <li><b>Optimistic versioning.</b> An aggregate's {@code version()} is the version it was loaded
 *       at, 0 for one never stored. {@code save} stores it only when the stored version is that
 *       version, and returns it with the version advanced by one; the stored aggregate is then equal
 *       to the one returned. Saving version 0 of an aggregate that is stored already throws {@link
 *       org.learningmentor.persistence.DuplicateKeyException}; any other mismatch, including a
 *       version above 0 for an aggregate not stored, throws {@link
 *       org.learningmentor.persistence.ConcurrentUpdateException}. Either way nothing is stored.
 *       Inside a transaction either may be reported later, by a later call or by the commit (see
 *       {@link org.learningmentor.persistence.TransactionRunner}).
 *       The repository checks no domain rule: the aggregate checked itself when it was built.
 *   <li><b>Atomicity and visibility.</b> Outside a transaction each call is atomic and, once it
 *       returns, its effect is visible to every thread. Inside a transaction ({@link
 *       org.learningmentor.persistence.TransactionRunner}) calls join it: the transaction sees its
 *       own writes at once, and other threads see them all together when it commits, or never.
 *   <li><b>Paging.</b> Queries return a {@link org.learningmentor.persistence.Page} in a stable
 *       order stated by each query, continued with the page's cursor (keyset paging: no item is
 *       skipped or repeated because others were saved between two pages).
 *   <li><b>Errors.</b> Misuse fails at once: a null argument with {@link NullPointerException}
 *       naming it, another invalid argument with {@link IllegalArgumentException}. A failure of the
 *       storage itself is a {@link org.learningmentor.persistence.PersistenceException} with the
 *       underlying cause. Nothing else is thrown.
 *   <li><b>Threads.</b> Implementations are thread-safe.
 * </ul>
 *
 * <p>Each aggregate's repository adds the queries the use cases need; a new aggregate gets a
 * repository of the same shape: {@code find(organizationId, id)}, {@code save(organizationId,
 * aggregate)} and paged queries.
 */
package org.learningmentor.persistence;
