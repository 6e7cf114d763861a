package org.learningmentor.testkit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.survey.Instruments;
import org.learningmentor.core.survey.ResponseToken;
import org.learningmentor.core.survey.Survey;
import org.learningmentor.core.survey.SurveyPurpose;
import org.learningmentor.core.survey.SurveyResponse;

class SampleSurveysTest {

    private static final SampleOrganization AGENCY = SampleData.organization(2026, 120);
    private static final ProgramId PROGRAM = ProgramId.parse("5a3e0000-0000-4000-8000-000000000001");

    @Test
    void aSurveyIsAnOpenDefaultInstrumentSurveyOfTheWholeAgencyAndTheSameForTheSameSeed() {
        Survey survey = SampleSurveys.survey(AGENCY, PROGRAM, SurveyPurpose.BASELINE, 3);

        assertThat(survey).isEqualTo(SampleSurveys.survey(AGENCY, PROGRAM, SurveyPurpose.BASELINE, 3));
        assertThat(survey.isOpen()).isTrue();
        assertThat(survey.instrument()).isEqualTo(Instruments.defaultInstrument());
        assertThat(survey.audience()).isNotEmpty();
        assertThat(survey.organizationId()).isEqualTo(AGENCY.organization().id());
    }

    @Test
    void tokensAreRepeatableAndDistinctAndResponsesAnswerEveryItem() {
        Survey survey = SampleSurveys.survey(AGENCY, PROGRAM, SurveyPurpose.BASELINE, 3);
        Set<String> digests = new HashSet<>();
        for (long seed = 0; seed < 50; seed++) {
            ResponseToken token = SampleSurveys.token(seed);
            assertThat(token).isEqualTo(SampleSurveys.token(seed));
            assertThat(token.text()).hasSize(43);
            digests.add(token.digest());
            SurveyResponse response = SampleSurveys.response(AGENCY, survey, token, seed);
            assertThat(response).isEqualTo(SampleSurveys.response(AGENCY, survey, token, seed));
            assertThat(response.tokenDigest()).isEqualTo(token.digest());
            assertThat(response.answers().keySet())
                    .containsExactlyElementsOf(survey.instrument().itemCodes());
        }
        assertThat(digests).hasSize(50);
    }
}
