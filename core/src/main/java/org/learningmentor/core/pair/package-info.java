/**
 * Mentoring pairs (mentoripari, mentori–aktori): two mentors who plan and act together, or a mentor
 * and a mentee, with the pairing rules, the voluntary proposal flow, direct pairing by HR and
 * optimal pair suggestions.
 */
package org.learningmentor.core.pair;
