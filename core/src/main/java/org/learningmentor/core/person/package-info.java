/**
 * The person aggregate: someone in an organization, with roles and, for volunteers, a mentor
 * enrolment that records consent and its withdrawal (recruitment phase onwards).
 */
package org.learningmentor.core.person;
