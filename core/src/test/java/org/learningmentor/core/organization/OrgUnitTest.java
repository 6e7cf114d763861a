package org.learningmentor.core.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningmentor.core.organization.OrganizationFixtures.HALLINTO;
import static org.learningmentor.core.organization.OrganizationFixtures.HENKILOSTO;
import static org.learningmentor.core.organization.OrganizationFixtures.aName;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violation;

class OrgUnitTest {

    @Test
    void builderWhenStatusIsNotSetThenBuildsAnActiveUnit() {
        OrgUnit unit = OrgUnit.builder()
                .id(HENKILOSTO)
                .code("HAL-HR")
                .name(LocalizedText.of("Henkilöstöpalvelut", "Personaltjänster", "Human Resources"))
                .parentId(HALLINTO)
                .build();

        assertThat(unit.status()).isEqualTo(UnitStatus.ACTIVE);
        assertThat(unit.isActive()).isTrue();
        assertThat(unit.isTopLevel()).isFalse();
        assertThat(unit.isChildOf(HALLINTO)).isTrue();
        assertThat(unit.isChildOf(HENKILOSTO)).isFalse();
    }

    @Test
    void aClosedTopLevelUnitIsNeitherActiveNorAChild() {
        OrgUnit unit = OrganizationFixtures.aClosedUnit(HALLINTO, "HAL", null);

        assertThat(unit.isActive()).isFalse();
        assertThat(unit.isTopLevel()).isTrue();
        assertThat(unit.isChildOf(HENKILOSTO)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "7", "hal-hr", "PAL_ASI-2", "abcdefghijklmnopqrstuvwxyz012345"})
    void builderWhenCodeIsWellFormedThenAccepts(String code) {
        assertThat(aUnitWithCode(code).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "-HAL",
                "_HAL",
                "HAL HR",
                "HAL/HR",
                "HAL.HR",
                "TYÖ",
                "HAL\n",
                "abcdefghijklmnopqrstuvwxyz0123456"
            })
    void builderWhenCodeIsMalformedThenRejectsWithCodeMalformed(String code) {
        assertThatThrownBy(() -> aUnitWithCode(code)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.codes()).containsExactly("organization.unit.code-malformed");
            assertThat(e.violations().get(0).path()).isEqualTo("code");
            assertThat(e.violations().get(0).arguments()).containsExactly(code);
        });
    }

    @Test
    void builderWhenCodeIsTenMegabytesThenRejectsAndQuotesOnlyItsStart() {
        String huge = "A".repeat(10 * 1024 * 1024);

        assertThatThrownBy(() -> aUnitWithCode(huge)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.codes()).containsExactly("organization.unit.code-malformed");
            assertThat(e.violations().get(0).arguments().get(0)).hasSize(65).endsWith("…");
            assertThat(e.getMessage()).hasSizeLessThan(1000);
        });
    }

    @Test
    void builderWhenANameTranslationIsLongerThanTheLimitThenRejectsAtItsLanguage() {
        LocalizedText name = LocalizedText.of(
                "Hallinto", "F".repeat(OrgUnit.NAME_MAX_LENGTH + 1), "A".repeat(OrgUnit.NAME_MAX_LENGTH));

        assertThatThrownBy(() ->
                        OrgUnit.builder().id(HALLINTO).code("HAL").name(name).build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(Violation.of("common.text.too-long", "name.sv", 254, 255)));
    }

    @Test
    void builderWhenCodeAndNameAreBothBadThenListsBoth() {
        assertThatThrownBy(() -> OrgUnit.builder()
                        .id(HALLINTO)
                        .code("hal hr")
                        .name(LocalizedText.of(Language.EN, "x".repeat(300)))
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.codes())
                                .containsExactly("organization.unit.code-malformed", "common.text.too-long"));
    }

    @Test
    void builderWhenRequiredFieldsAreMissingThenListsEachOne() {
        assertThatThrownBy(() -> OrgUnit.builder().parentId(HALLINTO).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.codes()).containsOnly("common.value.required");
                    assertThat(e.violations()).extracting(Violation::path).containsExactly("id", "code", "name");
                });
    }

    @Test
    void codeMalformedHasAMessageInEveryLanguage() {
        Violation violation = Violation.of(OrganizationViolation.UNIT_CODE_MALFORMED, "code", "HAL HR");

        assertThat(violation.message(Locale.ENGLISH)).startsWith("unit code \"HAL HR\" must be 1 to 32");
        assertThat(violation.message(Locale.forLanguageTag("fi"))).startsWith("yksikön tunnuksessa \"HAL HR\"");
        assertThat(violation.message(Locale.forLanguageTag("sv"))).startsWith("enhetskoden \"HAL HR\"");
    }

    @Test
    void isChildOfWhenGivenNullThenThrowsNamingTheParameterEvenForATopLevelUnit() {
        OrgUnit topLevel = OrganizationFixtures.anyUnit(HALLINTO, "HAL", null);
        OrgUnit child = OrganizationFixtures.anyUnit(HENKILOSTO, "HAL-HR", HALLINTO);

        assertThatNullPointerException()
                .isThrownBy(() -> topLevel.isChildOf(null))
                .withMessage("parentId");
        assertThatNullPointerException().isThrownBy(() -> child.isChildOf(null)).withMessage("parentId");
    }

    @ParameterizedTest
    @EnumSource(UnitStatus.class)
    void unitStatusParseIsTheInverseOfName(UnitStatus status) {
        assertThat(UnitStatus.parse(status.name())).isSameAs(status);
    }

    @ParameterizedTest
    @ValueSource(strings = {"closed", "Active", "0", "1", "", "OPEN"})
    void unitStatusParseWhenTheNameIsNotExactlyAConstantsThenRejectsWithUnitStatusUnknown(String name) {
        assertThatThrownBy(() -> UnitStatus.parse(name)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.violations())
                    .containsExactly(Violation.of(
                            OrganizationViolation.UNIT_STATUS_UNKNOWN, "status", name, "[ACTIVE, CLOSED]"));
            assertThat(e.violations().get(0).message(Locale.ENGLISH))
                    .isEqualTo("there is no unit status \"" + name + "\"; use one of [ACTIVE, CLOSED]");
        });
    }

    @Test
    void unitStatusParseWhenTheNameIsHugeThenQuotesOnlyItsStart() {
        assertThatThrownBy(() -> UnitStatus.parse("C".repeat(1_000_000)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.getMessage()).hasSizeLessThan(1000));
        assertThatNullPointerException()
                .isThrownBy(() -> UnitStatus.parse(null))
                .withMessage("name");
    }

    @Test
    void toStringShowsTheFieldsForDebugging() {
        assertThat(OrganizationFixtures.anyUnit(HALLINTO, "HAL", null).toString())
                .contains("HAL", HALLINTO.toString(), aName("HAL").toString());
    }

    private static OrgUnit aUnitWithCode(String code) {
        return OrgUnit.builder().id(HALLINTO).code(code).name(aName("Hallinto")).build();
    }
}
