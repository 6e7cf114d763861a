package org.learningmentor.core.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningmentor.core.organization.OrganizationFixtures.AGENCY;
import static org.learningmentor.core.organization.OrganizationFixtures.ASIAKASPALVELU;
import static org.learningmentor.core.organization.OrganizationFixtures.LUPAPALVELUT;
import static org.learningmentor.core.organization.OrganizationFixtures.PALVELUT;
import static org.learningmentor.core.organization.OrganizationFixtures.TURKU;
import static org.learningmentor.core.organization.OrganizationFixtures.aClosedUnit;
import static org.learningmentor.core.organization.OrganizationFixtures.anAgency;
import static org.learningmentor.core.organization.OrganizationFixtures.anAgencyName;
import static org.learningmentor.core.organization.OrganizationFixtures.anAgencyWith;
import static org.learningmentor.core.organization.OrganizationFixtures.anyUnit;
import static org.learningmentor.core.organization.OrganizationFixtures.unitId;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violation;

/** The structural rules an organization checks whenever it is built. */
class OrganizationTest {

    private static final OrgUnitId A = unitId(101);
    private static final OrgUnitId B = unitId(102);
    private static final OrgUnitId C = unitId(103);
    private static final OrgUnitId D = unitId(104);

    @Test
    void createGivesVersionZeroTheDefaultSettingsAndNoUnits() {
        Organization organization = Organization.create(AGENCY, anAgencyName(), List.of(Language.SV, Language.FI));

        assertThat(organization.version()).isZero();
        assertThat(organization.settings()).isEqualTo(OrganizationSettings.defaults());
        assertThat(organization.units()).isEmpty();
        assertThat(organization.languages()).containsExactly(Language.SV, Language.FI);
        assertThat(organization.primaryLanguage()).isEqualTo(Language.SV);
    }

    @Test
    void theAgencyFixtureIsAValidOrganization() {
        Organization agency = anAgency();

        assertThat(agency.units()).hasSize(9);
        assertThat(agency.settings().defaultTemplate()).contains("oppimismentorointi");
    }

    @Test
    void builderWhenNoLanguageIsGivenThenRejectsWithLanguagesEmpty() {
        assertThatThrownBy(() -> Organization.create(AGENCY, anAgencyName(), List.of()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(Violation.of(OrganizationViolation.LANGUAGES_EMPTY, "languages")));
    }

    @Test
    void builderWhenALanguageRepeatsThenRejectsAtEachRepeat() {
        assertThatThrownBy(() -> Organization.create(
                        AGENCY, anAgencyName(), List.of(Language.FI, Language.SV, Language.FI, Language.SV)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(
                                        Violation.of(OrganizationViolation.LANGUAGE_DUPLICATE, "languages[2]", "fi"),
                                        Violation.of(OrganizationViolation.LANGUAGE_DUPLICATE, "languages[3]", "sv")));
    }

    @Test
    void builderWhenRequiredFieldsAreMissingThenListsEachOne() {
        assertThatThrownBy(() -> Organization.builder().build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.codes()).containsOnly("common.value.required");
                    assertThat(e.violations()).extracting(Violation::path).containsExactly("id", "name");
                });
    }

    @Test
    void builderWhenTheNameIsLongerThanTheLimitThenRejectsAtItsLanguage() {
        assertThatThrownBy(() -> Organization.create(
                        AGENCY, LocalizedText.of(Language.FI, "V".repeat(255)), List.of(Language.FI)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(Violation.of("common.text.too-long", "name.fi", 254, 255)));
    }

    @Test
    void builderWhenTwoUnitsHaveTheSameIdThenRejectsAtTheSecond() {
        assertThatThrownBy(() -> anAgencyWith(anyUnit(A, "A", null), anyUnit(B, "B", null), anyUnit(A, "C", null)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(
                                        Violation.of(OrganizationViolation.UNIT_ID_DUPLICATE, "units[2].id", A)));
    }

    @Test
    void builderWhenTwoUnitsHaveTheSameCodeIgnoringCaseThenRejectsAtTheSecond() {
        assertThatThrownBy(() ->
                        anAgencyWith(aClosedUnit(A, "HAL-HR", null), anyUnit(B, "B", null), anyUnit(C, "hal-hr", null)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(Violation.of(
                                        OrganizationViolation.UNIT_CODE_DUPLICATE, "units[2].code", "hal-hr")));
    }

    @Test
    void builderWhenAParentDoesNotExistThenRejectsTheOrphan() {
        assertThatThrownBy(() -> anAgencyWith(anyUnit(A, "A", null), anyUnit(B, "B", D)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(
                                        Violation.of(OrganizationViolation.PARENT_UNKNOWN, "units[1].parentId", D)));
    }

    @Test
    void builderWhenAUnitIsItsOwnParentThenRejectsWithCycle() {
        assertThatThrownBy(() -> anAgencyWith(anyUnit(A, "A", null), anyUnit(B, "B", B)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(Violation.of(OrganizationViolation.CYCLE, "units[1].parentId", B, B)));
    }

    @Test
    void builderWhenParentLinksFormACycleThenRejectsEachUnitOnItButNotTheUnitsHangingBelow() {
        // A -> B -> C -> A is a cycle; D hangs under C, outside the cycle.
        assertThatThrownBy(() ->
                        anAgencyWith(anyUnit(D, "D", C), anyUnit(A, "A", B), anyUnit(B, "B", C), anyUnit(C, "C", A)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(
                                        Violation.of(OrganizationViolation.CYCLE, "units[1].parentId", A, B),
                                        Violation.of(OrganizationViolation.CYCLE, "units[2].parentId", B, C),
                                        Violation.of(OrganizationViolation.CYCLE, "units[3].parentId", C, A)));
    }

    @Test
    void builderWhenAnActiveUnitIsUnderAClosedOneThenRejectsWithParentClosed() {
        assertThatThrownBy(() -> anAgencyWith(aClosedUnit(A, "A", null), anyUnit(B, "B", A)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(
                                        Violation.of(OrganizationViolation.PARENT_CLOSED, "units[1].parentId", A)));
    }

    @Test
    void builderWhenAClosedUnitIsUnderAClosedOrAnActiveOneThenAccepts() {
        Organization organization =
                anAgencyWith(anyUnit(A, "A", null), aClosedUnit(B, "B", A), aClosedUnit(C, "C", B), anyUnit(D, "D", A));

        assertThat(organization.units()).hasSize(4);
    }

    @Test
    void builderWhenEverythingIsWrongThenListsEveryViolationAtOnce() {
        // The second unit B is a duplicate: links to B are judged against the first unit with that id.
        assertThatThrownBy(() -> Organization.builder()
                        .id(AGENCY)
                        .name(LocalizedText.of(Language.SV, "S".repeat(300)))
                        .addLanguages(Language.EN, Language.EN)
                        .addUnits(
                                aClosedUnit(A, "A", null),
                                anyUnit(B, "a", A),
                                anyUnit(B, "B", B),
                                anyUnit(C, "C", unitId(999)))
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(
                                        Violation.of(OrganizationViolation.LANGUAGE_DUPLICATE, "languages[1]", "en"),
                                        Violation.of("common.text.too-long", "name.sv", 254, 300),
                                        Violation.of(OrganizationViolation.UNIT_CODE_DUPLICATE, "units[1].code", "a"),
                                        Violation.of(OrganizationViolation.PARENT_CLOSED, "units[1].parentId", A),
                                        Violation.of(OrganizationViolation.UNIT_ID_DUPLICATE, "units[2].id", B),
                                        Violation.of(
                                                OrganizationViolation.PARENT_UNKNOWN,
                                                "units[3].parentId",
                                                unitId(999))));
    }

    @Test
    void builderWhenTheVersionIsNegativeThenRejectsWithVersionNegative() {
        assertThatThrownBy(() -> Organization.builder()
                        .id(AGENCY)
                        .name(anAgencyName())
                        .addLanguages(Language.FI)
                        .version(-1)
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(Violation.of(OrganizationViolation.VERSION_NEGATIVE, "version", -1)));
    }

    @Test
    void versionNegativeHasAMessageInEveryLanguage() {
        Violation violation = Violation.of(OrganizationViolation.VERSION_NEGATIVE, "version", -3);

        assertThat(violation.message(Locale.ENGLISH)).isEqualTo("the version must not be negative, not -3");
        assertThat(violation.message(Locale.forLanguageTag("fi"))).isEqualTo("versio ei saa olla negatiivinen, nyt -3");
        assertThat(violation.message(Locale.forLanguageTag("sv")))
                .isEqualTo("versionen får inte vara negativ, inte -3");
    }

    @Test
    void theOnlyPublicWayToChangeAnOrganizationIsACommandWithAnEvent() {
        // withName, withSettings and withLanguages changed state without an event; they are gone.
        // withVersion stays: it sets the persistence layer's optimistic-locking version, not state.
        assertThat(Arrays.stream(Organization.class.getMethods())
                        .filter(method -> method.getName().startsWith("with"))
                        .map(Method::getName))
                .containsOnly("withVersion");
    }

    @Test
    void createWhenGivenNullThenThrowsNamingTheParameter() {
        List<Language> finnish = List.of(Language.FI);
        assertThatNullPointerException()
                .isThrownBy(() -> Organization.create(null, anAgencyName(), finnish))
                .withMessage("id");
        assertThatNullPointerException()
                .isThrownBy(() -> Organization.create(AGENCY, null, finnish))
                .withMessage("name");
        assertThatNullPointerException()
                .isThrownBy(() -> Organization.create(AGENCY, anAgencyName(), null))
                .withMessage("languages");
    }

    @Test
    void queriesDoNotWaitForAHostThatHoldsTheOrganizationsMonitor() throws Exception {
        Organization agency = anAgency();
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            synchronized (agency) {
                // The indexes are built on this first query, in another thread, while we hold the monitor.
                Future<Optional<OrgUnit>> found = other.submit(() -> agency.unitByCode("pal-asi"));
                assertThat(found.get(10, TimeUnit.SECONDS)).map(OrgUnit::id).contains(ASIAKASPALVELU);
            }
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void concurrentFirstQueriesAllSeeTheSameIndexes() throws Exception {
        Organization agency = anAgency();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<OrgUnit>>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return agency.subtree(PALVELUT);
                }));
            }
            start.countDown();
            for (Future<List<OrgUnit>> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS))
                        .extracting(OrgUnit::id)
                        .containsExactly(PALVELUT, ASIAKASPALVELU, TURKU, LUPAPALVELUT);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aChainOfTenThousandUnitsIsCheckedAndQueriedWithoutDeepRecursion() {
        List<OrgUnit> chain = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            chain.add(anyUnit(unitId(1_000_000 + i), "U" + i, i == 0 ? null : unitId(1_000_000 + i - 1)));
        }
        Organization deep = anAgencyWith(chain.toArray(OrgUnit[]::new));

        assertThat(deep.ancestors(unitId(1_009_999))).hasSize(9_999);
        assertThat(deep.descendants(unitId(1_000_000))).hasSize(9_999);
        assertThat(deep.isAncestor(unitId(1_000_000), unitId(1_009_999))).isTrue();
    }

    @Test
    void structuralViolationsHaveMessagesInEveryLanguage() {
        Violation cycle = Violation.of(OrganizationViolation.CYCLE, "units[1].parentId", A, B);

        assertThat(cycle.message(Locale.ENGLISH))
                .isEqualTo("placing unit " + A + " under " + B + " would create a cycle in the unit tree");
        assertThat(cycle.message(Locale.forLanguageTag("fi")))
                .isEqualTo("yksikön " + A + " sijoittaminen yksikön " + B + " alle tekisi yksikköpuuhun silmukan");
        assertThat(cycle.message(Locale.forLanguageTag("sv")))
                .isEqualTo("om enheten " + A + " placeras under " + B + " uppstår en cirkel i enhetsträdet");
    }
}
