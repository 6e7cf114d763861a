package org.learningmentor.core.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningmentor.core.organization.OrganizationFixtures.AGENCY;
import static org.learningmentor.core.organization.OrganizationFixtures.AT;
import static org.learningmentor.core.organization.OrganizationFixtures.HALLINTO;
import static org.learningmentor.core.organization.OrganizationFixtures.HENKILOSTO;
import static org.learningmentor.core.organization.OrganizationFixtures.HR_COORDINATOR;
import static org.learningmentor.core.organization.OrganizationFixtures.aName;

import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violation;

/**
 * Events check the values they carry as the aggregate's values do, so that an event built or read
 * from JSON can never hold what the aggregate would refuse.
 */
class OrganizationEventsTest {

    private static final LocalizedText TOO_LONG = LocalizedText.of(Language.FI, "N".repeat(255));

    @Test
    void unitAddedWhenTheCodeIsMalformedAndTheNameTooLongThenListsBoth() {
        assertThatThrownBy(() -> UnitAdded.builder()
                        .organizationId(AGENCY)
                        .actor(HR_COORDINATOR)
                        .occurredAt(AT)
                        .unitId(HALLINTO)
                        .code("HAL HR")
                        .name(TOO_LONG)
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(
                                        Violation.of(OrganizationViolation.UNIT_CODE_MALFORMED, "code", "HAL HR"),
                                        Violation.of("common.text.too-long", "name.fi", 254, 255)));
    }

    @Test
    void unitAddedWhenTheCodeIsTenMegabytesThenQuotesOnlyItsStart() {
        assertThatThrownBy(() -> UnitAdded.builder()
                        .organizationId(AGENCY)
                        .actor(HR_COORDINATOR)
                        .occurredAt(AT)
                        .unitId(HALLINTO)
                        .code("C".repeat(10 * 1024 * 1024))
                        .name(aName("Hallinto"))
                        .build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.codes()).containsExactly("organization.unit.code-malformed");
                    assertThat(e.getMessage()).hasSizeLessThan(1000);
                });
    }

    @Test
    void unitRenamedWhenEitherNameIsTooLongThenRejectsAtEach() {
        assertThatThrownBy(() -> UnitRenamed.builder()
                        .organizationId(AGENCY)
                        .actor(HR_COORDINATOR)
                        .occurredAt(AT)
                        .unitId(HALLINTO)
                        .previousName(TOO_LONG)
                        .name(TOO_LONG)
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::path)
                                .containsExactly("previousName.fi", "name.fi"));
    }

    @Test
    void unitMovedWhenTheUnitIsItsOwnParentBeforeOrAfterThenRejectsWithCycle() {
        assertThatThrownBy(() -> UnitMoved.builder()
                        .organizationId(AGENCY)
                        .actor(HR_COORDINATOR)
                        .occurredAt(AT)
                        .unitId(HALLINTO)
                        .previousParentId(HALLINTO)
                        .parentId(HALLINTO)
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(
                                        Violation.of(
                                                OrganizationViolation.CYCLE, "previousParentId", HALLINTO, HALLINTO),
                                        Violation.of(OrganizationViolation.CYCLE, "parentId", HALLINTO, HALLINTO)));
        assertThat(UnitMoved.builder()
                        .organizationId(AGENCY)
                        .actor(HR_COORDINATOR)
                        .occurredAt(AT)
                        .unitId(HENKILOSTO)
                        .previousParentId(HALLINTO)
                        .build()
                        .parentId())
                .isEmpty();
    }

    @Test
    void organizationRenamedWhenTheNewNameIsTooLongThenRejects() {
        assertThatThrownBy(() -> OrganizationRenamed.builder()
                        .organizationId(AGENCY)
                        .actor(HR_COORDINATOR)
                        .occurredAt(AT)
                        .previousName(aName("Saaristovirasto"))
                        .name(TOO_LONG)
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(Violation.of("common.text.too-long", "name.fi", 254, 255)));
    }

    @Test
    void languagesChangedWhenAListIsEmptyOrRepeatsThenRejectsAtEach() {
        assertThatThrownBy(() -> LanguagesChanged.builder()
                        .organizationId(AGENCY)
                        .actor(HR_COORDINATOR)
                        .occurredAt(AT)
                        .addPreviousLanguages(Language.SV, Language.SV)
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(
                                        Violation.of(
                                                OrganizationViolation.LANGUAGE_DUPLICATE, "previousLanguages[1]", "sv"),
                                        Violation.of(OrganizationViolation.LANGUAGES_EMPTY, "languages")));
    }

    @Test
    void settingsChangedTellsWhetherTheThresholdWasLowered() {
        OrganizationSettings five = OrganizationSettings.defaults();
        SettingsChanged lowered = aSettingsChange(five, five.withAnonymityThreshold(4));
        SettingsChanged raised = aSettingsChange(five, five.withAnonymityThreshold(6));

        assertThat(lowered.isAnonymityThresholdLowered()).isTrue();
        assertThat(raised.isAnonymityThresholdLowered()).isFalse();
    }

    private static SettingsChanged aSettingsChange(OrganizationSettings from, OrganizationSettings to) {
        return SettingsChanged.builder()
                .organizationId(AGENCY)
                .actor(HR_COORDINATOR)
                .occurredAt(AT)
                .previousSettings(from)
                .settings(to)
                .build();
    }
}
