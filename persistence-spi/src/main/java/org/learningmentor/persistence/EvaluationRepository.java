package org.learningmentor.persistence;

import java.util.Optional;
import org.learningmentor.core.common.EvaluationId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.evaluation.Evaluation;

/**
 * The stored evaluations of programmes, each under the organization whose programme they belong to.
 * An evaluation holds the rule set and the facts it judged, so a stored one can be reproduced; the
 * model makes a new evaluation rather than change one, but the repository versions it like every
 * aggregate.
 *
 * <p>Queries return evaluations in pages ordered by evaluation id, ascending, comparing ids as
 * unsigned 128-bit numbers: the order of their canonical text ({@code EvaluationId.toString()}), which
 * is also PostgreSQL's {@code uuid} order and not {@link java.util.UUID#compareTo}. An evaluation's
 * position in that order never changes, so paging is stable while evaluations are saved.
 *
 * <p>The rules every repository follows (tenancy, versioning, transactions, errors) are in the
 * {@linkplain org.learningmentor.persistence package description}. Implementations are thread-safe.
 */
public interface EvaluationRepository {

    /**
     * Returns the stored evaluation with the id in the organization, at its stored version. Inside a
     * transaction, the transaction's own save is returned.
     *
     * @param organizationId the organization, not null
     * @param id the evaluation's id, not null
     * @return the evaluation, or empty when the organization has none with that id (an evaluation of
     *     another organization with that id included)
     */
    Optional<Evaluation> find(OrganizationId organizationId, EvaluationId id);

    /**
     * Stores the evaluation under its organization when the stored version equals {@code
     * evaluation.version()}, and returns it with the version advanced by one.
     *
     * <ul>
     *   <li>Version 0, none stored with the id in the organization: stored as new; the result has
     *       version 1. An evaluation of another organization with the same id is unrelated and
     *       unchanged.
     *   <li>Version 0, one stored with the id in the organization: {@link DuplicateKeyException}.
     *   <li>Version above 0 equal to the stored version: replaces the stored evaluation; the result
     *       has the version plus one, and the queries find it by its new state.
     *   <li>Version above 0 and a different stored version, or none stored: {@link
     *       ConcurrentUpdateException} naming the id, {@code evaluation.version()} and the stored
     *       version (0 when none is stored).
     * </ul>
     *
     * When it throws, nothing is stored. Inside a transaction, a conflict (a stale version or a
     * taken id) may instead be reported by a later call of the transaction or when it commits (see
     * {@link TransactionRunner}).
     *
     * @param organizationId the organization to save under, not null, equal to {@code
     *     evaluation.organizationId()}
     * @param evaluation the evaluation, not null
     * @return the stored evaluation: equal to {@code evaluation.withVersion(evaluation.version() + 1)};
     *     never null
     * @throws IllegalArgumentException when the evaluation belongs to another organization
     * @throws DuplicateKeyException when the version is 0 and the evaluation is stored already
     * @throws ConcurrentUpdateException when the version is above 0 and is not the stored version
     */
    Evaluation save(OrganizationId organizationId, Evaluation evaluation);

    /**
     * Returns a page of the evaluations of a programme, in evaluation id order.
     *
     * @param organizationId the organization, not null
     * @param programId the programme, not null
     * @param request the page size and, after the first page, the cursor of the page before; not
     *     null
     * @return the page, empty when the programme has no evaluation after the cursor (or does not
     *     exist); never null
     * @throws IllegalArgumentException when the cursor is malformed
     */
    Page<Evaluation> findByProgram(OrganizationId organizationId, ProgramId programId, PageRequest request);
}
