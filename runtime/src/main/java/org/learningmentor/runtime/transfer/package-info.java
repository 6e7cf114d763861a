/**
 * Export and import of a whole mentoring programme (ohjelman siirto) as one versioned JSON document,
 * so that data moves between stores and between installations, and evaluation of such a document
 * without a store.
 *
 * <ul>
 *   <li>{@link org.learningmentor.runtime.transfer.ProgramDocument}: the programme with its
 *       organization, the people it names, pairs, plans, surveys, anonymous responses and
 *       evaluations.
 *   <li>{@link org.learningmentor.runtime.transfer.ProgramDocuments}: canonical JSON, and reading
 *       with full validation; every problem in one {@link
 *       org.learningmentor.runtime.transfer.ProgramDocumentException} with the codes of {@link
 *       org.learningmentor.runtime.transfer.TransferViolation} and the model's own.
 *   <li>{@link org.learningmentor.runtime.transfer.ProgramTransfers}, from {@code
 *       LearningMentor.transfers()}: export from a store, import into one, authorized and each in
 *       one transaction.
 *   <li>{@link org.learningmentor.runtime.transfer.OfflineEvaluation}: the findings a store-based
 *       evaluation would give, from a document alone.
 * </ul>
 *
 * <p>Decisions every part follows:
 *
 * <ol>
 *   <li>Byte-identical round trips: export, import into a fresh store, export again gives the same
 *       bytes. Documents hold no store versions (every aggregate at version 0), lists are in the
 *       order of ids, properties in alphabetical order, numbers exactly as stored.
 *   <li>Nothing half-done: a document is checked whole before anything is written, and an import
 *       writes in one transaction.
 *   <li>Survey responses stay anonymous: a document holds them as stored, with nothing that links
 *       them to a person; only HR may export them, since no other use case shows them unsuppressed.
 *   <li>Violation messages are English only (see {@link
 *       org.learningmentor.runtime.transfer.TransferViolation}).
 * </ol>
 */
package org.learningmentor.runtime.transfer;
