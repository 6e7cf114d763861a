/**
 * The organization (tenant) aggregate and its tree of work communities ({@code OrgUnit}): the
 * frame of every programme phase, from preparation to embedding.
 */
package org.learningmentor.core.organization;
