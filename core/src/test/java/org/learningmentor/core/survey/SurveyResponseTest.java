package org.learningmentor.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.learningmentor.core.survey.SurveyFixtures.DAY;
import static org.learningmentor.core.survey.SurveyFixtures.HAL_HR;
import static org.learningmentor.core.survey.SurveyFixtures.MUU;
import static org.learningmentor.core.survey.SurveyFixtures.NONE_USED;
import static org.learningmentor.core.survey.SurveyFixtures.NOWHERE;
import static org.learningmentor.core.survey.SurveyFixtures.aClosedSurvey;
import static org.learningmentor.core.survey.SurveyFixtures.aToken;
import static org.learningmentor.core.survey.SurveyFixtures.allAnswered;
import static org.learningmentor.core.survey.SurveyFixtures.anAgency;
import static org.learningmentor.core.survey.SurveyFixtures.anOpenSurvey;
import static org.learningmentor.core.survey.SurveyFixtures.codesAndPaths;
import static org.learningmentor.core.survey.SurveyFixtures.responseId;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningmentor.core.JsonTesting;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.organization.Organization;

class SurveyResponseTest {

    private static final Instrument INSTRUMENT = Instruments.defaultInstrument();

    @Test
    void acceptGivesAnAnonymousResponseWithTheAnswersInItemOrder() {
        Survey survey = anOpenSurvey();
        Map<String, Integer> answers = allAnswered(INSTRUMENT, 4);
        answers.put("CL2", 6);
        SurveyResponse response =
                survey.acceptResponse(responseId(1), aToken(1), HAL_HR, answers, anAgency(), NONE_USED, DAY);
        assertThat(response.id()).isEqualTo(responseId(1));
        assertThat(response.surveyId()).isEqualTo(survey.id());
        assertThat(response.organizationId()).isEqualTo(survey.organizationId());
        assertThat(response.unitId()).isEqualTo(HAL_HR);
        assertThat(response.submittedOn()).isEqualTo(DAY);
        assertThat(response.answers()).containsExactlyEntriesOf(answers);
        assertThat(response.answers().keySet()).containsExactlyElementsOf(INSTRUMENT.itemCodes());
        assertThat(response.answers().get("CL2")).isEqualTo(6);
        assertThat(response.answers().get("XX")).isNull();
        assertThat(response.tokenDigest()).isEqualTo(aToken(1).digest()).hasSize(64);
    }

    @Test
    void answersViewCannotBeChanged() {
        SurveyResponse response = SurveyFixtures.aResponse(anOpenSurvey(), 1, HAL_HR, allAnswered(INSTRUMENT, 2));
        assertThatThrownBy(() -> response.answers().put("CL1", 5)).isInstanceOf(UnsupportedOperationException.class);
        Iterator<Map.Entry<String, Integer>> entries =
                response.answers().entrySet().iterator();
        Map.Entry<String, Integer> first = entries.next();
        assertThatThrownBy(() -> first.setValue(1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(entries::remove).isInstanceOf(UnsupportedOperationException.class);
        assertThat(response.answers().get("CL1")).isEqualTo(2);
    }

    @Test
    void acceptWhenEverythingIsWrongThenRefusesWithEveryRule() {
        Survey closed = aClosedSurvey();
        Map<String, Integer> answers = allAnswered(INSTRUMENT, 3);
        answers.remove("SL3");
        answers.remove("ES1");
        answers.put("CL1", 7);
        answers.put("CL2", 0);
        answers.put("ZZ9", 3);
        SurveyRuleException e = catchThrowableOfType(
                SurveyRuleException.class,
                () -> closed.acceptResponse(responseId(1), aToken(1), MUU, answers, anAgency(), digest -> true, DAY));
        assertThat(codesAndPaths(e))
                .containsExactly(
                        "survey.status.closed@",
                        "survey.response.unit-outside-audience@unitId",
                        "survey.response.token-used@token",
                        "survey.answer.out-of-scale@answers.CL1",
                        "survey.answer.out-of-scale@answers.CL2",
                        "survey.answer.item-unknown@answers.ZZ9",
                        "survey.answer.missing@answers.ES1",
                        "survey.answer.missing@answers.SL3");
        assertThat(e.getMessage())
                .startsWith("Survey " + closed.id() + " cannot accept a response: ")
                .contains("this response token has been used already")
                .doesNotContain(aToken(1).text());
    }

    @Test
    void acceptWhenTheUnitIsUnknownOrTheOrganizationOtherThenRefuses() {
        Survey survey = anOpenSurvey();
        Map<String, Integer> answers = allAnswered(INSTRUMENT, 3);
        assertThat(codesAndPaths(catchThrowableOfType(
                        SurveyRuleException.class,
                        () -> survey.acceptResponse(
                                responseId(1), aToken(1), NOWHERE, answers, anAgency(), NONE_USED, DAY))))
                .containsExactly("survey.response.unit-outside-audience@unitId");
        Organization other = Organization.create(
                OrganizationId.of(SurveyFixtures.uuid(0xa9)),
                LocalizedText.of("Muu", "Annan", "Other"),
                anAgency().languages());
        assertThat(codesAndPaths(catchThrowableOfType(
                        SurveyRuleException.class,
                        () -> survey.acceptResponse(responseId(1), aToken(1), HAL_HR, answers, other, NONE_USED, DAY))))
                .containsExactly("survey.organization.mismatch@organization");
    }

    @Test
    void aTokenAnswersOnceWhenTheHostRemembersItsDigest() {
        Survey survey = anOpenSurvey();
        Set<String> used = new HashSet<>();
        SurveyResponse first = survey.acceptResponse(
                responseId(1), aToken(7), HAL_HR, allAnswered(INSTRUMENT, 3), anAgency(), used::contains, DAY);
        used.add(first.tokenDigest());
        SurveyRuleException again = catchThrowableOfType(
                SurveyRuleException.class,
                () -> survey.acceptResponse(
                        responseId(2), aToken(7), HAL_HR, allAnswered(INSTRUMENT, 5), anAgency(), used::contains, DAY));
        assertThat(again.codes()).containsExactly("survey.response.token-used");
        assertThat(survey.acceptResponse(
                                responseId(3),
                                aToken(8),
                                HAL_HR,
                                allAnswered(INSTRUMENT, 5),
                                anAgency(),
                                used::contains,
                                DAY)
                        .tokenDigest())
                .isNotEqualTo(first.tokenDigest());
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void theJsonOfAResponseHoldsNoPersonAndNoToken(JsonTesting json) throws Exception {
        ResponseToken token = ResponseToken.random(new SecureRandom());
        SurveyResponse response = anOpenSurvey()
                .acceptResponse(responseId(1), token, HAL_HR, allAnswered(INSTRUMENT, 3), anAgency(), NONE_USED, DAY);
        String written = json.write(response, SurveyResponse.class);
        JsonNode tree = new ObjectMapper().readTree(written);
        Set<String> fields = new HashSet<>();
        tree.fieldNames().forEachRemaining(fields::add);
        assertThat(fields)
                .containsExactlyInAnyOrder(
                        "id", "surveyId", "organizationId", "unitId", "submittedOn", "tokenDigest", "answers");
        assertThat(tree.get("submittedOn").asText()).isEqualTo("2026-03-03");
        assertThat(written)
                .doesNotContain(token.text())
                .doesNotContain(SurveyFixtures.HR.id().toString())
                .doesNotContainIgnoringCase("person")
                .doesNotContain("T07:");
        assertThat(response.toString()).doesNotContain(token.text()).doesNotContain(response.tokenDigest());
    }

    @Test
    void theDigestIsSha256OfTheTokenAndNotTheToken() throws Exception {
        ResponseToken token = aToken(42);
        String expected = HexFormat.of()
                .formatHex(
                        MessageDigest.getInstance("SHA-256").digest(token.text().getBytes(StandardCharsets.UTF_8)));
        assertThat(token.digest()).isEqualTo(expected).doesNotContain(token.text());
    }

    @Test
    void tokensAreRandomSecretAndStrictlyParsed() {
        SecureRandom random = new SecureRandom();
        ResponseToken one = ResponseToken.random(random);
        ResponseToken two = ResponseToken.random(random);
        assertThat(one).isNotEqualTo(two);
        assertThat(one.text()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(ResponseToken.parse(one.text())).isEqualTo(one).hasSameHashCodeAs(one);
        assertThat(one.toString()).isEqualTo("ResponseToken[redacted]");
        for (String bad : new String[] {"short", "a".repeat(129), "x".repeat(30) + "/+=", "ä".repeat(30)}) {
            ValidationException e = catchThrowableOfType(ValidationException.class, () -> ResponseToken.parse(bad));
            assertThat(codesAndPaths(e)).containsExactly("survey.token.malformed@token");
            assertThat(e.getMessage()).doesNotContain(bad);
        }
        assertThat(ResponseToken.parse("a".repeat(22)).text()).hasSize(22);
        assertThat(ResponseToken.parse("a".repeat(128)).text()).hasSize(128);
    }

    @Test
    void responsesAreEqualByValue() {
        Survey survey = anOpenSurvey();
        SurveyResponse a = SurveyFixtures.aResponse(survey, 1, HAL_HR, allAnswered(INSTRUMENT, 3));
        SurveyResponse b = SurveyFixtures.aResponse(survey, 1, HAL_HR, allAnswered(INSTRUMENT, 3));
        SurveyResponse c = SurveyFixtures.aResponse(survey, 1, HAL_HR, allAnswered(INSTRUMENT, 4));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c).isNotEqualTo("a response");
    }

    @Test
    void nullArgumentsAreNamed() {
        Survey survey = anOpenSurvey();
        Map<String, Integer> answers = allAnswered(INSTRUMENT, 3);
        assertThat(catchThrowableOfType(
                        NullPointerException.class,
                        () -> survey.acceptResponse(responseId(1), null, HAL_HR, answers, anAgency(), NONE_USED, DAY)))
                .hasMessage("token");
        assertThat(catchThrowableOfType(
                        NullPointerException.class,
                        () -> survey.acceptResponse(responseId(1), aToken(1), HAL_HR, answers, anAgency(), null, DAY)))
                .hasMessage("tokenUsed");
        assertThat(catchThrowableOfType(NullPointerException.class, () -> ResponseToken.random(null)))
                .hasMessage("random");
    }
}
