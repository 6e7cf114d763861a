package org.learningmentor.core.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violation;

class OrganizationSettingsTest {

    @Test
    void defaultsHaveAThresholdOfFiveAndNoTemplate() {
        OrganizationSettings defaults = OrganizationSettings.defaults();

        assertThat(defaults.anonymityThreshold()).isEqualTo(5);
        assertThat(defaults.defaultTemplate()).isEmpty();
        assertThat(OrganizationSettings.builder().build()).isEqualTo(defaults);
    }

    @Test
    void builderWhenThresholdIsTheMinimumThenAccepts() {
        assertThat(OrganizationSettings.builder()
                        .anonymityThreshold(3)
                        .defaultTemplate("oppimismentorointi")
                        .build()
                        .anonymityThreshold())
                .isEqualTo(OrganizationSettings.MIN_ANONYMITY_THRESHOLD);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 1, 0, -5, Integer.MIN_VALUE})
    void builderWhenThresholdIsBelowThreeThenRejectsWithThresholdTooLow(int threshold) {
        assertThatThrownBy(() -> OrganizationSettings.builder()
                        .anonymityThreshold(threshold)
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(Violation.of(
                                        OrganizationViolation.THRESHOLD_TOO_LOW, "anonymityThreshold", 3, threshold)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-default", "oppimis mentorointi", "ohjelma/2026", "abcdefghijklmnopqrstuvwxyz0123456"})
    void builderWhenTemplateCodeIsMalformedThenRejectsWithTemplateMalformed(String code) {
        assertThatThrownBy(() ->
                        OrganizationSettings.builder().defaultTemplate(code).build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(Violation.of(
                                        OrganizationViolation.TEMPLATE_MALFORMED, "defaultTemplate", code)));
    }

    @Test
    void builderWhenThresholdAndTemplateAreBothBadThenListsBoth() {
        assertThatThrownBy(() -> OrganizationSettings.builder()
                        .anonymityThreshold(1)
                        .defaultTemplate("x".repeat(10_000_000))
                        .build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.codes())
                            .containsExactly(
                                    "organization.settings.threshold-too-low",
                                    "organization.settings.template-malformed");
                    assertThat(e.getMessage()).hasSizeLessThan(1000);
                });
    }

    @Test
    void withAnonymityThresholdReturnsACheckedCopy() {
        OrganizationSettings settings = OrganizationSettings.defaults();

        assertThat(settings.withAnonymityThreshold(8).anonymityThreshold()).isEqualTo(8);
        assertThat(settings.anonymityThreshold()).isEqualTo(5);
        assertThatThrownBy(() -> settings.withAnonymityThreshold(2))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.codes()).containsExactly("organization.settings.threshold-too-low"));
    }

    @Test
    void thresholdTooLowHasAMessageInEveryLanguage() {
        Violation violation = Violation.of(OrganizationViolation.THRESHOLD_TOO_LOW, "anonymityThreshold", 3, 2);

        assertThat(violation.message(Locale.ENGLISH)).isEqualTo("the anonymity threshold must be at least 3, not 2");
        assertThat(violation.message(Locale.forLanguageTag("fi")))
                .isEqualTo("anonymiteettirajan on oltava vähintään 3, ei 2");
        assertThat(violation.message(Locale.forLanguageTag("sv")))
                .isEqualTo("anonymitetsgränsen måste vara minst 3, inte 2");
    }
}
