package org.learningmentor.core.organization;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PersonId;

/**
 * Fixtures of the organization aggregate: a small fictional bilingual state agency, the Finnish
 * Archipelago Agency (Saaristovirasto / Skärgårdsverket), and its unit tree.
 *
 * <pre>
 * HAL          Hallinto / Förvaltning / Administration
 *   HAL-HR       Henkilöstöpalvelut / Personaltjänster / Human Resources
 *   HAL-TAL      Talous / Ekonomi / Finance
 * PAL          Palvelut / Tjänster / Services
 *   PAL-ASI      Asiakaspalvelu / Kundtjänst / Customer Service
 *     PAL-ASI-TKU  Turun palvelupiste / Servicepunkten i Åbo / Turku Service Point
 *   PAL-LUP      Lupapalvelut / Tillståndstjänster / Permit Services
 * TIE          Tietohallinto / Informationsförvaltning / Information Management
 *   TIE-ARK      Arkisto / Arkiv / Archives                                  (closed)
 * </pre>
 */
final class OrganizationFixtures {

    static final OrganizationId AGENCY = OrganizationId.parse("5a4e1c3b-7d2f-4e8a-9b61-0c3f5d7e9a01");
    static final PersonId HR_COORDINATOR = PersonId.parse("0b7c2d4e-1f3a-4b5c-8d6e-7f8091a2b3c4");
    static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    static final OrgUnitId HALLINTO = unitId(1);
    static final OrgUnitId HENKILOSTO = unitId(2);
    static final OrgUnitId TALOUS = unitId(3);
    static final OrgUnitId PALVELUT = unitId(4);
    static final OrgUnitId ASIAKASPALVELU = unitId(5);
    static final OrgUnitId TURKU = unitId(6);
    static final OrgUnitId LUPAPALVELUT = unitId(7);
    static final OrgUnitId TIETOHALLINTO = unitId(8);
    static final OrgUnitId ARKISTO = unitId(9);
    /** An id no unit of the agency has. */
    static final OrgUnitId NOWHERE = unitId(99);

    private OrganizationFixtures() {}

    static OrgUnitId unitId(int n) {
        return OrgUnitId.parse(String.format("c0ffee00-0000-4000-8000-%012d", n));
    }

    static LocalizedText anAgencyName() {
        return LocalizedText.of("Saaristovirasto", "Skärgårdsverket", "Finnish Archipelago Agency");
    }

    /** The agency with its whole tree, the default template set and the default threshold. */
    static Organization anAgency() {
        return Organization.builder()
                .id(AGENCY)
                .name(anAgencyName())
                .addLanguages(Language.FI, Language.SV, Language.EN)
                .settings(OrganizationSettings.builder()
                        .defaultTemplate("oppimismentorointi")
                        .build())
                .addAllUnits(theAgencyUnits())
                .build();
    }

    /** The agency before any unit was added. */
    static Organization anEmptyAgency() {
        return Organization.create(AGENCY, anAgencyName(), List.of(Language.FI, Language.SV, Language.EN));
    }

    static List<OrgUnit> theAgencyUnits() {
        return List.of(
                aUnit(HALLINTO, "HAL", "Hallinto", "Förvaltning", "Administration", null),
                aUnit(HENKILOSTO, "HAL-HR", "Henkilöstöpalvelut", "Personaltjänster", "Human Resources", HALLINTO),
                aUnit(TALOUS, "HAL-TAL", "Talous", "Ekonomi", "Finance", HALLINTO),
                aUnit(PALVELUT, "PAL", "Palvelut", "Tjänster", "Services", null),
                aUnit(ASIAKASPALVELU, "PAL-ASI", "Asiakaspalvelu", "Kundtjänst", "Customer Service", PALVELUT),
                aUnit(
                        TURKU,
                        "PAL-ASI-TKU",
                        "Turun palvelupiste",
                        "Servicepunkten i Åbo",
                        "Turku Service Point",
                        ASIAKASPALVELU),
                aUnit(LUPAPALVELUT, "PAL-LUP", "Lupapalvelut", "Tillståndstjänster", "Permit Services", PALVELUT),
                aUnit(TIETOHALLINTO, "TIE", "Tietohallinto", "Informationsförvaltning", "Information Management", null),
                OrgUnit.builder()
                        .id(ARKISTO)
                        .code("TIE-ARK")
                        .name(LocalizedText.of("Arkisto", "Arkiv", "Archives"))
                        .parentId(TIETOHALLINTO)
                        .status(UnitStatus.CLOSED)
                        .build());
    }

    static OrgUnit aUnit(OrgUnitId id, String code, String fi, String sv, String en, OrgUnitId parent) {
        return OrgUnit.builder()
                .id(id)
                .code(code)
                .name(LocalizedText.of(fi, sv, en))
                .parentId(Optional.ofNullable(parent))
                .build();
    }

    /** An active unit with the id and code, named after its code, under the parent or at the top. */
    static OrgUnit anyUnit(OrgUnitId id, String code, OrgUnitId parent) {
        return OrgUnit.builder()
                .id(id)
                .code(code)
                .name(aName(code))
                .parentId(Optional.ofNullable(parent))
                .build();
    }

    static OrgUnit aClosedUnit(OrgUnitId id, String code, OrgUnitId parent) {
        return OrgUnit.builder()
                .id(id)
                .code(code)
                .name(aName(code))
                .parentId(Optional.ofNullable(parent))
                .status(UnitStatus.CLOSED)
                .build();
    }

    static LocalizedText aName(String text) {
        return LocalizedText.of(Language.FI, text);
    }

    /** An organization with exactly these units; throws when they break a structural rule. */
    static Organization anAgencyWith(OrgUnit... units) {
        return Organization.builder()
                .id(AGENCY)
                .name(anAgencyName())
                .addLanguages(Language.FI)
                .addUnits(units)
                .build();
    }
}
