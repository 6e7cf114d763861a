package org.learningmentor.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.learningmentor.core.survey.CultureProfile;
import org.learningmentor.core.survey.Dimension;
import org.learningmentor.core.survey.GroupProfile;
import org.learningmentor.core.survey.Survey;

/**
 * Takes the {@link DimensionScore}s an evaluation judges from a survey's {@link CultureProfile}: the
 * whole audience's figures, one score per dimension of the survey's instrument.
 *
 * <pre>{@code
 * CultureProfile profile = CultureProfiles.compute(baseline, organization, responses);
 * List<DimensionScore> scores = DimensionScores.from(baseline, profile);
 * }</pre>
 *
 * <ol>
 *   <li>The purpose is the survey's ({@link Survey#purpose()}), the dimensions its instrument's, in
 *       the instrument's order: the instrument, not the profile, names them, because a suppressed
 *       group shows no scores at all.
 *   <li>A shown audience gives each dimension's mean, standard deviation and respondent count.
 *   <li>A suppressed audience gives each dimension as suppressed with the profile's reason
 *       ({@link org.learningmentor.core.survey.Suppression#BELOW_THRESHOLD} or {@code
 *       COMPLEMENTARY}), never zeros; a rule judging it is then NOT_EVALUABLE with {@link
 *       FindingReason#SUPPRESSED}.
 * </ol>
 *
 * Units' and subtrees' groups are not taken: the evaluation judges the programme as a whole.
 */
public final class DimensionScores {

    private DimensionScores() {}

    /**
     * Returns the scores of the whole audience of a survey's profile.
     *
     * @param survey the survey, not null
     * @param profile the survey's culture profile, not null
     * @return one score per dimension of the survey's instrument, in its order; never null
     * @throws IllegalArgumentException when the profile is of another survey
     */
    public static List<DimensionScore> from(Survey survey, CultureProfile profile) {
        Objects.requireNonNull(survey, "survey");
        Objects.requireNonNull(profile, "profile");
        if (!profile.surveyId().equals(survey.id())) {
            throw new IllegalArgumentException(
                    "the profile is of survey " + profile.surveyId() + ", not of survey " + survey.id());
        }
        GroupProfile audience = profile.audience();
        List<DimensionScore> scores =
                new ArrayList<>(survey.instrument().dimensions().size());
        for (Dimension dimension : survey.instrument().dimensions()) {
            String code = dimension.code();
            if (audience.isSuppressed()) {
                scores.add(DimensionScore.suppressed(
                        survey.purpose(), code, audience.suppression().orElseThrow()));
                continue;
            }
            Optional<org.learningmentor.core.survey.DimensionScore> score = audience.score(code);
            if (score.isPresent()) {
                scores.add(DimensionScore.of(
                        survey.purpose(),
                        code,
                        score.get().mean(),
                        score.get().standardDeviation(),
                        score.get().respondents()));
            }
        }
        return List.copyOf(scores);
    }
}
