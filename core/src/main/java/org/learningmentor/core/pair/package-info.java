/**
 * Mentoring pairs (mentoripari, mentori–aktori): two mentors who plan and act together, or a mentor
 * and a mentee, with the pairing rules, the voluntary proposal flow, direct pairing by HR and
 * optimal pair suggestions.
 *
 * <p>Pair suggestions ({@link org.learningmentor.core.pair.PairSuggester}) serve the recruitment
 * and training phases: from {@link org.learningmentor.core.pair.PairCandidate}s and weighted
 * {@link org.learningmentor.core.pair.SuggestionCriteria} they compute the set of pairs with the
 * largest total score (Hungarian method for mentor–mentee pairs, Edmonds' blossom algorithm for
 * mentor pairs), each {@link org.learningmentor.core.pair.PairSuggestion} explained criterion by
 * criterion; {@link org.learningmentor.core.pair.SuggestionScores} exposes the scores behind them.
 */
package org.learningmentor.core.pair;
