package org.learningmentor.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.learningmentor.core.survey.SurveyFixtures.AGENCY;
import static org.learningmentor.core.survey.SurveyFixtures.DAY;
import static org.learningmentor.core.survey.SurveyFixtures.FOLLOW_UP;
import static org.learningmentor.core.survey.SurveyFixtures.HAL;
import static org.learningmentor.core.survey.SurveyFixtures.HAL_HR;
import static org.learningmentor.core.survey.SurveyFixtures.HAL_TAL;
import static org.learningmentor.core.survey.SurveyFixtures.HR;
import static org.learningmentor.core.survey.SurveyFixtures.MUU;
import static org.learningmentor.core.survey.SurveyFixtures.NONE_USED;
import static org.learningmentor.core.survey.SurveyFixtures.PAL;
import static org.learningmentor.core.survey.SurveyFixtures.PROGRAM;
import static org.learningmentor.core.survey.SurveyFixtures.SURVEY;
import static org.learningmentor.core.survey.SurveyFixtures.T0;
import static org.learningmentor.core.survey.SurveyFixtures.VIRASTO;
import static org.learningmentor.core.survey.SurveyFixtures.aScale;
import static org.learningmentor.core.survey.SurveyFixtures.aSmallInstrument;
import static org.learningmentor.core.survey.SurveyFixtures.aToken;
import static org.learningmentor.core.survey.SurveyFixtures.anAgency;
import static org.learningmentor.core.survey.SurveyFixtures.anOpenSurvey;
import static org.learningmentor.core.survey.SurveyFixtures.answers;
import static org.learningmentor.core.survey.SurveyFixtures.codesAndPaths;
import static org.learningmentor.core.survey.SurveyFixtures.responseId;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.organization.OrgUnit;
import org.learningmentor.core.organization.Organization;

class ResponseBatchTest {

    // ------------------------------------------------------------------ same profile on every path

    /**
     * Random organizations, instruments (1–40 items, so one, two and three packed words; reverse
     * keying; 2–11 points) and responses (some read from JSON with their answers in another order):
     * the profile from the responses, from a batch of the responses and from a batch of units and
     * answer arrays are equal, and every shown figure is what a direct computation from the answers
     * gives.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.learningmentor.core.Seeds#seeds")
    void aBatchGivesTheSameProfileAsItsResponsesAndTheFiguresOfADirectComputation(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Organization organization = DifferencingAttackTest.aRandomTree(random);
        Instrument instrument = aRandomInstrument(random);
        Survey survey = Survey.open(
                        SURVEY,
                        organization,
                        PROGRAM,
                        instrument,
                        SurveyPurpose.BASELINE,
                        DifferencingAttackTest.aRandomAudience(random, organization),
                        HR,
                        T0)
                .state();
        int threshold = organization.settings().anonymityThreshold() + random.nextInt(5);
        List<SurveyResponse> responses = aRandomResponses(random, survey, organization, threshold);

        ResponseBatch.Builder fromResponses = ResponseBatch.builder(survey, organization, random.nextInt(5));
        ResponseBatch.Builder fromArrays = ResponseBatch.builder(survey, organization, responses.size());
        for (SurveyResponse response : responses) {
            fromResponses.add(response);
            int[] answers = new int[instrument.items().size()];
            for (int i = 0; i < answers.length; i++) {
                answers[i] = response.answers().get(instrument.items().get(i).code());
            }
            fromArrays.add(response.unitId(), answers);
        }
        ResponseBatch batch = fromResponses.build();
        assertThat(fromArrays.build()).as("seed %d", seed).isEqualTo(batch).hasSameHashCodeAs(batch);

        CultureProfile profile = CultureProfiles.compute(survey, organization, responses, threshold);
        assertThat(CultureProfiles.compute(survey, organization, batch, threshold))
                .as("seed %d", seed)
                .isEqualTo(profile);
        assertFiguresAreDirect(seed, profile, survey, organization, responses, threshold);
    }

    private static void assertFiguresAreDirect(
            long seed,
            CultureProfile profile,
            Survey survey,
            Organization organization,
            List<SurveyResponse> responses,
            int threshold) {
        assertThat(profile.groups()).as("seed %d", seed).isNotEmpty();
        Instrument instrument = survey.instrument();
        int points = instrument.scale().points();
        for (GroupProfile group : profile.groups()) {
            Set<OrgUnitId> members = new HashSet<>();
            switch (group.kind()) {
                case UNIT -> members.add(group.unitId().orElseThrow());
                case SUBTREE ->
                    organization.subtree(group.unitId().orElseThrow()).forEach(u -> members.add(u.id()));
                case AUDIENCE -> responses.forEach(r -> members.add(r.unitId()));
            }
            List<SurveyResponse> in =
                    responses.stream().filter(r -> members.contains(r.unitId())).toList();
            if (group.isSuppressed()) {
                continue;
            }
            assertThat(in.size()).as("seed %d, %s", seed, group).isGreaterThanOrEqualTo(threshold);
            assertThat(group.respondents()).as("seed %d, %s", seed, group).contains(in.size());
            for (Dimension dimension : instrument.dimensions()) {
                List<Item> items = instrument.items().stream()
                        .filter(item -> item.dimension().equals(dimension.code()))
                        .toList();
                long total = 0;
                double[] scores = new double[in.size()];
                for (int r = 0; r < in.size(); r++) {
                    long score = 0;
                    for (Item item : items) {
                        int answer = in.get(r).answers().get(item.code());
                        score += item.reverseKeyed() ? points + 1 - answer : answer;
                    }
                    total += score;
                    scores[r] = (double) score / items.size();
                }
                BigDecimal mean = BigDecimal.valueOf(total)
                        .divide(BigDecimal.valueOf((long) in.size() * items.size()), 4, RoundingMode.HALF_EVEN);
                double average = 0;
                for (double s : scores) {
                    average += s / scores.length;
                }
                double squares = 0;
                for (double s : scores) {
                    squares += (s - average) * (s - average);
                }
                double deviation = Math.sqrt(squares / (scores.length - 1));
                DimensionScore score = group.score(dimension.code()).orElseThrow();
                assertThat(score.mean()).as("seed %d, %s", seed, group).isEqualByComparingTo(mean);
                assertThat(score.standardDeviation().doubleValue())
                        .as("seed %d, %s", seed, group)
                        .isCloseTo(deviation, within(0.000_11));
                assertThat(score.respondents()).isEqualTo(in.size());
            }
        }
    }

    static Instrument aRandomInstrument(SplittableRandom random) {
        int dimensions = 1 + random.nextInt(8);
        int items = dimensions + random.nextInt(41 - dimensions);
        Instrument.Builder instrument = Instrument.builder()
                .code("RANDOM")
                .name(LocalizedText.of(Language.EN, "Random"))
                .scale(aScale(2 + random.nextInt(10)));
        for (int d = 0; d < dimensions; d++) {
            instrument.addDimensions(Dimension.of("D" + d, LocalizedText.of(Language.EN, "D" + d)));
        }
        for (int i = 0; i < items; i++) {
            String dimension = "D" + (i < dimensions ? i : random.nextInt(dimensions));
            instrument.addItems(
                    Item.of("I" + i, dimension, LocalizedText.of(Language.EN, "item " + i), random.nextInt(3) == 0));
        }
        return instrument.build();
    }

    /** Many empty and small units, some large ones; one response in five read from JSON in another order. */
    private static List<SurveyResponse> aRandomResponses(
            SplittableRandom random, Survey survey, Organization organization, int threshold) {
        Instrument instrument = survey.instrument();
        List<SurveyResponse> responses = new ArrayList<>();
        int n = 0;
        for (OrgUnit unit : organization.units()) {
            if (!survey.isInAudience(organization, unit.id())) {
                continue;
            }
            int count = DifferencingAttackTest.aRandomGroupSize(random, threshold);
            for (int i = 0; i < count; i++) {
                n++;
                Map<String, Integer> answers = new LinkedHashMap<>();
                for (Item item : instrument.items()) {
                    answers.put(
                            item.code(), 1 + random.nextInt(instrument.scale().points()));
                }
                SurveyResponse response = survey.acceptResponse(
                        responseId(n), aToken(n), unit.id(), answers, organization, NONE_USED, DAY);
                if (random.nextInt(5) == 0) {
                    List<String> codes = new ArrayList<>(answers.keySet());
                    Collections.reverse(codes);
                    Map<String, Integer> reordered = new LinkedHashMap<>();
                    codes.forEach(code -> reordered.put(code, answers.get(code)));
                    response = SurveyResponse.fromJson(
                            response.id(),
                            response.surveyId(),
                            response.organizationId(),
                            response.unitId(),
                            response.submittedOn(),
                            response.tokenDigest(),
                            reordered);
                }
                responses.add(response);
            }
        }
        Collections.shuffle(responses, new java.util.Random(random.nextLong()));
        return responses;
    }

    // ------------------------------------------------------------------ the value

    @Test
    void aBatchHoldsTheUnitsAndAnswersInTheOrderAdded() {
        Survey survey = anOpenSurvey(SURVEY, aSmallInstrument(), List.of(VIRASTO));
        ResponseBatch batch = ResponseBatch.builder(survey, anAgency(), 0)
                .add(HAL_TAL, 1, 2, 3)
                .add(SurveyFixtures.aResponse(survey, 1, HAL_HR, answers("A1", 5, "A2", 4, "B1", 3)))
                .add(HAL_TAL, 5, 5, 5)
                .build();

        assertThat(batch.surveyId()).isEqualTo(SURVEY);
        assertThat(batch.size()).isEqualTo(3);
        assertThat(batch.itemCodes()).containsExactly("A1", "A2", "B1");
        assertThat(batch.units()).containsExactly(HAL_TAL, HAL_HR);
        assertThat(List.of(batch.unitId(0), batch.unitId(1), batch.unitId(2)))
                .containsExactly(HAL_TAL, HAL_HR, HAL_TAL);
        assertThat(List.of(batch.answer(1, 0), batch.answer(1, 1), batch.answer(1, 2)))
                .containsExactly(5, 4, 3);
        assertThat(batch.answer(2, 2)).isEqualTo(5);
        assertThat(catchThrowableOfType(IndexOutOfBoundsException.class, () -> batch.answer(3, 0)))
                .isNotNull();
        assertThat(catchThrowableOfType(IndexOutOfBoundsException.class, () -> batch.answer(0, 3)))
                .isNotNull();
        assertThat(catchThrowableOfType(IndexOutOfBoundsException.class, () -> batch.unitId(-1)))
                .isNotNull();
    }

    @Test
    void addingAfterABuildLeavesTheBuiltBatchUnchanged() {
        Survey survey = anOpenSurvey(SURVEY, aSmallInstrument(), List.of(VIRASTO));
        ResponseBatch.Builder builder =
                ResponseBatch.builder(survey, anAgency(), 1).add(HAL, 1, 1, 1);
        ResponseBatch first = builder.build();
        ResponseBatch second = builder.add(PAL, 2, 2, 2).build();

        assertThat(first.size()).isEqualTo(1);
        assertThat(first.units()).containsExactly(HAL);
        assertThat(second.size()).isEqualTo(2);
        assertThat(second.answer(0, 0)).isEqualTo(1);
        assertThat(second).isNotEqualTo(first);
        assertThat(ResponseBatch.builder(survey, anAgency(), 0)
                        .add(HAL, 1, 1, 1)
                        .build())
                .isEqualTo(first)
                .hasSameHashCodeAs(first);
    }

    @Test
    void toStringShowsNoAnswersAndNoUnits() {
        Survey survey = anOpenSurvey(SURVEY, aSmallInstrument(), List.of(VIRASTO));
        ResponseBatch batch =
                ResponseBatch.builder(survey, anAgency(), 0).add(HAL, 4, 4, 4).build();

        assertThat(batch.toString())
                .isEqualTo("ResponseBatch{surveyId=" + SURVEY + ", responses=1, units=1}")
                .doesNotContain(HAL.toString());
    }

    // ------------------------------------------------------------------ validation

    @Test
    void buildWhenResponsesDoNotFitTheSurveyThenListsEveryViolationWithItsPath() {
        Survey survey = anOpenSurvey(SURVEY, aSmallInstrument(), List.of(VIRASTO));
        Survey other = anOpenSurvey(FOLLOW_UP, aSmallInstrument(), List.of(VIRASTO));
        SurveyResponse reordered = SurveyResponse.fromJson(
                responseId(7), SURVEY, AGENCY, HAL, DAY, aToken(7).digest(), answers("B1", 1, "X9", 2));
        ResponseBatch.Builder builder = ResponseBatch.builder(survey, anAgency(), 0)
                .add(HAL, 1, 2, 3)
                .add(MUU, 1, 2, 3)
                .add(HAL, 1, 2)
                .add(HAL, 0, 6, 3)
                .add(SurveyFixtures.aResponse(other, 1, PAL, answers("A1", 1, "A2", 1, "B1", 1)))
                .add(reordered);

        ValidationException e = catchThrowableOfType(ValidationException.class, builder::build);

        assertThat(codesAndPaths(e))
                .containsExactly(
                        "survey.response.unit-outside-audience@responses[1].unitId",
                        "survey.batch.answers-count@responses[2].answers",
                        "survey.answer.out-of-scale@responses[3].answers.A1",
                        "survey.answer.out-of-scale@responses[3].answers.A2",
                        "survey.response.survey-mismatch@responses[4].surveyId",
                        "survey.answer.item-unknown@responses[5].answers.X9",
                        "survey.answer.missing@responses[5].answers.A1",
                        "survey.answer.missing@responses[5].answers.A2");
        assertThat(e.violations().get(4).message())
                .isEqualTo("the response belongs to survey " + FOLLOW_UP + ", not to survey " + SURVEY);
    }

    @Test
    void buildWhenThereAreMoreViolationsThanListedThenCountsTheRest() {
        Survey survey = anOpenSurvey(SURVEY, aSmallInstrument(), List.of(VIRASTO));
        ResponseBatch.Builder builder = ResponseBatch.builder(survey, anAgency(), 0);
        for (int i = 0; i < ResponseBatch.Builder.MAX_VIOLATIONS + 5; i++) {
            builder.add(MUU, 1, 1, 1);
        }

        ValidationException e = catchThrowableOfType(ValidationException.class, builder::build);

        assertThat(e.violations()).hasSize(ResponseBatch.Builder.MAX_VIOLATIONS + 1);
        assertThat(codesAndPaths(e)).last().isEqualTo("survey.batch.violations-truncated@responses");
        assertThat(e.violations().get(ResponseBatch.Builder.MAX_VIOLATIONS).message())
                .isEqualTo("and 5 more violations not listed");
    }

    @Test
    void builderWhenTheOrganizationIsNotTheSurveysThenRefuses() {
        Survey survey = anOpenSurvey(SURVEY, aSmallInstrument(), List.of(VIRASTO));
        Organization stranger = Organization.builder()
                .id(SurveyFixtures.OTHER_AGENCY)
                .name(LocalizedText.of(Language.EN, "Stranger"))
                .addLanguages(Language.EN)
                .addUnits(SurveyFixtures.unit(VIRASTO, "VIRASTO", null))
                .build();

        SurveyRuleException e =
                catchThrowableOfType(SurveyRuleException.class, () -> ResponseBatch.builder(survey, stranger, 0));

        assertThat(e.codes()).containsExactly("survey.organization.mismatch");
        assertThat(catchThrowableOfType(
                        IllegalArgumentException.class, () -> ResponseBatch.builder(survey, anAgency(), -1)))
                .hasMessageContaining("expectedSize");
        assertThat(catchThrowableOfType(NullPointerException.class, () -> ResponseBatch.builder(null, anAgency(), 0)))
                .hasMessage("survey");
    }

    @Test
    void computeWhenTheBatchDoesNotFitTheSurveyOrTheOrganizationThenRefuses() {
        Survey survey = anOpenSurvey(SURVEY, aSmallInstrument(), List.of(VIRASTO));
        ResponseBatch batch = ResponseBatch.builder(survey, anAgency(), 0)
                .add(HAL_HR, 1, 2, 3)
                .build();

        Survey followUp = anOpenSurvey(FOLLOW_UP, aSmallInstrument(), List.of(VIRASTO));
        assertThat(catchThrowableOfType(
                        IllegalArgumentException.class, () -> CultureProfiles.compute(followUp, anAgency(), batch)))
                .hasMessageContaining("survey " + SURVEY + ", not " + FOLLOW_UP);
        Survey otherInstrument = anOpenSurvey(SURVEY, Instruments.defaultInstrument(), List.of(VIRASTO));
        assertThat(catchThrowableOfType(
                        IllegalArgumentException.class,
                        () -> CultureProfiles.compute(otherInstrument, anAgency(), batch)))
                .hasMessageContaining("another instrument");
        Survey otherAudience = anOpenSurvey(SURVEY, aSmallInstrument(), List.of(PAL));
        assertThat(catchThrowableOfType(
                        IllegalArgumentException.class,
                        () -> CultureProfiles.compute(otherAudience, anAgency(), batch)))
                .hasMessageContaining("outside the audience");
        assertThat(catchThrowableOfType(
                                ValidationException.class, () -> CultureProfiles.compute(survey, anAgency(), batch, 2))
                        .codes())
                .containsExactly("survey.profile.threshold-below-organization");
    }

    @Test
    void aProfileOfABatchSuppressesSmallGroupsLikeTheResponses() {
        Survey survey = anOpenSurvey(SURVEY, aSmallInstrument(), List.of(HAL));
        ResponseBatch.Builder builder = ResponseBatch.builder(survey, anAgency(), 0);
        for (int i = 0; i < 4; i++) {
            builder.add(HAL_HR, 5, 1, 4);
        }
        builder.add(HAL_TAL, 1, 5, 2);

        CultureProfile profile = CultureProfiles.compute(survey, anAgency(), builder.build());

        assertThat(profile.unit(HAL_TAL).orElseThrow().suppression()).contains(Suppression.BELOW_THRESHOLD);
        assertThat(profile.unit(HAL_HR).orElseThrow().suppression()).contains(Suppression.COMPLEMENTARY);
        assertThat(profile.audience().respondents()).contains(5);
        assertThat(profile.audience().score("A").orElseThrow().mean()).isEqualByComparingTo("4.2");
    }
}
