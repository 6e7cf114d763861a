/**
 * Mentoring pairs (mentoripari, mentori–aktori): two mentors who plan and act together, or a mentor
 * and a mentee, formed during recruitment and training and active through implementation, with the
 * pairing rules, the voluntary proposal flow, direct pairing by HR and optimal pair suggestions.
 *
 * <p>The aggregate is {@link org.learningmentor.core.pair.MentoringPair}. Its commands ({@code
 * propose}, {@code pairDirectly}, {@code accept}, {@code decline}, {@code withdraw}, {@code end})
 * take the acting person and the time and return the next state with one {@link
 * org.learningmentor.core.pair.PairEvent}; a refused command throws a {@link
 * org.learningmentor.core.pair.PairRuleException} listing every broken rule with its {@link
 * org.learningmentor.core.pair.PairViolation} code. How many active pairs a person may have is the
 * programme's {@link org.learningmentor.core.pair.PairingPolicy}; an ended pair records a {@link
 * org.learningmentor.core.pair.PairEndReason} in its history of {@link
 * org.learningmentor.core.pair.PairHistoryEntry PairHistoryEntries}.
 *
 * <p>Pair suggestions ({@link org.learningmentor.core.pair.PairSuggester}) serve the recruitment
 * and training phases: from {@link org.learningmentor.core.pair.PairCandidate}s and weighted
 * {@link org.learningmentor.core.pair.SuggestionCriteria} they compute the set of pairs with the
 * largest total score (Hungarian method for mentor–mentee pairs, Edmonds' blossom algorithm for
 * mentor pairs), each {@link org.learningmentor.core.pair.PairSuggestion} explained criterion by
 * criterion; {@link org.learningmentor.core.pair.SuggestionScores} exposes the scores behind them.
 */
package org.learningmentor.core.pair;
