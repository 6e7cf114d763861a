package org.learningmentor.persistence;

import java.util.Optional;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.ProgramPhase;

/**
 * The stored mentoring programmes, each under the organization that runs it.
 *
 * <p>Queries return programmes in pages ordered by programme id, ascending, comparing ids as
 * unsigned 128-bit numbers: the order of their canonical text ({@code ProgramId.toString()}), which
 * is also PostgreSQL's {@code uuid} order and not {@link java.util.UUID#compareTo}. A programme's
 * position in that order never changes, so paging is stable while programmes are saved.
 *
 * <p>The rules every repository follows (tenancy, versioning, transactions, errors) are in the
 * {@linkplain org.learningmentor.persistence package description}. Implementations are thread-safe.
 */
public interface ProgramRepository {

    /**
     * Returns the stored programme with the id in the organization, at its stored version. Inside a
     * transaction, the transaction's own save is returned.
     *
     * @param organizationId the organization, not null
     * @param id the programme's id, not null
     * @return the programme, or empty when the organization has none with that id (a programme of
     *     another organization with that id included)
     */
    Optional<MentoringProgram> find(OrganizationId organizationId, ProgramId id);

    /**
     * Stores the programme under its organization when the stored version equals {@code
     * program.version()}, and returns it with the version advanced by one.
     *
     * <ul>
     *   <li>Version 0, none stored with the id in the organization: stored as new; the result has
     *       version 1. A programme of another organization with the same id is unrelated and
     *       unchanged.
     *   <li>Version 0, one stored with the id in the organization: {@link DuplicateKeyException}.
     *   <li>Version above 0 equal to the stored version: replaces the stored programme; the result
     *       has the version plus one, and the queries find it by its new phase.
     *   <li>Version above 0 and a different stored version, or none stored: {@link
     *       ConcurrentUpdateException} naming the id, {@code program.version()} and the stored
     *       version (0 when none is stored).
     * </ul>
     *
     * When it throws, nothing is stored. Inside a transaction, a conflict (a stale version or a
     * taken id) may instead be reported by a later call of the transaction or when it commits (see
     * {@link TransactionRunner}).
     *
     * @param organizationId the organization to save under, not null, equal to {@code
     *     program.organizationId()}
     * @param program the programme, not null
     * @return the stored programme: equal to {@code program.withVersion(program.version() + 1)};
     *     never null
     * @throws IllegalArgumentException when the programme belongs to another organization
     * @throws DuplicateKeyException when the version is 0 and the programme is stored already
     * @throws ConcurrentUpdateException when the version is above 0 and is not the stored version
     */
    MentoringProgram save(OrganizationId organizationId, MentoringProgram program);

    /**
     * Returns a page of the organization's programmes, in programme id order.
     *
     * @param organizationId the organization, not null
     * @param request the page size and, after the first page, the cursor of the page before; not
     *     null
     * @return the page, empty when the organization has no programme after the cursor; never null
     * @throws IllegalArgumentException when the cursor is malformed
     */
    Page<MentoringProgram> findAll(OrganizationId organizationId, PageRequest request);

    /**
     * Returns a page of the organization's programmes in a phase, in programme id order.
     *
     * @param organizationId the organization, not null
     * @param phase the phase, not null
     * @param request the page size and, after the first page, the cursor of the page before; not
     *     null
     * @return the page, empty when no programme of the organization is in the phase after the
     *     cursor; never null
     * @throws IllegalArgumentException when the cursor is malformed
     */
    Page<MentoringProgram> findByPhase(OrganizationId organizationId, ProgramPhase phase, PageRequest request);
}
