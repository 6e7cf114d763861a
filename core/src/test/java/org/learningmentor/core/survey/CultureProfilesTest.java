package org.learningmentor.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.learningmentor.core.survey.SurveyFixtures.DAY;
import static org.learningmentor.core.survey.SurveyFixtures.FOLLOW_UP;
import static org.learningmentor.core.survey.SurveyFixtures.HAL;
import static org.learningmentor.core.survey.SurveyFixtures.HAL_HR;
import static org.learningmentor.core.survey.SurveyFixtures.HAL_TAL;
import static org.learningmentor.core.survey.SurveyFixtures.NONE_USED;
import static org.learningmentor.core.survey.SurveyFixtures.PAL;
import static org.learningmentor.core.survey.SurveyFixtures.PAL_ASP;
import static org.learningmentor.core.survey.SurveyFixtures.SURVEY;
import static org.learningmentor.core.survey.SurveyFixtures.VIRASTO;
import static org.learningmentor.core.survey.SurveyFixtures.aSmallInstrument;
import static org.learningmentor.core.survey.SurveyFixtures.aToken;
import static org.learningmentor.core.survey.SurveyFixtures.anAgency;
import static org.learningmentor.core.survey.SurveyFixtures.anAgencyWithThreshold;
import static org.learningmentor.core.survey.SurveyFixtures.anOpenSurvey;
import static org.learningmentor.core.survey.SurveyFixtures.answers;
import static org.learningmentor.core.survey.SurveyFixtures.codesAndPaths;
import static org.learningmentor.core.survey.SurveyFixtures.responseId;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.SurveyId;
import org.learningmentor.core.common.ValidationException;

class CultureProfilesTest {

    private int next;

    /** Adds {@code count} responses of the small instrument from a unit, each answering A1, A2, B1. */
    private void add(List<SurveyResponse> to, Survey survey, OrgUnitId unit, int count, int a1, int a2, int b1) {
        for (int i = 0; i < count; i++) {
            next++;
            to.add(survey.acceptResponse(
                    responseId(next),
                    aToken(next),
                    unit,
                    answers("A1", a1, "A2", a2, "B1", b1),
                    anAgency(),
                    NONE_USED,
                    DAY));
        }
    }

    private static Survey aSmallSurvey(SurveyId id, OrgUnitId... audience) {
        return anOpenSurvey(id, aSmallInstrument(), List.of(audience));
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Test
    void meansAndStandardDeviationsMatchAHandComputation() {
        Survey survey = aSmallSurvey(SURVEY, HAL);
        List<SurveyResponse> responses = new ArrayList<>();
        // A2 is reverse keyed on 5 points: x counts as 6 - x.
        add(responses, survey, HAL_HR, 1, 5, 1, 2); // A = (5 + 5) / 2 = 5.0, B = 2
        add(responses, survey, HAL_HR, 1, 4, 2, 3); // A = (4 + 4) / 2 = 4.0, B = 3
        add(responses, survey, HAL_HR, 1, 3, 4, 4); // A = (3 + 2) / 2 = 2.5, B = 4
        CultureProfile profile = CultureProfiles.compute(survey, anAgency(), responses);

        // A: mean 11.5 / 3 = 3.8333; deviations 7/6, 1/6, -8/6; sum of squares 114/36; / 2 = 1.58333; sd 1.2583
        GroupProfile hr = profile.unit(HAL_HR).orElseThrow();
        assertThat(hr.respondents()).contains(3);
        assertThat(hr.score("A")).hasValueSatisfying(a -> {
            assertThat(a.mean()).isEqualTo(dec("3.8333"));
            assertThat(a.standardDeviation()).isEqualTo(dec("1.2583"));
            assertThat(a.respondents()).isEqualTo(3);
        });
        assertThat(hr.score("B")).hasValueSatisfying(b -> {
            assertThat(b.mean()).isEqualTo(dec("3"));
            assertThat(b.standardDeviation()).isEqualTo(dec("1"));
        });
        assertThat(profile.subtree(HAL_HR).orElseThrow().scores()).isEqualTo(hr.scores());
        assertThat(profile.audience().scores()).isEqualTo(hr.scores());
        assertThat(profile.subtree(HAL).orElseThrow().scores()).isEqualTo(hr.scores());
        assertThat(profile.anonymityThreshold()).isEqualTo(3);
        assertThat(profile.instrumentCode()).isEqualTo("SMALL");
        assertThat(profile.surveyId()).isEqualTo(SURVEY);
    }

    @Test
    void reverseKeyedItemsAreInverted() {
        Survey survey = aSmallSurvey(SURVEY, HAL);
        List<SurveyResponse> responses = new ArrayList<>();
        add(responses, survey, HAL_HR, 3, 5, 5, 1); // A = (5 + (6 - 5)) / 2 = 3
        add(responses, survey, HAL_TAL, 3, 5, 1, 1); // A = (5 + 5) / 2 = 5
        CultureProfile profile = CultureProfiles.compute(survey, anAgency(), responses);
        assertThat(profile.unit(HAL_HR).orElseThrow().score("A").orElseThrow().mean())
                .isEqualTo(dec("3"));
        assertThat(profile.unit(HAL_TAL).orElseThrow().score("A").orElseThrow().mean())
                .isEqualTo(dec("5"));
        assertThat(profile.unit(HAL_TAL).orElseThrow().score("A").orElseThrow().standardDeviation())
                .isEqualTo(dec("0"));
        assertThat(profile.subtree(HAL).orElseThrow().score("A").orElseThrow().mean())
                .isEqualTo(dec("4"));
    }

    /** HAL-HR 4, HAL-TAL 6, HAL itself none: the subtree of HAL has 10. */
    private CultureProfile fourAndSix(int threshold) {
        Survey survey = aSmallSurvey(SURVEY, HAL);
        List<SurveyResponse> responses = new ArrayList<>();
        add(responses, survey, HAL_HR, 4, 3, 3, 3);
        add(responses, survey, HAL_TAL, 6, 4, 4, 4);
        return CultureProfiles.compute(survey, anAgency(), responses, threshold);
    }

    @Test
    void thresholdThreeShowsEveryNonEmptyGroup() {
        CultureProfile profile = fourAndSix(3);
        assertThat(profile.unit(HAL_HR).orElseThrow().respondents()).contains(4);
        assertThat(profile.unit(HAL_TAL).orElseThrow().respondents()).contains(6);
        assertThat(profile.subtree(HAL).orElseThrow().respondents()).contains(10);
        assertThat(profile.unit(HAL).orElseThrow().suppression()).contains(Suppression.BELOW_THRESHOLD);
    }

    @Test
    void thresholdFiveHidesTheSmallUnitAndItsSiblingSoThatTheTotalGivesNothingAway() {
        CultureProfile profile = fourAndSix(5);
        assertSuppressed(profile.unit(HAL_HR).orElseThrow(), Suppression.BELOW_THRESHOLD);
        assertSuppressed(profile.unit(HAL_TAL).orElseThrow(), Suppression.COMPLEMENTARY);
        assertSuppressed(profile.subtree(HAL_TAL).orElseThrow(), Suppression.COMPLEMENTARY);
        assertThat(profile.subtree(HAL).orElseThrow().respondents()).contains(10);
        assertThat(profile.audience().respondents()).contains(10);
    }

    @Test
    void thresholdSevenHidesBothUnitsAsBelowTheThreshold() {
        CultureProfile profile = fourAndSix(7);
        assertSuppressed(profile.unit(HAL_HR).orElseThrow(), Suppression.BELOW_THRESHOLD);
        assertSuppressed(profile.unit(HAL_TAL).orElseThrow(), Suppression.BELOW_THRESHOLD);
        assertThat(profile.subtree(HAL).orElseThrow().respondents()).contains(10);
    }

    @Test
    void theOrganizationsThresholdIsTheDefaultAndTheFloor() {
        Survey survey = aSmallSurvey(SURVEY, HAL);
        List<SurveyResponse> responses = new ArrayList<>();
        add(responses, survey, HAL_HR, 4, 3, 3, 3);
        CultureProfile profile = CultureProfiles.compute(survey, anAgencyWithThreshold(5), responses);
        assertThat(profile.anonymityThreshold()).isEqualTo(5);
        assertSuppressed(profile.audience(), Suppression.BELOW_THRESHOLD);
        ValidationException e = catchThrowableOfType(
                ValidationException.class,
                () -> CultureProfiles.compute(survey, anAgencyWithThreshold(5), responses, 3));
        assertThat(codesAndPaths(e)).containsExactly("survey.profile.threshold-below-organization@anonymityThreshold");
    }

    @Test
    void hidingASubtreeTotalHidesOneOfItsPartsToo() {
        // VIRASTO: HAL (HAL-HR 2) and PAL (5 of its own, PAL-ASP 6). At 5, HAL's subtree (2) is
        // below; the audience (13) minus PAL's subtree (11) would give it, so PAL's subtree is hidden;
        // PAL's subtree minus PAL-ASP would then give PAL's own 5, so PAL's own group is hidden too.
        Survey survey = aSmallSurvey(SURVEY, VIRASTO);
        List<SurveyResponse> responses = new ArrayList<>();
        add(responses, survey, HAL_HR, 2, 3, 3, 3);
        add(responses, survey, PAL, 5, 4, 4, 4);
        add(responses, survey, PAL_ASP, 6, 5, 5, 5);
        CultureProfile profile = CultureProfiles.compute(survey, anAgency(), responses, 5);
        assertThat(profile.audience().respondents()).contains(13);
        assertSuppressed(profile.subtree(HAL).orElseThrow(), Suppression.BELOW_THRESHOLD);
        assertSuppressed(profile.subtree(PAL).orElseThrow(), Suppression.COMPLEMENTARY);
        assertSuppressed(profile.unit(PAL).orElseThrow(), Suppression.COMPLEMENTARY);
        assertThat(profile.unit(PAL_ASP).orElseThrow().respondents()).contains(6);
        assertThat(profile.groups())
                .extracting(
                        g -> g.kind() + ":" + g.unitId().map(Object::toString).orElse("-"))
                .startsWith("AUDIENCE:-", "UNIT:" + VIRASTO, "SUBTREE:" + VIRASTO, "UNIT:" + HAL);
    }

    @Test
    void aSuppressedGroupShowsNoCountNoMeanAndNoZeros() {
        CultureProfile profile = fourAndSix(5);
        GroupProfile hidden = profile.unit(HAL_HR).orElseThrow();
        assertThat(hidden.respondents()).isEmpty();
        assertThat(hidden.scores()).isEmpty();
        assertThat(hidden.score("A")).isEmpty();
        assertThat(hidden.isSuppressed()).isTrue();
    }

    @Test
    void profilesChangeBetweenTwoSurveys() {
        Survey baseline = aSmallSurvey(SURVEY, HAL);
        Survey followUp = aSmallSurvey(FOLLOW_UP, HAL);
        List<SurveyResponse> before = new ArrayList<>();
        add(before, baseline, HAL_HR, 3, 3, 3, 2);
        add(before, baseline, HAL_TAL, 3, 3, 3, 2);
        List<SurveyResponse> after = new ArrayList<>();
        add(after, followUp, HAL_HR, 3, 4, 2, 3);
        add(after, followUp, HAL_TAL, 3, 4, 2, 3);
        add(after, followUp, HAL, 3, 4, 2, 3);
        CultureProfile earlier = CultureProfiles.compute(baseline, anAgency(), before);
        CultureProfile later = CultureProfiles.compute(followUp, anAgency(), after);
        ProfileChange change = CultureProfile.change(earlier, later);
        assertThat(change.beforeSurveyId()).isEqualTo(SURVEY);
        assertThat(change.afterSurveyId()).isEqualTo(FOLLOW_UP);
        GroupChange hr = change.groups().stream()
                .filter(g -> g.kind() == GroupKind.UNIT && g.unitId().equals(Optional.of(HAL_HR)))
                .findFirst()
                .orElseThrow();
        assertThat(hr.isSuppressed()).isFalse();
        assertThat(hr.dimensions()).extracting(DimensionChange::dimension).containsExactly("A", "B");
        assertThat(hr.dimensions().get(0).before()).isEqualTo(dec("3"));
        assertThat(hr.dimensions().get(0).after()).isEqualTo(dec("4"));
        assertThat(hr.dimensions().get(0).difference()).isEqualTo(dec("1"));
        assertThat(hr.dimensions().get(1).difference()).isEqualTo(dec("1"));
        // HAL itself had no respondents before: hidden then, so its change is hidden with the reason of then.
        GroupChange tal = change.groups().stream()
                .filter(g -> g.kind() == GroupKind.UNIT && g.unitId().equals(Optional.of(HAL)))
                .findFirst()
                .orElseThrow();
        assertThat(tal.suppression()).contains(Suppression.BELOW_THRESHOLD);
        assertThat(tal.dimensions()).isEmpty();
        GroupChange audience = change.groups().get(0);
        assertThat(audience.kind()).isEqualTo(GroupKind.AUDIENCE);
        assertThat(audience.dimensions())
                .extracting(DimensionChange::difference)
                .containsExactly(dec("1"), dec("1"));
    }

    @Test
    void aChangeAgainstAProfileWithoutTheGroupIsSuppressed() {
        Survey baseline = aSmallSurvey(SURVEY, HAL);
        Survey followUp = aSmallSurvey(FOLLOW_UP, VIRASTO);
        List<SurveyResponse> after = new ArrayList<>();
        add(after, followUp, PAL, 3, 4, 2, 3);
        ProfileChange change = CultureProfile.change(
                CultureProfiles.compute(baseline, anAgency(), List.of()),
                CultureProfiles.compute(followUp, anAgency(), after));
        assertThat(change.groups().stream()
                        .filter(g -> g.unitId().equals(Optional.of(PAL)))
                        .map(GroupChange::suppression))
                .containsOnly(Optional.of(Suppression.BELOW_THRESHOLD));
    }

    @Test
    void responsesReadWithAnotherItemOrderScoreTheSame() {
        Survey survey = aSmallSurvey(SURVEY, HAL);
        List<SurveyResponse> responses = new ArrayList<>();
        add(responses, survey, HAL_HR, 1, 5, 1, 2);
        add(responses, survey, HAL_HR, 1, 4, 2, 3);
        add(responses, survey, HAL_HR, 1, 3, 4, 4);
        List<SurveyResponse> reordered = new ArrayList<>();
        for (SurveyResponse r : responses) {
            Map<String, Integer> reversed = new LinkedHashMap<>();
            reversed.put("B1", r.answers().get("B1"));
            reversed.put("A2", r.answers().get("A2"));
            reversed.put("A1", r.answers().get("A1"));
            reordered.add(SurveyResponse.fromJson(
                    r.id(), r.surveyId(), r.organizationId(), r.unitId(), r.submittedOn(), r.tokenDigest(), reversed));
        }
        assertThat(CultureProfiles.compute(survey, anAgency(), reordered))
                .isEqualTo(CultureProfiles.compute(survey, anAgency(), responses));
    }

    @Test
    void responsesOfAnotherSurveyOrUnitOrInstrumentAreRefused() {
        Survey survey = aSmallSurvey(SURVEY, HAL);
        Survey other = aSmallSurvey(FOLLOW_UP, VIRASTO);
        List<SurveyResponse> theirs = new ArrayList<>();
        add(theirs, other, HAL_HR, 1, 3, 3, 3);
        assertThat(catchThrowableOfType(
                        IllegalArgumentException.class, () -> CultureProfiles.compute(survey, anAgency(), theirs)))
                .hasMessageContaining("belongs to survey " + FOLLOW_UP)
                .cause()
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.codes()).containsExactly("survey.response.survey-mismatch"));
        List<SurveyResponse> outside = new ArrayList<>();
        add(outside, other, PAL, 1, 3, 3, 3);
        Survey sameIdOtherAudience = aSmallSurvey(FOLLOW_UP, HAL);
        assertThat(catchThrowableOfType(
                        IllegalArgumentException.class,
                        () -> CultureProfiles.compute(sameIdOtherAudience, anAgency(), outside)))
                .hasMessageContaining("not in the survey's audience")
                .cause()
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.codes()).containsExactly("survey.response.unit-outside-audience"));
        SurveyResponse partial = SurveyResponse.fromJson(
                responseId(99),
                SURVEY,
                survey.organizationId(),
                HAL_HR,
                DAY,
                aToken(99).digest(),
                answers("A1", 3));
        assertThat(catchThrowableOfType(
                        IllegalArgumentException.class,
                        () -> CultureProfiles.compute(survey, anAgency(), List.of(partial))))
                .cause()
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.codes()).containsExactly("survey.answer.missing", "survey.answer.missing"));
        SurveyResponse offScale = SurveyResponse.fromJson(
                responseId(98),
                SURVEY,
                survey.organizationId(),
                HAL_HR,
                DAY,
                aToken(98).digest(),
                answers("A1", 9, "A2", 1, "B1", 1));
        assertThat(catchThrowableOfType(
                        IllegalArgumentException.class,
                        () -> CultureProfiles.compute(survey, anAgency(), List.of(offScale))))
                .cause()
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.codes()).containsExactly("survey.answer.out-of-scale"));
    }

    @Test
    void anEmptySurveyIsSuppressedEverywhere() {
        CultureProfile profile = CultureProfiles.compute(aSmallSurvey(SURVEY, VIRASTO), anAgency(), List.of());
        assertThat(profile.groups())
                .hasSize(1 + 2 * 6)
                .allSatisfy(g -> assertThat(g.suppression()).contains(Suppression.BELOW_THRESHOLD));
    }

    private static void assertSuppressed(GroupProfile group, Suppression reason) {
        assertThat(group.suppression()).contains(reason);
        assertThat(group.respondents()).isEmpty();
        assertThat(group.scores()).isEmpty();
    }
}
