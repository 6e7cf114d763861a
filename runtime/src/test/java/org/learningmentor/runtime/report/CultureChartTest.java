package org.learningmentor.runtime.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.SurveyId;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.core.survey.CultureProfile;
import org.learningmentor.core.survey.DimensionScore;
import org.learningmentor.core.survey.GroupKind;
import org.learningmentor.core.survey.GroupProfile;
import org.learningmentor.core.survey.Instruments;
import org.learningmentor.core.survey.Suppression;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The chart's figures, from an evaluation's facts and from two culture profiles. */
class CultureChartTest {

    private static DimensionScore score(String dimension, String mean, int respondents) {
        return DimensionScore.builder()
                .dimension(dimension)
                .mean(new BigDecimal(mean))
                .standardDeviation(new BigDecimal("1.0"))
                .respondents(respondents)
                .build();
    }

    private static CultureProfile profile(int survey, GroupProfile audience) {
        return CultureProfile.builder()
                .surveyId(SurveyId.of(ReportFixtures.uuid(0x600 + survey)))
                .instrumentCode(Instruments.DEFAULT_CODE)
                .anonymityThreshold(5)
                .addGroups(audience)
                .build();
    }

    private static GroupProfile audience(int respondents, DimensionScore... scores) {
        return GroupProfile.builder()
                .kind(GroupKind.AUDIENCE)
                .respondents(respondents)
                .addScores(scores)
                .build();
    }

    private static GroupProfile suppressedAudience() {
        return GroupProfile.builder()
                .kind(GroupKind.AUDIENCE)
                .suppression(Suppression.BELOW_THRESHOLD)
                .build();
    }

    @Test
    void fromFactsPairsBaselineWithFollowUpAndHidesGroupsBelowTheThreshold() {
        Evaluation evaluation = ReportFixtures.anEvaluation();

        CultureChart chart = CultureChart.from(evaluation.facts());

        assertThat(chart.anonymityThreshold()).isEqualTo(5);
        assertThat(chart.rows())
                .extracting(CultureChart.Row::dimension)
                .containsExactly("team-learning", "inquiry", "empowerment");
        CultureChart.Row team = chart.rows().get(0);
        assertThat(team.before()).isEqualTo(CultureChart.Side.shown(new BigDecimal("3.5"), 12));
        assertThat(team.after()).isEqualTo(CultureChart.Side.shown(new BigDecimal("4.1"), 10));
        assertThat(team.difference()).hasValue(new BigDecimal("0.6"));
        assertThat(chart.rows().get(1).after().visibility()).isEqualTo(CultureChart.Visibility.HIDDEN_BELOW_THRESHOLD);
        // empowerment at baseline had its figures given, but only 4 respondents of the 5 required
        assertThat(chart.rows().get(2).before().visibility()).isEqualTo(CultureChart.Visibility.HIDDEN_BELOW_THRESHOLD);
        assertThat(chart.rows().get(2).difference()).isEmpty();
    }

    @Test
    void ofTwoProfilesChartsTheAudiencesAndNamesDimensionsAsTheInstrumentDoes() {
        CultureProfile before =
                profile(1, audience(12, score("TEAM_LEARNING", "3.25", 12), score("EMPOWERMENT", "2.5", 12)));
        CultureProfile after = profile(2, audience(10, score("TEAM_LEARNING", "4", 10)));

        CultureChart chart = CultureChart.of(before, after).withNames(Instruments.defaultInstrument());

        assertThat(chart.rows()).hasSize(2);
        assertThat(chart.rows().get(0).label(Language.FI)).isEqualTo("Tiimioppiminen");
        assertThat(chart.rows().get(0).label(Language.SV)).isEqualTo("Lärande i team");
        assertThat(chart.rows().get(0).difference()).hasValue(new BigDecimal("0.75"));
        assertThat(chart.rows().get(1).after().visibility()).isEqualTo(CultureChart.Visibility.NO_DATA);
        assertThat(chart.scaleMaximum())
                .isEqualTo(Instruments.defaultInstrument().scale().points());
    }

    @Test
    void ofTwoProfilesHidesEveryDimensionOfASuppressedAudience() throws Exception {
        CultureProfile before =
                profile(1, audience(12, score("TEAM_LEARNING", "3.25", 12), score("EMPOWERMENT", "2.5", 12)));
        CultureProfile after = profile(2, suppressedAudience());

        CultureChart chart = CultureChart.of(before, after);

        assertThat(chart.rows())
                .allSatisfy(row ->
                        assertThat(row.after().visibility()).isEqualTo(CultureChart.Visibility.HIDDEN_BELOW_THRESHOLD));
        Document page = HtmlReportTest.parse(
                EvaluationReports.html(ReportFixtures.anEvaluation(), Optional.of(chart), Language.EN));
        List<Element> bars = HtmlReportTest.select(page, "//svg//rect[contains(@class,'bar')]");
        assertThat(bars).extracting(b -> b.getAttribute("data-phase")).containsOnly("before");
        assertThat(HtmlReportTest.select(page, "//svg//text[contains(@class,'hidden-note')]"))
                .hasSize(2);
    }

    @Test
    void ofTwoSuppressedProfilesStillSaysTheAudienceIsHidden() {
        CultureChart chart = CultureChart.of(profile(1, suppressedAudience()), profile(2, suppressedAudience()));

        assertThat(chart.rows()).hasSize(1);
        assertThat(chart.rows().get(0).before().visibility()).isEqualTo(CultureChart.Visibility.HIDDEN_BELOW_THRESHOLD);
    }

    @Test
    void aMeanAboveTheScaleRaisesTheTopOfTheChart() {
        CultureChart chart = CultureChart.of(
                profile(1, audience(12, score("NPS", "8.2", 12))), profile(2, audience(9, score("NPS", "9", 9))));

        assertThat(chart.scaleMaximum()).isEqualTo(9);
    }

    @Test
    void aSideHasFiguresExactlyWhenShown() {
        assertThatThrownBy(() -> new CultureChart.Side(
                        CultureChart.Visibility.HIDDEN_BELOW_THRESHOLD,
                        Optional.of(BigDecimal.ZERO),
                        java.util.OptionalInt.of(3)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
