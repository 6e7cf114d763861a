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
 *   <li>Commands {@code addUnit}, {@code renameUnit}, {@code moveUnit} and {@code closeUnit},
 *       each returning the next state and one {@link
 *       org.learningmentor.core.organization.OrganizationEvent}, or throwing a {@link
 *       org.learningmentor.core.organization.UnitTreeException} that lists every rule broken.
 *   <li>{@link org.learningmentor.core.organization.OrganizationViolation}, the codes of both the
 *       structural violations and the refusals, with messages in English, Finnish and Swedish.
 * </ul>
 *
 * <p>Invariants of every {@code Organization}, however built: unit ids and codes (ignoring case)
 * are unique, every parent exists, no unit is its own ancestor, and no active unit is under a
 * closed one. In JSON the values are objects whose fields are named as their accessors; fields a
 * reader does not know are ignored, so that documents stored by a newer version still read.
 */
package org.learningmentor.core.organization;
