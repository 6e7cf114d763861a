/**
 * Learning-culture surveys (Finnish <i>kysely</i>, <i>mittari</i>): the analysis that starts a
 * programme (a baseline survey in the {@code ANALYSIS} phase) and the follow-up and outcome surveys
 * that its evaluation compares with it.
 *
 * <ul>
 *   <li>{@link org.learningmentor.core.survey.Instrument}: dimensions, items (fi/sv/en, optionally
 *       reverse keyed) and an {@link org.learningmentor.core.survey.AnswerScale};
 *       {@link org.learningmentor.core.survey.Instruments#defaultInstrument()} is the SDK's own
 *       seven-dimension learning-culture instrument.
 *   <li>{@link org.learningmentor.core.survey.Survey}: the aggregate, opened for a programme's
 *       audience units and closed with events; it accepts anonymous {@link
 *       org.learningmentor.core.survey.SurveyResponse}s, one per {@link
 *       org.learningmentor.core.survey.ResponseToken}, storing only the token's digest and never a
 *       person.
 *   <li>{@link org.learningmentor.core.survey.CultureProfiles}: dimension scores for the audience,
 *       each unit and each subtree, with every group below the anonymity threshold suppressed and
 *       complementary suppression against differencing, from responses or from a {@link
 *       org.learningmentor.core.survey.ResponseBatch} (a survey's responses in columns, for large
 *       surveys); {@link org.learningmentor.core.survey.CultureProfile#change} compares two surveys.
 * </ul>
 */
package org.learningmentor.core.survey;
