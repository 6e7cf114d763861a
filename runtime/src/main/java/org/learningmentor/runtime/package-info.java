/**
 * The runtime: use cases of the learning-mentoring model over the persistence SPI, each one unit
 * of work that loads, authorizes, decides (the core model's command), saves, appends events to the
 * outbox, retries on conflict and then tells listeners. Start with {@link
 * org.learningmentor.runtime.LearningMentor#builder()}.
 *
 * <p>Authorization: every use case takes an {@link org.learningmentor.runtime.Actor}; a {@link
 * org.learningmentor.runtime.PermissionPolicy} maps each {@link
 * org.learningmentor.runtime.Permission} to the roles that hold it, for any record or only the
 * actor's own; a denial is an {@link org.learningmentor.runtime.AccessDeniedException}. The one use
 * case without an actor is answering a survey ({@link
 * org.learningmentor.runtime.SurveyUseCases#respond}): its response token authorizes it, and
 * nothing that identifies the respondent is stored, logged or published.
 *
 * <p>Logging goes through the SLF4J API only, at debug level (a failing listener at warn), with
 * ids, never names or other personal data.
 */
package org.learningmentor.runtime;
