package org.learningmentor.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.ResponseId;
import org.learningmentor.core.common.SurveyId;
import org.learningmentor.core.organization.OrgUnit;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.survey.Instrument;
import org.learningmentor.core.survey.Instruments;
import org.learningmentor.core.survey.ResponseToken;
import org.learningmentor.core.survey.Survey;
import org.learningmentor.core.survey.SurveyPurpose;
import org.learningmentor.core.survey.SurveyResponse;

/**
 * Seeded survey data for {@link CultureProfileBenchmark}: an organization whose units form a random
 * tree under one top unit, a survey of the default instrument over the whole tree, and responses
 * with random answers from random units, both as the SDK's {@link SurveyResponse}s and as the
 * primitive arrays of the {@link PrimitiveProfile} baseline.
 */
final class SurveyData {

    final Organization organization;
    final Survey survey;
    final List<SurveyResponse> responses;
    final PrimitiveProfile baseline;
    /** The units in the baseline's index order. */
    final List<OrgUnitId> unitIds;

    private SurveyData(
            Organization organization,
            Survey survey,
            List<SurveyResponse> responses,
            PrimitiveProfile baseline,
            List<OrgUnitId> unitIds) {
        this.organization = organization;
        this.survey = survey;
        this.responses = responses;
        this.baseline = baseline;
        this.unitIds = unitIds;
    }

    static SurveyData generate(long seed, int unitCount, int responseCount) {
        SplittableRandom random = new SplittableRandom(seed);
        OrganizationId organizationId = OrganizationId.of(new UUID(seed, 1));
        List<OrgUnit> units = new ArrayList<>(unitCount);
        int[] parent = new int[unitCount];
        for (int i = 0; i < unitCount; i++) {
            parent[i] = i == 0 ? -1 : random.nextInt(i);
            units.add(OrgUnit.builder()
                    .id(OrgUnitId.of(new UUID(seed, 1000 + i)))
                    .code(String.format("U%05d", i))
                    .name(LocalizedText.of(Language.EN, "Unit " + i))
                    .parentId(
                            i == 0
                                    ? Optional.empty()
                                    : Optional.of(units.get(parent[i]).id()))
                    .build());
        }
        Organization organization = Organization.builder()
                .id(organizationId)
                .name(LocalizedText.of(Language.EN, "Benchmark agency"))
                .addLanguages(Language.FI)
                .addAllUnits(units)
                .build();
        Person hr = Person.builder()
                .id(PersonId.of(new UUID(seed, 2)))
                .organizationId(organizationId)
                .unitId(units.get(0).id())
                .displayName("HR")
                .email("hr@example.fi")
                .addRoles(Role.HR)
                .language(Language.FI)
                .build();
        Instrument instrument = Instruments.defaultInstrument();
        Survey survey = Survey.open(
                        SurveyId.of(new UUID(seed, 3)),
                        organization,
                        ProgramId.of(new UUID(seed, 4)),
                        instrument,
                        SurveyPurpose.BASELINE,
                        List.of(units.get(0).id()),
                        hr,
                        Instant.parse("2026-03-02T07:00:00Z"))
                .state();

        int items = instrument.items().size();
        int[] unitOfResponse = new int[responseCount];
        byte[] answers = new byte[responseCount * items];
        List<SurveyResponse> responses = new ArrayList<>(responseCount);
        LocalDate day = LocalDate.of(2026, 3, 3);
        Map<String, Integer> given = new LinkedHashMap<>();
        for (int r = 0; r < responseCount; r++) {
            int unit = random.nextInt(unitCount);
            unitOfResponse[r] = unit;
            given.clear();
            for (int i = 0; i < items; i++) {
                int point = 1 + random.nextInt(instrument.scale().points());
                answers[r * items + i] = (byte) point;
                given.put(instrument.items().get(i).code(), point);
            }
            responses.add(survey.acceptResponse(
                    ResponseId.of(new UUID(random.nextLong(), random.nextLong())),
                    token(r),
                    units.get(unit).id(),
                    given,
                    organization,
                    digest -> false,
                    day));
        }
        int[] dimensionOf = new int[items];
        boolean[] reverse = new boolean[items];
        Map<String, Integer> dimensionIndex = new HashMap<>();
        for (int d = 0; d < instrument.dimensions().size(); d++) {
            dimensionIndex.put(instrument.dimensions().get(d).code(), d);
        }
        for (int i = 0; i < items; i++) {
            dimensionOf[i] = dimensionIndex.get(instrument.items().get(i).dimension());
            reverse[i] = instrument.items().get(i).reverseKeyed();
        }
        PrimitiveProfile baseline = new PrimitiveProfile(
                parent,
                unitOfResponse,
                answers,
                items,
                dimensionOf,
                reverse,
                instrument.dimensions().size(),
                instrument.scale().points());
        return new SurveyData(
                organization,
                survey,
                responses,
                baseline,
                units.stream().map(OrgUnit::id).toList());
    }

    /** A distinct, well-formed token per response: 22 or more URL-safe characters. */
    private static ResponseToken token(int n) {
        String digits = Integer.toString(n, 36);
        return ResponseToken.parse("benchmark-token-" + "000000".substring(digits.length()) + digits);
    }
}
