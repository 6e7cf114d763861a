package org.learningmentor.core.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.ResponseId;
import org.learningmentor.core.common.SurveyId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.organization.OrgUnit;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.organization.OrganizationSettings;
import org.learningmentor.core.organization.UnitStatus;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;

/** Fixtures of surveys: an agency with a small unit tree, people, surveys, tokens and answers. */
final class SurveyFixtures {

    static final OrganizationId AGENCY = OrganizationId.of(uuid(0xa1));
    static final OrganizationId OTHER_AGENCY = OrganizationId.of(uuid(0xa2));

    /** The agency: VIRASTO over HAL (HAL-HR, HAL-TAL) and PAL (PAL-ASP); MUU and the closed ARK beside it. */
    static final OrgUnitId VIRASTO = OrgUnitId.of(uuid(0xb0));

    static final OrgUnitId HAL = OrgUnitId.of(uuid(0xb1));
    static final OrgUnitId HAL_HR = OrgUnitId.of(uuid(0xb2));
    static final OrgUnitId HAL_TAL = OrgUnitId.of(uuid(0xb3));
    static final OrgUnitId PAL = OrgUnitId.of(uuid(0xb4));
    static final OrgUnitId PAL_ASP = OrgUnitId.of(uuid(0xb5));
    static final OrgUnitId MUU = OrgUnitId.of(uuid(0xb6));
    static final OrgUnitId ARK = OrgUnitId.of(uuid(0xb7));
    static final OrgUnitId NOWHERE = OrgUnitId.of(uuid(0xbf));

    static final ProgramId PROGRAM = ProgramId.of(uuid(0xd1));
    static final SurveyId SURVEY = SurveyId.of(uuid(0xe1));
    static final SurveyId FOLLOW_UP = SurveyId.of(uuid(0xe2));

    static final Instant T0 = Instant.parse("2026-03-02T07:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 3, 3);

    static final Person HR = person(0xc1, AGENCY, Role.HR);
    static final Person OUTSIDER = person(0xc2, OTHER_AGENCY, Role.HR);

    static final Predicate<String> NONE_USED = digest -> false;

    private SurveyFixtures() {}

    static UUID uuid(int n) {
        return UUID.fromString(String.format("3c9d1e2f-0000-4000-8000-%012x", n));
    }

    static Person person(int n, OrganizationId organization, Role role) {
        return Person.builder()
                .id(PersonId.of(uuid(n)))
                .organizationId(organization)
                .unitId(HAL)
                .displayName("Person " + n)
                .email("person" + n + "@example.fi")
                .addRoles(role, Role.EMPLOYEE)
                .language(Language.FI)
                .build();
    }

    static OrgUnit unit(OrgUnitId id, String code, OrgUnitId parent) {
        return OrgUnit.builder()
                .id(id)
                .code(code)
                .name(LocalizedText.of(Language.EN, code))
                .parentId(Optional.ofNullable(parent))
                .build();
    }

    static Organization anAgency() {
        return anAgencyWithThreshold(OrganizationSettings.MIN_ANONYMITY_THRESHOLD);
    }

    static Organization anAgencyWithThreshold(int threshold) {
        return Organization.builder()
                .id(AGENCY)
                .name(LocalizedText.of("Saaristovirasto", "Skärgårdsverket", "Archipelago Agency"))
                .addLanguages(Language.FI, Language.SV, Language.EN)
                .settings(OrganizationSettings.builder()
                        .anonymityThreshold(threshold)
                        .build())
                .addUnits(
                        unit(VIRASTO, "VIRASTO", null),
                        unit(HAL, "HAL", VIRASTO),
                        unit(HAL_HR, "HAL-HR", HAL),
                        unit(HAL_TAL, "HAL-TAL", HAL),
                        unit(PAL, "PAL", VIRASTO),
                        unit(PAL_ASP, "PAL-ASP", PAL),
                        unit(MUU, "MUU", null),
                        OrgUnit.builder()
                                .id(ARK)
                                .code("ARK")
                                .name(LocalizedText.of(Language.EN, "Archive"))
                                .status(UnitStatus.CLOSED)
                                .build())
                .build();
    }

    /** An open baseline survey of the default instrument over VIRASTO's subtree. */
    static Survey anOpenSurvey() {
        return anOpenSurvey(SURVEY, Instruments.defaultInstrument(), List.of(VIRASTO));
    }

    static Survey anOpenSurvey(SurveyId id, Instrument instrument, List<OrgUnitId> audience) {
        return Survey.open(id, anAgency(), PROGRAM, instrument, SurveyPurpose.BASELINE, audience, HR, T0)
                .state();
    }

    static Survey aClosedSurvey() {
        return anOpenSurvey().close(HR, T0.plusSeconds(14 * 86_400)).state();
    }

    /** A tiny instrument: dimension A with items A1, A2 (A2 reverse keyed), dimension B with B1; 5 points. */
    static Instrument aSmallInstrument() {
        return Instrument.builder()
                .code("SMALL")
                .name(LocalizedText.of(Language.EN, "Small"))
                .addDimensions(Dimension.of("A", LocalizedText.of(Language.EN, "A")))
                .addDimensions(Dimension.of("B", LocalizedText.of(Language.EN, "B")))
                .addItems(Item.of("A1", "A", LocalizedText.of(Language.EN, "a one"), false))
                .addItems(Item.of("A2", "A", LocalizedText.of(Language.EN, "a two"), true))
                .addItems(Item.of("B1", "B", LocalizedText.of(Language.EN, "b one"), false))
                .scale(aScale(5))
                .build();
    }

    static AnswerScale aScale(int points) {
        return AnswerScale.of(java.util.stream.IntStream.rangeClosed(1, points)
                .mapToObj(p -> LocalizedText.of(Language.EN, "point " + p))
                .toList());
    }

    /** A token whose text is {@code n} repeated to 43 characters of a fixed pattern. */
    static ResponseToken aToken(int n) {
        return ResponseToken.parse(String.format("tok%040d", n));
    }

    static ResponseId responseId(int n) {
        return ResponseId.of(uuid(0x10000 + n));
    }

    /** Every item of the instrument answered with the same point. */
    static Map<String, Integer> allAnswered(Instrument instrument, int point) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        instrument.items().forEach(item -> answers.put(item.code(), point));
        return answers;
    }

    static Map<String, Integer> answers(Object... codesAndPoints) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (int i = 0; i < codesAndPoints.length; i += 2) {
            answers.put((String) codesAndPoints[i], (Integer) codesAndPoints[i + 1]);
        }
        return answers;
    }

    static SurveyResponse aResponse(Survey survey, int n, OrgUnitId unit, Map<String, Integer> answers) {
        return survey.acceptResponse(responseId(n), aToken(n), unit, answers, anAgency(), NONE_USED, DAY);
    }

    static List<String> codesAndPaths(ValidationException e) {
        return e.violations().stream().map(v -> v.code() + "@" + v.path()).toList();
    }

    static List<String> codesAndPaths(SurveyRuleException e) {
        return e.violations().stream().map(v -> v.code() + "@" + v.path()).toList();
    }
}
