package org.learningmentor.persistence;

import java.util.Optional;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.organization.Organization;

/**
 * The stored organizations. An organization is the tenant: its id is the organization id every
 * other repository is scoped by, so this repository is looked up by that id alone.
 *
 * <p>The rules every repository follows (tenancy, versioning, transactions, errors) are in the
 * {@linkplain org.learningmentor.persistence package description}. Implementations are thread-safe.
 */
public interface OrganizationRepository {

    /**
     * Returns the stored organization with the id, at its stored version. Inside a transaction, the
     * transaction's own save is returned.
     *
     * @param id the organization's id, not null
     * @return the organization, or empty when none with that id is stored
     */
    Optional<Organization> find(OrganizationId id);

    /**
     * Stores the organization when the stored version equals {@code organization.version()}, and
     * returns it with the version advanced by one.
     *
     * <ul>
     *   <li>Version 0, none stored with the id: stored as new; the result has version 1.
     *   <li>Version 0, one stored with the id: {@link DuplicateKeyException}.
     *   <li>Version above 0 equal to the stored version: replaces the stored organization; the
     *       result has the version plus one.
     *   <li>Version above 0 and a different stored version, or none stored: {@link
     *       ConcurrentUpdateException} naming the id, {@code organization.version()} and the stored
     *       version (0 when none is stored).
     * </ul>
     *
     * When it throws, nothing is stored. Inside a transaction, a conflict (a stale version or a
     * taken id) may instead be reported by a later call of the transaction or when it commits (see
     * {@link TransactionRunner}).
     *
     * @param organization the organization, not null
     * @return the stored organization: equal to {@code organization.withVersion(organization.version()
     *     + 1)}; never null
     * @throws DuplicateKeyException when the version is 0 and the organization is stored already
     * @throws ConcurrentUpdateException when the version is above 0 and is not the stored version
     */
    Organization save(Organization organization);
}
