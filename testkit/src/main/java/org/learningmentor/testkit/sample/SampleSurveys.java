package org.learningmentor.testkit.sample;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.learningmentor.core.common.IdGenerator;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.ResponseId;
import org.learningmentor.core.common.SurveyId;
import org.learningmentor.core.organization.OrgUnit;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.survey.Instrument;
import org.learningmentor.core.survey.Instruments;
import org.learningmentor.core.survey.Item;
import org.learningmentor.core.survey.ResponseToken;
import org.learningmentor.core.survey.Survey;
import org.learningmentor.core.survey.SurveyPurpose;
import org.learningmentor.core.survey.SurveyResponse;

/**
 * A seeded generator of learning-culture surveys of a {@linkplain SampleData sample organization}
 * and of their anonymous responses, made with the model's commands ({@link Survey#open} with {@link
 * Instruments#defaultInstrument()}, {@link Survey#acceptResponse}). The same inputs and seed always
 * give the same survey or response, ids and tokens included.
 *
 * <pre>{@code
 * SampleOrganization agency = SampleData.organization(2026, 300);
 * Survey survey = SampleSurveys.survey(agency, programId, SurveyPurpose.BASELINE, 1);
 * SurveyResponse response = SampleSurveys.response(agency, survey, SampleSurveys.token(42), 42);
 * }</pre>
 *
 * <p>The survey asks the whole agency (its root units), opened by the first HR person in March
 * 2026. A response comes from the unit of a person drawn by the seed, answers every item of the
 * instrument, mostly in the upper middle of the scale as in a real baseline, and is dated in March
 * 2026.
 */
public final class SampleSurveys {

    private static final Instant OPENED = Instant.parse("2026-03-02T07:00:00Z");

    private SampleSurveys() {}

    /**
     * Generates an open survey of the programme with the default instrument, asking the whole agency.
     *
     * @param agency the organization, not null
     * @param programId the programme, not null
     * @param purpose why the survey is run, not null
     * @param seed any value; the same inputs and seed give the same survey
     * @return the open survey, version 0, never null
     */
    public static Survey survey(SampleOrganization agency, ProgramId programId, SurveyPurpose purpose, long seed) {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(purpose, "purpose");
        SplittableRandom random = new SplittableRandom(seed);
        IdGenerator ids = IdGenerator.seeded(random.nextLong());
        List<OrgUnit> roots = agency.organization().units().stream()
                .filter(OrgUnit::isTopLevel)
                .filter(OrgUnit::isActive)
                .toList();
        Person hr = agency.withRole(Role.HR).get(0);
        return Survey.open(
                        SurveyId.next(ids),
                        agency.organization(),
                        programId,
                        Instruments.defaultInstrument(),
                        purpose,
                        roots.stream().map(OrgUnit::id).toList(),
                        hr,
                        OPENED.plus(Duration.ofMinutes(random.nextInt(600))))
                .state();
    }

    /**
     * Returns a token made from the seed: 43 URL-safe Base64 characters, like {@link
     * ResponseToken#random}'s, but repeatable. For tests only: real tokens are random.
     *
     * @param seed any value; different seeds give different tokens
     * @return the token, never null
     */
    public static ResponseToken token(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ByteBuffer bytes = ByteBuffer.allocate(32);
        for (int i = 0; i < 4; i++) {
            bytes.putLong(random.nextLong());
        }
        return ResponseToken.parse(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array()));
    }

    /**
     * Generates one anonymous response to the survey with the token, as if no token had been used.
     *
     * @param agency the survey's organization, not null
     * @param survey the survey, open, not null
     * @param token the respondent's token, not null
     * @param seed any value; the same inputs and seed give the same response
     * @return the response, never null
     */
    public static SurveyResponse response(SampleOrganization agency, Survey survey, ResponseToken token, long seed) {
        return response(agency, survey, token, digest -> false, seed);
    }

    /**
     * Generates one anonymous response to the survey with the token, asking the store whether the
     * token was used.
     *
     * @param agency the survey's organization, not null
     * @param survey the survey, open, not null
     * @param token the respondent's token, not null
     * @param tokenUsed whether a token digest was used for the survey, not null
     * @param seed any value; the same inputs and seed give the same response
     * @return the response, never null
     * @throws org.learningmentor.core.survey.SurveyRuleException when the token was used
     */
    public static SurveyResponse response(
            SampleOrganization agency, Survey survey, ResponseToken token, Predicate<String> tokenUsed, long seed) {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(survey, "survey");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(tokenUsed, "tokenUsed");
        SplittableRandom random = new SplittableRandom(seed);
        List<Person> people = agency.people();
        Person respondent = people.get(random.nextInt(people.size()));
        Instrument instrument = survey.instrument();
        int points = instrument.scale().points();
        int typical = (points + 1) / 2 + 1;
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (Item item : instrument.items()) {
            int answer = typical + random.nextInt(3) - 1;
            answers.put(item.code(), Math.max(1, Math.min(points, answer)));
        }
        LocalDate on = LocalDate.ofInstant(survey.openedAt(), ZoneOffset.UTC).plusDays(random.nextInt(14));
        return survey.acceptResponse(
                ResponseId.next(IdGenerator.seeded(random.nextLong())),
                token,
                respondent.unitId(),
                answers,
                agency.organization(),
                tokenUsed,
                on);
    }
}
