/**
 * Mentor plans (yksilöity suunnitelma, parisuunnitelma): a mentor's or a pair's plan to renew the
 * learning culture of their work community, with action items, goal attainment scales (GAS),
 * approval by HR and progress during implementation.
 */
package org.learningmentor.core.plan;
