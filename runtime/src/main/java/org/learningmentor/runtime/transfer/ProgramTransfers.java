package org.learningmentor.runtime.transfer;

import org.learningmentor.core.common.ProgramId;
import org.learningmentor.runtime.AccessDeniedException;
import org.learningmentor.runtime.Actor;

/**
 * The use cases that move a programme between stores and installations as one {@link
 * ProgramDocument}. Obtain it from {@link org.learningmentor.runtime.LearningMentor#transfers()};
 * the runtime implements it, hosts do not.
 *
 * <pre>{@code
 * ProgramDocument document = source.transfers().exportProgram(hr, programId);
 * byte[] json = ProgramDocuments.toJson(document);
 * // … on the other installation, into a store that may hold nothing yet:
 * ImportSummary summary = target.transfers().importProgram(hr, ProgramDocuments.fromJson(json));
 * }</pre>
 *
 * <p>Both run in one transaction each. Export, then import into a fresh store, then export again
 * gives an equal document and the same JSON bytes. An import appends no events to the outbox and
 * calls no listener: the model has no event for an import, and the records carry their own
 * history (phase changes, pair history, plan comments and progress); the import is logged at debug
 * level with the programme's id and the counts.
 *
 * <p>Implementations are thread-safe.
 */
public interface ProgramTransfers {

    /**
     * Exports a programme of the actor's organization with everything in it ({@code
     * PROGRAM_EXPORT}, HR by default): the organization, the programme, its pairs, plans, surveys
     * with their responses and evaluations, and the people they name with their managers (see
     * {@link ProgramDocument}), all read in one transaction. The document is checked as an import
     * would check it ({@link ProgramDocuments#validate}), so every exported document imports into an
     * empty store.
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @return the document, never null
     * @throws AccessDeniedException when the actor may not export
     * @throws org.learningmentor.runtime.NotFoundException when the programme is not in the actor's
     *     organization
     * @throws ProgramDocumentException when the stored data would not make a valid document: a
     *     person named who is not stored ({@code transfer.reference.person-missing}) or a list over
     *     the limits
     */
    ProgramDocument exportProgram(Actor actor, ProgramId programId);

    /**
     * Imports a programme document ({@code PROGRAM_IMPORT}, HR by default), checking everything
     * before writing anything, then writing everything in one transaction: a failure on the way
     * leaves the store as it was.
     *
     * <ol>
     *   <li>The document is checked ({@link ProgramDocuments#validate}).
     *   <li>The actor is authorized. When the store holds the actor's organization, as every use
     *       case does: the actor as stored. When it does not, and the document is of the actor's
     *       organization, the import provisions it, like {@link
     *       org.learningmentor.runtime.OrganizationUseCases#register}: the actor must be one of the
     *       document's people, acting in a role the document gives them that holds the permission.
     *       A host exposes such an import only to its administrators.
     *   <li>The document is checked against the store; every problem is listed: a document of
     *       another organization than the actor's ({@code transfer.target.organization-other}); the
     *       organization or a person stored with other content than the document's, versions aside
     *       ({@code transfer.target.organization-different}, {@code transfer.target.person-different}:
     *       the store's data wins and is not overwritten); the programme, a pair, a plan, a survey or
     *       an evaluation id stored already ({@code transfer.target.record-exists}).
     *   <li>The organization and people not stored yet are written, the ones stored with equal
     *       content reused; then the programme, pairs, plans, surveys, responses and evaluations,
     *       each as new (version 1 in the store).
     * </ol>
     *
     * @param actor the actor, not null
     * @param document the document, not null
     * @return what was written and reused, never null
     * @throws AccessDeniedException when the actor may not import
     * @throws ProgramDocumentException with every violation, when the document is invalid or does
     *     not fit the store; nothing was written
     * @throws org.learningmentor.persistence.PersistenceException when the store fails; nothing was
     *     written
     */
    ImportSummary importProgram(Actor actor, ProgramDocument document);
}
