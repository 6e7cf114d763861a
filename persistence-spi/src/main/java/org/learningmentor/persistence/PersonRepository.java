package org.learningmentor.persistence;

import java.util.Optional;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;

/**
 * The stored people, each under the organization they belong to.
 *
 * <p>Queries return people in pages ordered by person id, ascending, comparing ids as unsigned
 * 128-bit numbers: the order of their canonical text ({@code PersonId.toString()}), which is also
 * PostgreSQL's {@code uuid} order and not {@link java.util.UUID#compareTo}. A person's position in
 * that order never changes, so paging is stable while people are saved.
 *
 * <p>The rules every repository follows (tenancy, versioning, transactions, errors) are in the
 * {@linkplain org.learningmentor.persistence package description}. Implementations are thread-safe.
 */
public interface PersonRepository {

    /**
     * Returns the stored person with the id in the organization, at their stored version. Inside a
     * transaction, the transaction's own save is returned.
     *
     * @param organizationId the organization, not null
     * @param id the person's id, not null
     * @return the person, or empty when the organization has none with that id (a person of another
     *     organization with that id included)
     */
    Optional<Person> find(OrganizationId organizationId, PersonId id);

    /**
     * Stores the person under their organization when the stored version equals {@code
     * person.version()}, and returns them with the version advanced by one.
     *
     * <ul>
     *   <li>Version 0, none stored with the id in the organization: stored as new; the result has
     *       version 1. A person of another organization with the same id is unrelated and
     *       unchanged.
     *   <li>Version 0, one stored with the id in the organization: {@link DuplicateKeyException}.
     *   <li>Version above 0 equal to the stored version: replaces the stored person; the result has
     *       the version plus one, and the queries find the person by their new unit and roles.
     *   <li>Version above 0 and a different stored version, or none stored: {@link
     *       ConcurrentUpdateException} naming the id, {@code person.version()} and the stored
     *       version (0 when none is stored).
     * </ul>
     *
     * When it throws, nothing is stored. Inside a transaction, a conflict (a stale version or a
     * taken id) may instead be reported by a later call of the transaction or when it commits (see
     * {@link TransactionRunner}).
     *
     * @param organizationId the organization to save under, not null, equal to {@code
     *     person.organizationId()}
     * @param person the person, not null
     * @return the stored person: equal to {@code person.withVersion(person.version() + 1)}; never
     *     null
     * @throws IllegalArgumentException when the person belongs to another organization
     * @throws DuplicateKeyException when the version is 0 and the person is stored already
     * @throws ConcurrentUpdateException when the version is above 0 and is not the stored version
     */
    Person save(OrganizationId organizationId, Person person);

    /**
     * Returns a page of the organization's people, in person id order.
     *
     * @param organizationId the organization, not null
     * @param request the page size and, after the first page, the cursor of the page before; not
     *     null
     * @return the page, empty when the organization has no one after the cursor; never null
     * @throws IllegalArgumentException when the cursor is malformed
     */
    Page<Person> findAll(OrganizationId organizationId, PageRequest request);

    /**
     * Returns a page of the people of a unit (work community) of the organization, in person id
     * order: the people whose {@code unitId()} is the unit, not those of the units below it.
     *
     * @param organizationId the organization, not null
     * @param unitId the unit, not null
     * @param request the page size and, after the first page, the cursor of the page before; not
     *     null
     * @return the page, empty when no one of the organization is in the unit after the cursor; never
     *     null
     * @throws IllegalArgumentException when the cursor is malformed
     */
    Page<Person> findByUnit(OrganizationId organizationId, OrgUnitId unitId, PageRequest request);

    /**
     * Returns a page of the organization's people who hold a role, in person id order. {@link
     * Role#MENTOR} gives the active learning mentors: a person holds it exactly while their mentor
     * consent is in force.
     *
     * @param organizationId the organization, not null
     * @param role the role, not null
     * @param request the page size and, after the first page, the cursor of the page before; not
     *     null
     * @return the page, empty when no one of the organization holds the role after the cursor;
     *     never null
     * @throws IllegalArgumentException when the cursor is malformed
     */
    Page<Person> findByRole(OrganizationId organizationId, Role role, PageRequest request);
}
