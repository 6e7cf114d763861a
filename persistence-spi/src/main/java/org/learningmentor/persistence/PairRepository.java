package org.learningmentor.persistence;

import java.util.Optional;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PairId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.pair.MentoringPair;

/**
 * The stored mentoring pairs, each under the organization whose programme they belong to.
 *
 * <p>Queries return pairs in pages ordered by pair id, ascending, comparing ids as
 * unsigned 128-bit numbers: the order of their canonical text ({@code PairId.toString()}), which
 * is also PostgreSQL's {@code uuid} order and not {@link java.util.UUID#compareTo}. A pair's
 * position in that order never changes, so paging is stable while pairs are saved.
 *
 * <p>The rules every repository follows (tenancy, versioning, transactions, errors) are in the
 * {@linkplain org.learningmentor.persistence package description}. Implementations are thread-safe.
 */
public interface PairRepository {

    /**
     * Returns the stored pair with the id in the organization, at its stored version. Inside a
     * transaction, the transaction's own save is returned.
     *
     * @param organizationId the organization, not null
     * @param id the pair's id, not null
     * @return the pair, or empty when the organization has none with that id (a pair of
     *     another organization with that id included)
     */
    Optional<MentoringPair> find(OrganizationId organizationId, PairId id);

    /**
     * Stores the pair under its organization when the stored version equals {@code
     * pair.version()}, and returns it with the version advanced by one.
     *
     * <ul>
     *   <li>Version 0, none stored with the id in the organization: stored as new; the result has
     *       version 1. A pair of another organization with the same id is unrelated and
     *       unchanged.
     *   <li>Version 0, one stored with the id in the organization: {@link DuplicateKeyException}.
     *   <li>Version above 0 equal to the stored version: replaces the stored pair; the result
     *       has the version plus one, and the queries find it by its new state.
     *   <li>Version above 0 and a different stored version, or none stored: {@link
     *       ConcurrentUpdateException} naming the id, {@code pair.version()} and the stored
     *       version (0 when none is stored).
     * </ul>
     *
     * When it throws, nothing is stored. Inside a transaction, a conflict (a stale version or a
     * taken id) may instead be reported by a later call of the transaction or when it commits (see
     * {@link TransactionRunner}).
     *
     * @param organizationId the organization to save under, not null, equal to {@code
     *     pair.organizationId()}
     * @param pair the pair, not null
     * @return the stored pair: equal to {@code pair.withVersion(pair.version() + 1)};
     *     never null
     * @throws IllegalArgumentException when the pair belongs to another organization
     * @throws DuplicateKeyException when the version is 0 and the pair is stored already
     * @throws ConcurrentUpdateException when the version is above 0 and is not the stored version
     */
    MentoringPair save(OrganizationId organizationId, MentoringPair pair);

    /**
     * Returns a page of the pairs of a programme, in pair id order.
     *
     * @param organizationId the organization, not null
     * @param programId the programme, not null
     * @param request the page size and, after the first page, the cursor of the page before; not
     *     null
     * @return the page, empty when the programme has no pair after the cursor (or does not
     *     exist); never null
     * @throws IllegalArgumentException when the cursor is malformed
     */
    Page<MentoringPair> findByProgram(OrganizationId organizationId, ProgramId programId, PageRequest request);
}
