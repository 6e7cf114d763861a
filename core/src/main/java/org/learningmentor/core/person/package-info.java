/**
 * The person aggregate: someone in an organization (työntekijä), with roles and, for volunteers, a
 * mentor enrolment that records consent and its withdrawal (recruitment phase onwards).
 *
 * <ul>
 *   <li>{@link org.learningmentor.core.person.Person}, the aggregate root: organization, unit,
 *       display name, e-mail address, {@link org.learningmentor.core.person.Role}s, manager,
 *       preferred language and {@link org.learningmentor.core.person.MentorEnrollment}.
 *   <li>{@link org.learningmentor.core.person.MentorEnrollment}: the consent history, a list of
 *       {@link org.learningmentor.core.person.ConsentRecord}s alternating between {@link
 *       org.learningmentor.core.person.ConsentKind#GIVEN} and {@link
 *       org.learningmentor.core.person.ConsentKind#WITHDRAWN}.
 *   <li>Commands {@code volunteerAsMentor} and {@code withdrawMentorConsent} return a {@link
 *       org.learningmentor.core.common.Change} with a {@link
 *       org.learningmentor.core.person.PersonEvent}, or throw an {@link
 *       org.learningmentor.core.person.EnrollmentException} naming the refused rules.
 *   <li>Commands {@code grantRole}, {@code revokeRole}, {@code moveToUnit} and {@code
 *       assignManager} do the same for roles, unit and manager, or throw a {@link
 *       org.learningmentor.core.person.PersonRuleException}. {@link
 *       org.learningmentor.core.person.Role#MENTOR} is never granted or revoked on its own: it
 *       follows mentor consent.
 *   <li>Codes of invalid data and refusals: {@link org.learningmentor.core.person.PersonViolation}.
 * </ul>
 *
 * <p>Personal data (names, e-mail addresses, reasons for withdrawing) is redacted from every
 * {@code toString()}, never quoted in violation messages and never copied into events, which leave
 * the aggregate for the outbox and other systems.
 */
package org.learningmentor.core.person;
