package org.learningmentor.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.learningmentor.core.survey.SurveyFixtures.ARK;
import static org.learningmentor.core.survey.SurveyFixtures.DAY;
import static org.learningmentor.core.survey.SurveyFixtures.HAL;
import static org.learningmentor.core.survey.SurveyFixtures.HAL_HR;
import static org.learningmentor.core.survey.SurveyFixtures.HAL_TAL;
import static org.learningmentor.core.survey.SurveyFixtures.HR;
import static org.learningmentor.core.survey.SurveyFixtures.MUU;
import static org.learningmentor.core.survey.SurveyFixtures.NOWHERE;
import static org.learningmentor.core.survey.SurveyFixtures.OUTSIDER;
import static org.learningmentor.core.survey.SurveyFixtures.PAL;
import static org.learningmentor.core.survey.SurveyFixtures.PAL_ASP;
import static org.learningmentor.core.survey.SurveyFixtures.SURVEY;
import static org.learningmentor.core.survey.SurveyFixtures.T0;
import static org.learningmentor.core.survey.SurveyFixtures.VIRASTO;
import static org.learningmentor.core.survey.SurveyFixtures.aToken;
import static org.learningmentor.core.survey.SurveyFixtures.anAgency;
import static org.learningmentor.core.survey.SurveyFixtures.anOpenSurvey;
import static org.learningmentor.core.survey.SurveyFixtures.responseId;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.organization.Organization;

/**
 * Random sequences of responses (valid and invalid) and closings keep every rule: an accepted
 * response is in the audience, answers every item on the scale and uses a fresh token; a refused one
 * yields no response; after closing nothing is accepted; the profile counts exactly the accepted
 * responses.
 */
class SurveyPropertyTest {

    private static final List<OrgUnitId> UNITS =
            List.of(VIRASTO, HAL, HAL_HR, HAL_TAL, PAL, PAL_ASP, MUU, ARK, NOWHERE);

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.learningmentor.core.Seeds#seeds")
    void randomResponsesAndClosingsKeepTheRules(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Organization agency = anAgency();
        Instrument instrument = Instruments.defaultInstrument();
        List<OrgUnitId> audience = random.nextBoolean() ? List.of(VIRASTO) : List.of(HAL, PAL_ASP);
        Survey survey = anOpenSurvey(SURVEY, instrument, audience);
        Set<String> used = new HashSet<>();
        List<SurveyResponse> accepted = new ArrayList<>();
        int steps = 20 + random.nextInt(80);
        for (int step = 0; step < steps; step++) {
            if (random.nextInt(40) == 0) {
                boolean outsider = random.nextInt(3) == 0;
                boolean wasOpen = survey.isOpen();
                Survey before = survey;
                try {
                    Change<Survey> change = survey.close(outsider ? OUTSIDER : HR, T0.plusSeconds(3600 + step));
                    assertThat(wasOpen && !outsider).isTrue();
                    survey = change.state();
                    assertThat(change.events()).singleElement().isInstanceOf(SurveyClosed.class);
                } catch (SurveyRuleException e) {
                    assertThat(e.codes()).isNotEmpty();
                    assertThat(survey).isSameAs(before);
                }
                continue;
            }
            OrgUnitId unit = UNITS.get(random.nextInt(UNITS.size()));
            int token = random.nextInt(60);
            Map<String, Integer> answers = new LinkedHashMap<>();
            for (Item item : instrument.items()) {
                if (random.nextInt(50) != 0) {
                    answers.put(item.code(), random.nextInt(60) == 0 ? 7 : 1 + random.nextInt(6));
                }
            }
            if (random.nextInt(50) == 0) {
                answers.put("XX1", 3);
            }
            boolean valid = survey.isOpen()
                    && survey.isInAudience(agency, unit)
                    && !used.contains(aToken(token).digest())
                    && answers.size() == instrument.items().size()
                    && answers.values().stream().allMatch(v -> v <= 6)
                    && answers.keySet().stream().allMatch(code -> instrument.itemIndex(code) >= 0);
            Survey current = survey;
            int n = step;
            if (valid) {
                SurveyResponse response = current.acceptResponse(
                        responseId(n), aToken(token), unit, answers, agency, used::contains, DAY);
                assertThat(response.answers()).isEqualTo(answers);
                assertThat(response.unitId()).isEqualTo(unit);
                used.add(response.tokenDigest());
                accepted.add(response);
            } else {
                SurveyRuleException e = catchThrowableOfType(
                        SurveyRuleException.class,
                        () -> current.acceptResponse(
                                responseId(n), aToken(token), unit, answers, agency, used::contains, DAY));
                assertThat(e).as("seed %d step %d must be refused", seed, step).isNotNull();
                assertThat(e.codes()).isNotEmpty();
                if (!current.isOpen()) {
                    assertThat(e.codes()).contains("survey.status.closed");
                }
            }
        }
        CultureProfile profile = CultureProfiles.compute(survey, agency, accepted);
        if (accepted.size() < agency.settings().anonymityThreshold()) {
            assertThat(profile.audience().suppression()).contains(Suppression.BELOW_THRESHOLD);
        } else if (!profile.audience().isSuppressed()) {
            assertThat(profile.audience().respondents()).contains(accepted.size());
        } else {
            // Shown, the audience would give away a hidden top unit's subtree when the others are empty.
            assertThat(profile.audience().suppression()).contains(Suppression.COMPLEMENTARY);
        }
    }
}
