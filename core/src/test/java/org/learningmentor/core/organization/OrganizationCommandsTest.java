package org.learningmentor.core.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.learningmentor.core.organization.OrganizationFixtures.AGENCY;
import static org.learningmentor.core.organization.OrganizationFixtures.ARKISTO;
import static org.learningmentor.core.organization.OrganizationFixtures.ASIAKASPALVELU;
import static org.learningmentor.core.organization.OrganizationFixtures.AT;
import static org.learningmentor.core.organization.OrganizationFixtures.HALLINTO;
import static org.learningmentor.core.organization.OrganizationFixtures.HENKILOSTO;
import static org.learningmentor.core.organization.OrganizationFixtures.HR_COORDINATOR;
import static org.learningmentor.core.organization.OrganizationFixtures.LUPAPALVELUT;
import static org.learningmentor.core.organization.OrganizationFixtures.NOWHERE;
import static org.learningmentor.core.organization.OrganizationFixtures.PALVELUT;
import static org.learningmentor.core.organization.OrganizationFixtures.TALOUS;
import static org.learningmentor.core.organization.OrganizationFixtures.TIETOHALLINTO;
import static org.learningmentor.core.organization.OrganizationFixtures.TURKU;
import static org.learningmentor.core.organization.OrganizationFixtures.aName;
import static org.learningmentor.core.organization.OrganizationFixtures.anAgency;
import static org.learningmentor.core.organization.OrganizationFixtures.anAgencyName;
import static org.learningmentor.core.organization.OrganizationFixtures.unitId;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.DomainRuleException;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violation;

/**
 * The commands: the unit-tree commands and those on the organization's own fields; what each does,
 * the one event it emits, and every rule that refuses it.
 */
class OrganizationCommandsTest {

    private static final OrgUnitId VIESTINTA = unitId(10);
    private static final LocalizedText VIESTINTA_NAME =
            LocalizedText.of("Viestintä", "Kommunikation", "Communications");

    private final Organization agency = anAgency();

    // ------------------------------------------------------------------ addUnit

    @Test
    void addUnitUnderAnActiveUnitThenAppendsItAndEmitsUnitAdded() {
        Change<Organization> change =
                agency.addUnit(VIESTINTA, "HAL-VIE", VIESTINTA_NAME, Optional.of(HALLINTO), HR_COORDINATOR, AT);

        Organization next = change.state();
        assertThat(next.units()).hasSize(10);
        assertThat(next.units().get(9)).satisfies(unit -> {
            assertThat(unit.id()).isEqualTo(VIESTINTA);
            assertThat(unit.code()).isEqualTo("HAL-VIE");
            assertThat(unit.name()).isEqualTo(VIESTINTA_NAME);
            assertThat(unit.parentId()).contains(HALLINTO);
            assertThat(unit.isActive()).isTrue();
        });
        assertThat(next.children(HALLINTO)).extracting(OrgUnit::id).containsExactly(HENKILOSTO, TALOUS, VIESTINTA);
        assertThat(change.events())
                .containsExactly(UnitAdded.builder()
                        .organizationId(AGENCY)
                        .actor(HR_COORDINATOR)
                        .occurredAt(AT)
                        .unitId(VIESTINTA)
                        .code("HAL-VIE")
                        .name(VIESTINTA_NAME)
                        .parentId(HALLINTO)
                        .build());
    }

    @Test
    void addUnitWithoutParentThenAddsATopLevelUnit() {
        Change<Organization> change =
                agency.addUnit(VIESTINTA, "VIE", VIESTINTA_NAME, Optional.empty(), HR_COORDINATOR, AT);

        assertThat(change.state().topLevelUnits()).extracting(OrgUnit::id).endsWith(VIESTINTA);
        assertThat(change.events())
                .singleElement()
                .isInstanceOfSatisfying(
                        UnitAdded.class, event -> assertThat(event.parentId()).isEmpty());
    }

    @Test
    void addUnitWhenTheIdIsTakenThenRefusesWithIdDuplicate() {
        assertRefused(
                () -> agency.addUnit(TALOUS, "HAL-VIE", VIESTINTA_NAME, Optional.empty(), HR_COORDINATOR, AT),
                Violation.of(OrganizationViolation.UNIT_ID_DUPLICATE, "unitId", TALOUS));
    }

    @Test
    void addUnitWhenTheCodeIsTakenIgnoringCaseThenRefusesWithCodeDuplicate() {
        assertRefused(
                () -> agency.addUnit(VIESTINTA, "hal-hr", VIESTINTA_NAME, Optional.empty(), HR_COORDINATOR, AT),
                Violation.of(OrganizationViolation.UNIT_CODE_DUPLICATE, "code", "hal-hr"));
    }

    @Test
    void addUnitWhenTheCodeIsAClosedUnitsThenRefusesWithCodeDuplicate() {
        assertRefused(
                () -> agency.addUnit(VIESTINTA, "TIE-ARK", VIESTINTA_NAME, Optional.empty(), HR_COORDINATOR, AT),
                Violation.of(OrganizationViolation.UNIT_CODE_DUPLICATE, "code", "TIE-ARK"));
    }

    @Test
    void addUnitUnderAnUnknownParentThenRefusesAsAnOrphan() {
        assertRefused(
                () -> agency.addUnit(VIESTINTA, "VIE", VIESTINTA_NAME, Optional.of(NOWHERE), HR_COORDINATOR, AT),
                Violation.of(OrganizationViolation.PARENT_UNKNOWN, "parentId", NOWHERE));
    }

    @Test
    void addUnitUnderItselfThenRefusesAsAnOrphanBecauseItDoesNotExistYet() {
        assertRefused(
                () -> agency.addUnit(VIESTINTA, "VIE", VIESTINTA_NAME, Optional.of(VIESTINTA), HR_COORDINATOR, AT),
                Violation.of(OrganizationViolation.PARENT_UNKNOWN, "parentId", VIESTINTA));
    }

    @Test
    void addUnitUnderAClosedUnitThenRefusesWithParentClosed() {
        assertRefused(
                () -> agency.addUnit(VIESTINTA, "VIE", VIESTINTA_NAME, Optional.of(ARKISTO), HR_COORDINATOR, AT),
                Violation.of(OrganizationViolation.PARENT_CLOSED, "parentId", ARKISTO));
    }

    @Test
    void addUnitWhenSeveralRulesAreBrokenThenListsEachOne() {
        assertRefused(
                () -> agency.addUnit(TALOUS, "pal", VIESTINTA_NAME, Optional.of(NOWHERE), HR_COORDINATOR, AT),
                Violation.of(OrganizationViolation.UNIT_ID_DUPLICATE, "unitId", TALOUS),
                Violation.of(OrganizationViolation.UNIT_CODE_DUPLICATE, "code", "pal"),
                Violation.of(OrganizationViolation.PARENT_UNKNOWN, "parentId", NOWHERE));
    }

    @Test
    void addUnitWhenTheCodeIsMalformedThenThrowsValidationExceptionNotARefusal() {
        assertThatThrownBy(() ->
                        agency.addUnit(VIESTINTA, "HAL VIE", VIESTINTA_NAME, Optional.of(HALLINTO), HR_COORDINATOR, AT))
                .isExactlyInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .containsExactly(Violation.of(OrganizationViolation.UNIT_CODE_MALFORMED, "code", "HAL VIE")));
    }

    // ------------------------------------------------------------------ renameUnit

    @Test
    void renameUnitThenRenamesItInPlaceAndEmitsUnitRenamedWithThePreviousName() {
        LocalizedText previous = agency.unit(TALOUS).orElseThrow().name();
        LocalizedText renamed = LocalizedText.of("Talouspalvelut", "Ekonomitjänster", "Financial Services");

        Change<Organization> change = agency.renameUnit(TALOUS, renamed, HR_COORDINATOR, AT);

        assertThat(change.state().units().get(2).name()).isEqualTo(renamed);
        assertThat(change.state().units().get(2).id()).isEqualTo(TALOUS);
        assertThat(change.state().withUnits(agency.units()))
                .as("nothing else changed")
                .isEqualTo(agency);
        assertThat(change.events())
                .containsExactly(UnitRenamed.builder()
                        .organizationId(AGENCY)
                        .actor(HR_COORDINATOR)
                        .occurredAt(AT)
                        .unitId(TALOUS)
                        .previousName(previous)
                        .name(renamed)
                        .build());
    }

    @Test
    void renameUnitWhenTheUnitIsUnknownThenRefusesWithUnknown() {
        assertRefused(
                () -> agency.renameUnit(NOWHERE, VIESTINTA_NAME, HR_COORDINATOR, AT),
                Violation.of(OrganizationViolation.UNIT_UNKNOWN, "unitId", NOWHERE));
    }

    @Test
    void renameUnitWhenTheUnitIsClosedThenRefusesWithClosed() {
        assertRefused(
                () -> agency.renameUnit(ARKISTO, VIESTINTA_NAME, HR_COORDINATOR, AT),
                Violation.of(OrganizationViolation.UNIT_CLOSED, "unitId", ARKISTO));
    }

    @Test
    void renameUnitToTheNameItHasThenRefusesWithNameUnchanged() {
        LocalizedText same = LocalizedText.of("Talous", "Ekonomi", "Finance");

        assertRefused(
                () -> agency.renameUnit(TALOUS, same, HR_COORDINATOR, AT),
                Violation.of(OrganizationViolation.NAME_UNCHANGED, "name", TALOUS));
    }

    @Test
    void renameUnitWithOneTranslationFewerIsARealRename() {
        LocalizedText finnishOnly = LocalizedText.of(Language.FI, "Talous");

        assertThat(agency.renameUnit(TALOUS, finnishOnly, HR_COORDINATOR, AT).events())
                .hasSize(1);
    }

    @Test
    void renameUnitWhenANameTranslationIsTooLongThenThrowsValidationException() {
        assertThatThrownBy(() ->
                        agency.renameUnit(TALOUS, LocalizedText.of(Language.EN, "F".repeat(255)), HR_COORDINATOR, AT))
                .isExactlyInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .containsExactly(Violation.of("common.text.too-long", "name.en", 254, 255)));
    }

    // ------------------------------------------------------------------ moveUnit

    @Test
    void moveUnitThenMovesItWithItsSubtreeAndEmitsUnitMoved() {
        Change<Organization> change = agency.moveUnit(ASIAKASPALVELU, Optional.of(HALLINTO), HR_COORDINATOR, AT);

        Organization next = change.state();
        assertThat(next.children(HALLINTO)).extracting(OrgUnit::id).containsExactly(HENKILOSTO, TALOUS, ASIAKASPALVELU);
        assertThat(next.children(PALVELUT)).extracting(OrgUnit::id).containsExactly(LUPAPALVELUT);
        assertThat(next.path(TURKU)).extracting(OrgUnit::code).containsExactly("HAL", "PAL-ASI", "PAL-ASI-TKU");
        assertThat(next.units().get(4).id())
                .as("it keeps its place in the list")
                .isEqualTo(ASIAKASPALVELU);
        assertThat(change.events())
                .containsExactly(UnitMoved.builder()
                        .organizationId(AGENCY)
                        .actor(HR_COORDINATOR)
                        .occurredAt(AT)
                        .unitId(ASIAKASPALVELU)
                        .previousParentId(PALVELUT)
                        .parentId(HALLINTO)
                        .build());
    }

    @Test
    void moveUnitToTheTopLevelThenItHasNoParent() {
        Change<Organization> change = agency.moveUnit(TURKU, Optional.empty(), HR_COORDINATOR, AT);

        assertThat(change.state().unit(TURKU).orElseThrow().isTopLevel()).isTrue();
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(UnitMoved.class, event -> {
            assertThat(event.previousParentId()).contains(ASIAKASPALVELU);
            assertThat(event.parentId()).isEmpty();
        });
    }

    @Test
    void moveUnitWhenTheUnitIsUnknownThenRefusesWithUnknown() {
        assertRefused(
                () -> agency.moveUnit(NOWHERE, Optional.of(HALLINTO), HR_COORDINATOR, AT),
                Violation.of(OrganizationViolation.UNIT_UNKNOWN, "unitId", NOWHERE));
    }

    @Test
    void moveUnitUnderItselfThenRefusesWithCycle() {
        assertRefused(
                () -> agency.moveUnit(PALVELUT, Optional.of(PALVELUT), HR_COORDINATOR, AT),
                Violation.of(OrganizationViolation.CYCLE, "parentId", PALVELUT, PALVELUT));
    }

    @Test
    void moveUnitWhenTheTargetIsADescendantThenRefusesWithCycle() {
        UnitTreeException refusal = assertRefused(
                () -> agency.moveUnit(PALVELUT, Optional.of(TURKU), HR_COORDINATOR, AT),
                Violation.of(OrganizationViolation.CYCLE, "parentId", PALVELUT, TURKU));

        assertThat(refusal)
                .hasMessage("Unit " + PALVELUT + " cannot be moved under " + TURKU + ": placing unit " + PALVELUT
                        + " under " + TURKU + " would create a cycle in the unit tree");
        assertThat(refusal.unitId()).isEqualTo(PALVELUT);
    }

    @Test
    void moveUnitUnderAnUnknownParentThenRefusesAsAnOrphan() {
        assertRefused(
                () -> agency.moveUnit(TURKU, Optional.of(NOWHERE), HR_COORDINATOR, AT),
                Violation.of(OrganizationViolation.PARENT_UNKNOWN, "parentId", NOWHERE));
    }

    @Test
    void moveUnitUnderAClosedUnitThenRefusesWithParentClosed() {
        assertRefused(
                () -> agency.moveUnit(TURKU, Optional.of(ARKISTO), HR_COORDINATOR, AT),
                Violation.of(OrganizationViolation.PARENT_CLOSED, "parentId", ARKISTO));
    }

    @Test
    void moveUnitWhenTheUnitIsClosedThenRefusesWithClosed() {
        assertRefused(
                () -> agency.moveUnit(ARKISTO, Optional.of(HALLINTO), HR_COORDINATOR, AT),
                Violation.of(OrganizationViolation.UNIT_CLOSED, "unitId", ARKISTO));
    }

    @Test
    void moveUnitToTheParentItHasThenRefusesWithParentUnchanged() {
        assertRefused(
                () -> agency.moveUnit(TURKU, Optional.of(ASIAKASPALVELU), HR_COORDINATOR, AT),
                Violation.of(OrganizationViolation.PARENT_UNCHANGED, "parentId", TURKU));
        assertRefused(
                () -> agency.moveUnit(PALVELUT, Optional.empty(), HR_COORDINATOR, AT),
                Violation.of(OrganizationViolation.PARENT_UNCHANGED, "parentId", PALVELUT));
    }

    @Test
    void moveUnitWhenSeveralRulesAreBrokenThenListsEachOne() {
        assertRefused(
                () -> agency.moveUnit(TIETOHALLINTO, Optional.of(ARKISTO), HR_COORDINATOR, AT),
                Violation.of(OrganizationViolation.CYCLE, "parentId", TIETOHALLINTO, ARKISTO),
                Violation.of(OrganizationViolation.PARENT_CLOSED, "parentId", ARKISTO));
    }

    // ------------------------------------------------------------------ closeUnit

    @Test
    void closeUnitThenClosesItInPlaceKeepsItsCodeTakenAndEmitsUnitClosed() {
        Change<Organization> change = agency.closeUnit(TURKU, HR_COORDINATOR, AT);

        Organization next = change.state();
        assertThat(next.unit(TURKU).orElseThrow().status()).isEqualTo(UnitStatus.CLOSED);
        assertThat(next.unitByCode("PAL-ASI-TKU")).isPresent();
        assertThat(next.activeUnits()).hasSize(7);
        assertThat(change.events())
                .containsExactly(UnitClosed.builder()
                        .organizationId(AGENCY)
                        .actor(HR_COORDINATOR)
                        .occurredAt(AT)
                        .unitId(TURKU)
                        .build());
    }

    @Test
    void closeUnitWhoseChildrenAreAllClosedThenCloses() {
        assertThat(agency.closeUnit(TIETOHALLINTO, HR_COORDINATOR, AT).state().activeUnits())
                .extracting(OrgUnit::id)
                .doesNotContain(TIETOHALLINTO, ARKISTO);
    }

    @Test
    void closeUnitWhenActiveUnitsAreStillUnderItThenRefusesWithActiveChildren() {
        UnitTreeException refusal = assertRefused(
                () -> agency.closeUnit(PALVELUT, HR_COORDINATOR, AT),
                Violation.of(OrganizationViolation.ACTIVE_CHILDREN, "unitId", PALVELUT, 2));

        assertThat(refusal.violations().get(0).message(Locale.forLanguageTag("fi")))
                .isEqualTo("yksikön " + PALVELUT
                        + " alla on vielä toiminnassa olevia alayksiköitä (2); lakkauta tai siirrä ne ensin");
    }

    @Test
    void closeUnitWhenItIsClosedAlreadyThenRefusesWithClosed() {
        assertRefused(
                () -> agency.closeUnit(ARKISTO, HR_COORDINATOR, AT),
                Violation.of(OrganizationViolation.UNIT_CLOSED, "unitId", ARKISTO));
    }

    @Test
    void closeUnitWhenTheUnitIsUnknownThenRefusesWithUnknown() {
        UnitTreeException refusal = assertRefused(
                () -> agency.closeUnit(NOWHERE, HR_COORDINATOR, AT),
                Violation.of(OrganizationViolation.UNIT_UNKNOWN, "unitId", NOWHERE));

        assertThat(refusal).hasMessage("Unit " + NOWHERE + " cannot be closed: unit " + NOWHERE + " does not exist");
    }

    @Test
    void closingAWholeSubtreeBottomUpThenSucceedsStepByStep() {
        Change<Organization> change = agency.closeUnit(TURKU, HR_COORDINATOR, AT)
                .andThen(o -> o.closeUnit(ASIAKASPALVELU, HR_COORDINATOR, AT))
                .andThen(o -> o.closeUnit(LUPAPALVELUT, HR_COORDINATOR, AT))
                .andThen(o -> o.closeUnit(PALVELUT, HR_COORDINATOR, AT));

        assertThat(change.events()).hasSize(4).allMatch(UnitClosed.class::isInstance);
        assertThat(change.state().subtree(PALVELUT)).noneMatch(OrgUnit::isActive);
    }

    // ------------------------------------------------------------------ rename

    @Test
    void renameThenRenamesTheOrganizationAndEmitsOrganizationRenamedWithThePreviousName() {
        LocalizedText renamed = LocalizedText.of("Meri- ja saaristovirasto", "Havs- och skärgårdsverket", "Sea Agency");

        Change<Organization> change = agency.rename(renamed, HR_COORDINATOR, AT);

        assertThat(change.state().name()).isEqualTo(renamed);
        assertThat(change.state().units()).isEqualTo(agency.units());
        assertThat(change.state().settings()).isEqualTo(agency.settings());
        assertThat(change.state().languages()).isEqualTo(agency.languages());
        assertThat(change.events())
                .containsExactly(OrganizationRenamed.builder()
                        .organizationId(AGENCY)
                        .actor(HR_COORDINATOR)
                        .occurredAt(AT)
                        .previousName(anAgencyName())
                        .name(renamed)
                        .build());
    }

    @Test
    void renameToTheNameItHasThenRefusesWithNameUnchanged() {
        OrganizationChangeException refusal = assertChangeRefused(
                () -> agency.rename(anAgencyName(), HR_COORDINATOR, AT),
                Violation.of(OrganizationViolation.ORGANIZATION_NAME_UNCHANGED, "name", AGENCY));

        assertThat(refusal)
                .hasMessage("Organization " + AGENCY + " cannot be renamed: organization " + AGENCY
                        + " already has this name");
    }

    @Test
    void renameWhenATranslationIsTooLongThenThrowsValidationExceptionNotARefusal() {
        assertThatThrownBy(() -> agency.rename(LocalizedText.of(Language.SV, "S".repeat(255)), HR_COORDINATOR, AT))
                .isExactlyInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .containsExactly(Violation.of("common.text.too-long", "name.sv", 254, 255)));
    }

    // ------------------------------------------------------------------ changeSettings

    @Test
    void changeSettingsThenKeepsTheSettingsBeforeAndAfterInSettingsChanged() {
        OrganizationSettings lower = agency.settings().withAnonymityThreshold(3);

        Change<Organization> change = agency.changeSettings(lower, HR_COORDINATOR, AT);

        assertThat(change.state().settings()).isEqualTo(lower);
        assertThat(change.state().units()).isEqualTo(agency.units());
        assertThat(change.events())
                .containsExactly(SettingsChanged.builder()
                        .organizationId(AGENCY)
                        .actor(HR_COORDINATOR)
                        .occurredAt(AT)
                        .previousSettings(agency.settings())
                        .settings(lower)
                        .build());
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(SettingsChanged.class, event -> {
            assertThat(event.previousSettings().anonymityThreshold()).isEqualTo(5);
            assertThat(event.settings().anonymityThreshold()).isEqualTo(3);
            assertThat(event.isAnonymityThresholdLowered()).isTrue();
        });
    }

    @Test
    void changeSettingsThatRaiseTheThresholdOrOnlyChangeTheTemplateDoNotLowerIt() {
        SettingsChanged raised =
                (SettingsChanged) agency.changeSettings(agency.settings().withAnonymityThreshold(8), HR_COORDINATOR, AT)
                        .events()
                        .get(0);
        SettingsChanged template =
                (SettingsChanged) agency.changeSettings(OrganizationSettings.defaults(), HR_COORDINATOR, AT)
                        .events()
                        .get(0);

        assertThat(raised.isAnonymityThresholdLowered()).isFalse();
        assertThat(template.isAnonymityThresholdLowered()).isFalse();
        assertThat(template.settings().defaultTemplate()).isEmpty();
    }

    @Test
    void changeSettingsToEqualSettingsThenRefusesWithSettingsUnchanged() {
        OrganizationSettings equal = OrganizationSettings.builder()
                .defaultTemplate("oppimismentorointi")
                .build();

        assertChangeRefused(
                () -> agency.changeSettings(equal, HR_COORDINATOR, AT),
                Violation.of(OrganizationViolation.SETTINGS_UNCHANGED, "settings", AGENCY));
    }

    // ------------------------------------------------------------------ changeLanguages

    @Test
    void changeLanguagesThenEmitsLanguagesChangedWithTheLanguagesBeforeAndAfter() {
        Change<Organization> change = agency.changeLanguages(List.of(Language.FI, Language.EN), HR_COORDINATOR, AT);

        assertThat(change.state().languages()).containsExactly(Language.FI, Language.EN);
        assertThat(change.events())
                .containsExactly(LanguagesChanged.builder()
                        .organizationId(AGENCY)
                        .actor(HR_COORDINATOR)
                        .occurredAt(AT)
                        .addPreviousLanguages(Language.FI, Language.SV, Language.EN)
                        .addLanguages(Language.FI, Language.EN)
                        .build());
    }

    @Test
    void changeLanguagesToAnotherOrderIsARealChangeOfThePrimaryLanguage() {
        Change<Organization> change =
                agency.changeLanguages(List.of(Language.SV, Language.FI, Language.EN), HR_COORDINATOR, AT);

        assertThat(change.state().primaryLanguage()).isEqualTo(Language.SV);
        assertThat(change.events()).singleElement().isInstanceOf(LanguagesChanged.class);
    }

    @Test
    void changeLanguagesToTheSameListThenRefusesWithLanguagesUnchanged() {
        assertChangeRefused(
                () -> agency.changeLanguages(
                        new ArrayList<>(List.of(Language.FI, Language.SV, Language.EN)), HR_COORDINATOR, AT),
                Violation.of(OrganizationViolation.LANGUAGES_UNCHANGED, "languages", AGENCY));
    }

    @Test
    void changeLanguagesWhenEmptyOrRepeatingThenThrowsValidationExceptionNotARefusal() {
        assertThatThrownBy(() -> agency.changeLanguages(List.of(), HR_COORDINATOR, AT))
                .isExactlyInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .containsExactly(Violation.of(OrganizationViolation.LANGUAGES_EMPTY, "languages")));
        assertThatThrownBy(() ->
                        agency.changeLanguages(List.of(Language.EN, Language.FI, Language.EN), HR_COORDINATOR, AT))
                .isExactlyInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .containsExactly(Violation.of(OrganizationViolation.LANGUAGE_DUPLICATE, "languages[2]", "en")));
    }

    // ------------------------------------------------------------------ all commands

    @Test
    void commandsKeepTheVersionForThePersistenceLayerToManage() {
        Organization stored = Organization.builder()
                .id(AGENCY)
                .name(aName("Saaristovirasto"))
                .addLanguages(Language.FI)
                .version(7)
                .build();

        assertThat(stored.addUnit(VIESTINTA, "VIE", VIESTINTA_NAME, Optional.empty(), HR_COORDINATOR, AT)
                        .state()
                        .version())
                .isEqualTo(7);
        assertThat(stored.rename(VIESTINTA_NAME, HR_COORDINATOR, AT).state().version())
                .isEqualTo(7);
        assertThat(stored.changeSettings(OrganizationSettings.defaults().withAnonymityThreshold(6), HR_COORDINATOR, AT)
                        .state()
                        .version())
                .isEqualTo(7);
        assertThat(stored.changeLanguages(List.of(Language.SV), HR_COORDINATOR, AT)
                        .state()
                        .version())
                .isEqualTo(7);
    }

    @Test
    void aRefusedStepInAChainOfCommandsReturnsNoChangeAtAll() {
        List<Change<Organization>> returned = new ArrayList<>();

        Throwable thrown = catchThrowable(() -> returned.add(agency.closeUnit(TURKU, HR_COORDINATOR, AT)
                .andThen(o -> o.moveUnit(PALVELUT, Optional.of(ASIAKASPALVELU), HR_COORDINATOR, AT))));

        assertThat(thrown).isExactlyInstanceOf(UnitTreeException.class);
        assertThat(((UnitTreeException) thrown).codes()).containsExactly("organization.unit.cycle");
        assertThat(returned).as("not even the first step's change").isEmpty();
    }

    @Test
    void commandsWhenGivenNullThenThrowNamingTheParameter() {
        Optional<OrgUnitId> top = Optional.empty();
        assertNullNamed("unitId", () -> agency.addUnit(null, "VIE", VIESTINTA_NAME, top, HR_COORDINATOR, AT));
        assertNullNamed("code", () -> agency.addUnit(VIESTINTA, null, VIESTINTA_NAME, top, HR_COORDINATOR, AT));
        assertNullNamed("name", () -> agency.addUnit(VIESTINTA, "VIE", null, top, HR_COORDINATOR, AT));
        assertNullNamed("parentId", () -> agency.addUnit(VIESTINTA, "VIE", VIESTINTA_NAME, null, HR_COORDINATOR, AT));
        assertNullNamed("actor", () -> agency.addUnit(VIESTINTA, "VIE", VIESTINTA_NAME, top, null, AT));
        assertNullNamed("at", () -> agency.addUnit(VIESTINTA, "VIE", VIESTINTA_NAME, top, HR_COORDINATOR, null));
        assertNullNamed("unitId", () -> agency.renameUnit(null, VIESTINTA_NAME, HR_COORDINATOR, AT));
        assertNullNamed("name", () -> agency.renameUnit(TALOUS, null, HR_COORDINATOR, AT));
        assertNullNamed("actor", () -> agency.renameUnit(TALOUS, VIESTINTA_NAME, null, AT));
        assertNullNamed("at", () -> agency.renameUnit(TALOUS, VIESTINTA_NAME, HR_COORDINATOR, null));
        assertNullNamed("unitId", () -> agency.moveUnit(null, top, HR_COORDINATOR, AT));
        assertNullNamed("parentId", () -> agency.moveUnit(TURKU, null, HR_COORDINATOR, AT));
        assertNullNamed("actor", () -> agency.moveUnit(TURKU, top, null, AT));
        assertNullNamed("at", () -> agency.moveUnit(TURKU, top, HR_COORDINATOR, null));
        assertNullNamed("unitId", () -> agency.closeUnit(null, HR_COORDINATOR, AT));
        assertNullNamed("actor", () -> agency.closeUnit(TURKU, null, AT));
        assertNullNamed("at", () -> agency.closeUnit(TURKU, HR_COORDINATOR, null));
        assertNullNamed("name", () -> agency.rename(null, HR_COORDINATOR, AT));
        assertNullNamed("actor", () -> agency.rename(VIESTINTA_NAME, null, AT));
        assertNullNamed("at", () -> agency.rename(VIESTINTA_NAME, HR_COORDINATOR, null));
        OrganizationSettings settings = OrganizationSettings.defaults();
        assertNullNamed("settings", () -> agency.changeSettings(null, HR_COORDINATOR, AT));
        assertNullNamed("actor", () -> agency.changeSettings(settings, null, AT));
        assertNullNamed("at", () -> agency.changeSettings(settings, HR_COORDINATOR, null));
        List<Language> english = List.of(Language.EN);
        assertNullNamed("languages", () -> agency.changeLanguages(null, HR_COORDINATOR, AT));
        assertNullNamed(
                "languages contains null",
                () -> agency.changeLanguages(Arrays.asList(Language.FI, null), HR_COORDINATOR, AT));
        assertNullNamed("actor", () -> agency.changeLanguages(english, null, AT));
        assertNullNamed("at", () -> agency.changeLanguages(english, HR_COORDINATOR, null));
    }

    @Test
    void refusalsSurviveJavaSerializationWithTheirIdsAndViolations() throws Exception {
        UnitTreeException unitRefusal = catchThrowableOfType(
                UnitTreeException.class, () -> agency.moveUnit(PALVELUT, Optional.of(TURKU), HR_COORDINATOR, AT));
        OrganizationChangeException changeRefusal = catchThrowableOfType(
                OrganizationChangeException.class, () -> agency.rename(anAgencyName(), HR_COORDINATOR, AT));

        UnitTreeException unitBack = serializedAndBack(unitRefusal);
        OrganizationChangeException changeBack = serializedAndBack(changeRefusal);

        assertThat(unitBack.unitId()).isEqualTo(PALVELUT);
        assertThat(unitBack.violations()).isEqualTo(unitRefusal.violations());
        assertThat(unitBack).hasMessage(unitRefusal.getMessage());
        assertThat(changeBack.organizationId()).isEqualTo(AGENCY);
        assertThat(changeBack.codes()).containsExactly("organization.name.unchanged");
        assertThat(changeBack).hasMessage(changeRefusal.getMessage());
    }

    @Test
    void organizationRefusalsHaveMessagesInEveryLanguage() {
        Violation languages = Violation.of(OrganizationViolation.LANGUAGES_UNCHANGED, "languages", AGENCY);
        Violation settings = Violation.of(OrganizationViolation.SETTINGS_UNCHANGED, "settings", AGENCY);

        assertThat(languages.message(Locale.ENGLISH))
                .isEqualTo("organization " + AGENCY + " already works in these languages, in this order");
        assertThat(languages.message(Locale.forLanguageTag("fi")))
                .isEqualTo("organisaatiolla " + AGENCY + " on jo nämä kielet tässä järjestyksessä");
        assertThat(languages.message(Locale.forLanguageTag("sv")))
                .isEqualTo("organisationen " + AGENCY + " arbetar redan på dessa språk i denna ordning");
        assertThat(settings.message(Locale.forLanguageTag("fi")))
                .isEqualTo("organisaatiolla " + AGENCY + " on jo nämä asetukset");
        assertThat(settings.message(Locale.forLanguageTag("sv")))
                .isEqualTo("organisationen " + AGENCY + " har redan dessa inställningar");
    }

    @Test
    void refusalsHaveMessagesInEveryLanguage() {
        Violation unchanged = Violation.of(OrganizationViolation.PARENT_UNCHANGED, "parentId", TURKU);

        assertThat(unchanged.message(Locale.ENGLISH))
                .isEqualTo("unit " + TURKU + " is already in this place in the unit tree");
        assertThat(unchanged.message(Locale.forLanguageTag("fi")))
                .isEqualTo("yksikkö " + TURKU + " on jo tässä kohdassa yksikköpuuta");
        assertThat(unchanged.message(Locale.forLanguageTag("sv")))
                .isEqualTo("enheten " + TURKU + " finns redan på denna plats i enhetsträdet");
    }

    /**
     * Asserts that the command returns no change but throws a {@link UnitTreeException} with exactly
     * these violations, whose message ends with their English messages.
     */
    private static UnitTreeException assertRefused(Supplier<Change<Organization>> command, Violation... expected) {
        UnitTreeException refusal = assertRefusedWith(UnitTreeException.class, command, expected);
        assertThat(refusal.getMessage()).startsWith("Unit " + refusal.unitId() + " cannot be ");
        return refusal;
    }

    /** As {@link #assertRefused}, for the commands on the organization's own fields. */
    private static OrganizationChangeException assertChangeRefused(
            Supplier<Change<Organization>> command, Violation... expected) {
        OrganizationChangeException refusal = assertRefusedWith(OrganizationChangeException.class, command, expected);
        assertThat(refusal.organizationId()).isEqualTo(AGENCY);
        assertThat(refusal.getMessage()).startsWith("Organization " + AGENCY + " cannot ");
        return refusal;
    }

    private static <E extends DomainRuleException> E assertRefusedWith(
            Class<E> type, Supplier<Change<Organization>> command, Violation... expected) {
        List<Change<Organization>> returned = new ArrayList<>();
        Throwable thrown = catchThrowable(() -> returned.add(command.get()));

        assertThat(returned).as("no change is returned").isEmpty();
        assertThat(thrown).isExactlyInstanceOf(type);
        E refusal = type.cast(thrown);
        assertThat(refusal.violations()).containsExactly(expected);
        assertThat(refusal.codes())
                .containsExactlyElementsOf(
                        Stream.of(expected).map(Violation::code).toList());
        assertThat(refusal.getMessage())
                .endsWith(": "
                        + Stream.of(expected)
                                .map(v -> v.message(Locale.ENGLISH))
                                .collect(Collectors.joining("; ")));
        return refusal;
    }

    private static void assertNullNamed(String parameter, ThrowingCallable command) {
        assertThatNullPointerException().isThrownBy(command).withMessage(parameter);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T serializedAndBack(T thrown) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(thrown);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
