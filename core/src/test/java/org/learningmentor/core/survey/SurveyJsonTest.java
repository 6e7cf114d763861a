package org.learningmentor.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningmentor.core.survey.SurveyFixtures.DAY;
import static org.learningmentor.core.survey.SurveyFixtures.FOLLOW_UP;
import static org.learningmentor.core.survey.SurveyFixtures.HAL;
import static org.learningmentor.core.survey.SurveyFixtures.HAL_HR;
import static org.learningmentor.core.survey.SurveyFixtures.HAL_TAL;
import static org.learningmentor.core.survey.SurveyFixtures.HR;
import static org.learningmentor.core.survey.SurveyFixtures.NONE_USED;
import static org.learningmentor.core.survey.SurveyFixtures.PROGRAM;
import static org.learningmentor.core.survey.SurveyFixtures.SURVEY;
import static org.learningmentor.core.survey.SurveyFixtures.T0;
import static org.learningmentor.core.survey.SurveyFixtures.aSmallInstrument;
import static org.learningmentor.core.survey.SurveyFixtures.aToken;
import static org.learningmentor.core.survey.SurveyFixtures.anAgency;
import static org.learningmentor.core.survey.SurveyFixtures.anOpenSurvey;
import static org.learningmentor.core.survey.SurveyFixtures.answers;
import static org.learningmentor.core.survey.SurveyFixtures.responseId;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningmentor.core.JsonTesting;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.SurveyId;

class SurveyJsonTest {

    private static Survey aSmallSurvey(SurveyId id) {
        return anOpenSurvey(id, aSmallInstrument(), List.of(HAL));
    }

    private static List<SurveyResponse> responses(Survey survey, int hr, int tal, int a1) {
        List<SurveyResponse> responses = new ArrayList<>();
        for (int i = 0; i < hr + tal; i++) {
            responses.add(survey.acceptResponse(
                    responseId(i),
                    aToken(i),
                    i < hr ? HAL_HR : HAL_TAL,
                    answers("A1", a1, "A2", 1 + i % 5, "B1", 1 + (i * 3) % 5),
                    anAgency(),
                    NONE_USED,
                    DAY));
        }
        return responses;
    }

    private static CultureProfile aProfile(Survey survey, int a1) {
        return CultureProfiles.compute(survey, anAgency(), responses(survey, 3, 4, a1), 3);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void defaultInstrumentMatchesItsGoldenFile(JsonTesting json) {
        json.assertGolden("survey-instrument-default", Instruments.defaultInstrument(), Instrument.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void openAndClosedSurveysMatchTheirGoldenFiles(JsonTesting json) {
        Survey open = aSmallSurvey(SURVEY);
        json.assertGolden("survey-survey-open", open, Survey.class);
        json.assertGolden(
                "survey-survey-closed",
                open.close(HR, T0.plusSeconds(86_400)).state().withVersion(2),
                Survey.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void responseMatchesItsGoldenFile(JsonTesting json) {
        json.assertGolden(
                "survey-response", responses(aSmallSurvey(SURVEY), 1, 0, 4).get(0), SurveyResponse.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void profileAndChangeMatchTheirGoldenFiles(JsonTesting json) {
        CultureProfile before = aProfile(aSmallSurvey(SURVEY), 2);
        CultureProfile after = aProfile(aSmallSurvey(FOLLOW_UP), 5);
        json.assertGolden("survey-culture-profile", after, CultureProfile.class);
        json.assertGolden("survey-profile-change", CultureProfile.change(before, after), ProfileChange.class);
        json.assertRoundTrip(after.audience(), GroupProfile.class);
        json.assertRoundTrip(after.audience().scores().get(0), DimensionScore.class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void eventsMatchTheirGoldenFilesAsDomainEvents(JsonTesting json) {
        Change<Survey> opened = Survey.open(
                SURVEY, anAgency(), PROGRAM, aSmallInstrument(), SurveyPurpose.FOLLOW_UP, List.of(HAL), HR, T0);
        json.assertGolden("survey-opened", opened.events().get(0), DomainEvent.class);
        DomainEvent closed =
                opened.state().close(HR, T0.plusSeconds(60)).events().get(0);
        json.assertGolden("survey-closed", closed, DomainEvent.class);
        assertThat(json.write(closed, DomainEvent.class)).contains("\"type\":\"survey.closed\"");
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void enumsAreWrittenByName(JsonTesting json) {
        json.assertGolden("survey-status", SurveyStatus.values(), SurveyStatus[].class);
        json.assertGolden("survey-purpose", SurveyPurpose.values(), SurveyPurpose[].class);
        json.assertGolden("survey-suppression", Suppression.values(), Suppression[].class);
        json.assertGolden("survey-group-kind", GroupKind.values(), GroupKind[].class);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void valuesRoundTrip(JsonTesting json) {
        Instrument small = aSmallInstrument();
        json.assertRoundTrip(small, Instrument.class);
        json.assertRoundTrip(small.dimensions().get(0), Dimension.class);
        json.assertRoundTrip(small.items().get(1), Item.class);
        json.assertRoundTrip(small.scale(), AnswerScale.class);
        json.assertRoundTrip(Instruments.defaultInstrument(), Instrument.class);
    }
}
