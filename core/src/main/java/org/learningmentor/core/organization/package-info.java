/**
 * The organization (tenant) aggregate and its tree of work communities ({@code OrgUnit}): the
 * frame of every programme phase, from preparation to embedding.
 *
 * <ul>
 *   <li>{@link org.learningmentor.core.organization.Organization}, the aggregate root: name,
 *       languages, {@link org.learningmentor.core.organization.OrganizationSettings} (anonymity
 *       threshold, default template) and the units; queries over the tree ({@code children},
 *       {@code descendants}, {@code subtree}, {@code ancestors}, {@code path}, {@code isAncestor}).
 *   <li>{@link org.learningmentor.core.organization.OrgUnit}, a work community, {@link
 *       org.learningmentor.core.organization.UnitStatus#ACTIVE ACTIVE} or {@link
 *       org.learningmentor.core.organization.UnitStatus#CLOSED CLOSED}.
 *   <li>Commands, each returning the next state and exactly one {@link
 *       org.learningmentor.core.organization.OrganizationEvent} for the audit trail: {@code
 *       addUnit}, {@code renameUnit}, {@code moveUnit} and {@code closeUnit}, refused with a {@link
 *       org.learningmentor.core.organization.UnitTreeException}; {@code rename}, {@code
 *       changeSettings} and {@code changeLanguages}, refused with an {@link
 *       org.learningmentor.core.organization.OrganizationChangeException}. Either lists every
 *       rule broken. No public method changes an organization without an event.
 *   <li>{@link org.learningmentor.core.organization.OrganizationViolation}, the codes of both the
 *       structural violations and the refusals, with messages in English, Finnish and Swedish.
 * </ul>
 *
 * <p>Invariants of every {@code Organization}, however built: unit ids and codes (ignoring case)
 * are unique, every parent exists, no unit is its own ancestor, no active unit is under a closed
 * one, and the version is not negative. Events check the values they carry by the same rules. In
 * JSON the values are objects whose fields are named as their accessors; fields a reader does not
 * know are ignored, so that documents stored by a newer version still read.
 */
package org.learningmentor.core.organization;
