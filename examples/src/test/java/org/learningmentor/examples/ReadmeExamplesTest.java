package org.learningmentor.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.GoalId;
import org.learningmentor.core.common.IdGenerator;
import org.learningmentor.core.common.IndicatorId;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.goal.Direction;
import org.learningmentor.core.goal.GoalLevel;
import org.learningmentor.core.goal.Indicator;
import org.learningmentor.core.goal.MeasureUnit;
import org.learningmentor.core.goal.ProgramGoal;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.organization.UnitAdded;
import org.learningmentor.core.organization.UnitTreeException;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.core.program.ProgramTemplate;
import org.learningmentor.core.program.ReadinessCondition;
import org.learningmentor.testkit.sample.SampleData;
import org.learningmentor.testkit.sample.SampleOrganization;
import org.learningmentor.testkit.time.TestClock;
import tools.jackson.databind.json.JsonMapper;

/** The README's code, run as written, so the README cannot drift from the API. */
class ReadmeExamplesTest {

    @Test
    void theUsingTheCoreExampleRunsAsWritten() {
        IdGenerator ids = IdGenerator.seeded(42);
        Clock clock = TestClock.at(Instant.parse("2026-02-02T09:00:00Z"));
        PersonId hr = PersonId.next(ids);

        Organization agency = Organization.create(
                OrganizationId.next(ids),
                LocalizedText.of("Saaristovirasto", "Skärgårdsverket", "Archipelago Agency"),
                List.of(Language.FI, Language.SV));

        OrgUnitId administration = OrgUnitId.next(ids);
        Change<Organization> added = agency.addUnit(
                administration,
                "HAL",
                LocalizedText.of("Hallinto", "Förvaltning", "Administration"),
                Optional.empty(),
                hr,
                clock.instant());
        agency = added.state();
        assertThat(added.events()).singleElement().isInstanceOf(UnitAdded.class);

        Person aino = Person.builder()
                .id(PersonId.next(ids))
                .organizationId(agency.id())
                .unitId(administration)
                .displayName("Aino Virtanen")
                .email("aino.virtanen@example.fi")
                .addRoles(Role.EMPLOYEE)
                .language(Language.FI)
                .build();
        Change<Person> volunteered = aino.volunteerAsMentor(aino.id(), clock.instant());
        aino = volunteered.state();
        assertThat(aino.isActiveMentor()).isTrue();
        assertThat(aino.hasRole(Role.MENTOR)).isTrue();
        assertThat(aino.toString()).doesNotContain("Aino", "Virtanen", "example.fi");

        ProgramGoal goal = ProgramGoal.builder()
                .id(GoalId.next(ids))
                .title(LocalizedText.of(
                        "Oppiminen on osa arkea", "Lärande är en del av vardagen", "Learning is part of everyday work"))
                .level(GoalLevel.ORGANIZATION)
                .addIndicators(Indicator.builder()
                        .id(IndicatorId.next(ids))
                        .name(LocalizedText.of(Language.EN, "Share of staff in peer learning"))
                        .unit(MeasureUnit.PERCENT)
                        .baseline(new BigDecimal("20"))
                        .target(new BigDecimal("50"))
                        .direction(Direction.HIGHER_IS_BETTER)
                        .build())
                .build();
        assertThat(goal.indicators()).hasSize(1);

        JsonMapper mapper = JsonMapper.builder().build();
        assertThat(mapper.readValue(mapper.writeValueAsString(agency), Organization.class))
                .isEqualTo(agency);
    }

    @Test
    void theProgrammeExampleRunsAsWritten() {
        IdGenerator ids = IdGenerator.seeded(3);
        Clock clock = TestClock.at(Instant.parse("2026-02-02T09:00:00Z"));

        SampleOrganization sample = SampleData.organization(2026, 300);
        Person director = sample.director();
        Person hr = sample.withRole(Role.HR).get(0);
        MentoringProgram program = MentoringProgram.create(
                        ProgramId.next(ids),
                        sample.organization(),
                        LocalizedText.of(Language.FI, "Oppimismentorointi 2026"),
                        ProgramTemplate.standard(),
                        LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 12, 18),
                        List.of(),
                        hr,
                        clock.instant())
                .state();
        assertThat(program.readiness().unmet())
                .extracting(ReadinessCondition::code)
                .containsExactly("program.guard.sponsor-named", "program.guard.coordinator-named");
        program = program.nameSponsor(director, hr, clock.instant())
                .andThen(p -> p.nameCoordinator(hr, hr, clock.instant()))
                .andThen(p -> p.advance(hr, clock.instant()))
                .state();
        assertThat(program.phase()).isEqualTo(ProgramPhase.ANALYSIS);
    }

    @Test
    void theErrorsExampleGivesTheCodesTheReadmeShows() {
        assertThatThrownBy(() -> Indicator.builder()
                        .id(IndicatorId.next(IdGenerator.seeded(1)))
                        .name(LocalizedText.of(Language.EN, "Share of staff in peer learning"))
                        .unit(MeasureUnit.PERCENT)
                        .baseline(new BigDecimal("120"))
                        .target(new BigDecimal("120"))
                        .direction(Direction.HIGHER_IS_BETTER)
                        .build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.codes())
                            .containsExactlyInAnyOrder(
                                    "goal.value.percent-out-of-range",
                                    "goal.value.percent-out-of-range",
                                    "goal.indicator.target-equals-baseline");
                    assertThat(e.violations().get(0).message(Locale.forLanguageTag("fi")))
                            .isNotEqualTo(e.violations().get(0).message(Locale.ENGLISH));
                });
    }

    @Test
    void aUnitMovedUnderItsOwnDescendantIsRefusedWithTheCycleCode() {
        IdGenerator ids = IdGenerator.seeded(7);
        PersonId hr = PersonId.next(ids);
        TestClock clock = TestClock.at(Instant.parse("2026-02-02T09:00:00Z"));
        OrgUnitId top = OrgUnitId.next(ids);
        OrgUnitId child = OrgUnitId.next(ids);
        Organization agency = Organization.create(
                        OrganizationId.next(ids), LocalizedText.of(Language.FI, "Virasto"), List.of(Language.FI))
                .addUnit(top, "TOP", LocalizedText.of(Language.FI, "Ylin"), Optional.empty(), hr, clock.instant())
                .andThen(o -> o.addUnit(
                        child,
                        "ALA",
                        LocalizedText.of(Language.FI, "Alempi"),
                        Optional.of(top),
                        hr,
                        clock.advance(Duration.ofMinutes(1))))
                .state();
        Organization before = agency;

        assertThatThrownBy(() -> before.moveUnit(top, Optional.of(child), hr, clock.instant()))
                .isInstanceOfSatisfying(
                        UnitTreeException.class, e -> assertThat(e.codes()).contains("organization.unit.cycle"));
        assertThat(agency).isEqualTo(before);
    }
}
