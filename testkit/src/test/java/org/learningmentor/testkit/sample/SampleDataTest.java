package org.learningmentor.testkit.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.goal.GoalLevel;
import org.learningmentor.core.organization.OrgUnit;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import tools.jackson.databind.json.JsonMapper;

class SampleDataTest {

    /** Seeds for the property test; replay one with -Dlearningmentor.seed=N. */
    static LongStream seeds() {
        String replay = System.getProperty("learningmentor.seed");
        if (replay != null && !replay.isBlank()) {
            return LongStream.of(Long.parseLong(replay.trim()));
        }
        SplittableRandom base = new SplittableRandom(20261127L);
        return LongStream.generate(base::nextLong).limit(Integer.getInteger("learningmentor.seeds", 25));
    }

    @Test
    void theSameSeedAndSizeGiveTheSameOrganizationIdsIncluded() {
        SampleOrganization first = SampleData.organization(42, 500);
        SampleOrganization second = SampleData.organization(42, 500);
        assertThat(second.organization()).isEqualTo(first.organization());
        assertThat(second.people()).isEqualTo(first.people());
        assertThat(second.goals()).isEqualTo(first.goals());
    }

    @Test
    void differentSeedsGiveDifferentOrganizations() {
        assertThat(SampleData.organization(1, 200).people())
                .isNotEqualTo(SampleData.organization(2, 200).people());
    }

    @Test
    void anAgencyOfAFewHundredHasFiveToSevenMentorsAndEveryRole() {
        SampleOrganization agency = SampleData.organization(2026, 300);
        assertThat(agency.activeMentors()).hasSizeBetween(5, 7);
        for (Role role : Role.values()) {
            assertThat(agency.withRole(role)).as("people with %s", role).isNotEmpty();
        }
        assertThat(agency.withRole(Role.HR)).hasSizeBetween(2, 4);
        assertThat(agency.director().hasRole(Role.MANAGEMENT)).isTrue();
        assertThat(agency.director().managerId()).isEmpty();
    }

    @Test
    void hrPeopleSitInTheHumanResourcesDepartmentWhenThereIsOne() {
        SampleOrganization agency = SampleData.organization(2026, 2_000);
        OrgUnit hr = agency.organization().unitByCode("HEN").orElseThrow();
        Set<OrgUnitId> hrUnits = new HashSet<>(agency.organization().descendants(hr.id()).stream()
                .map(OrgUnit::id)
                .toList());
        hrUnits.add(hr.id());
        assertThat(agency.withRole(Role.HR)).allMatch(p -> hrUnits.contains(p.unitId()));
    }

    @Test
    void someMentorsHaveAConsentHistoryWithAWithdrawal() {
        SampleOrganization agency = SampleData.organization(2026, 3_000);
        assertThat(agency.people())
                .filteredOn(p -> p.enrollment().lastWithdrawal().isPresent())
                .isNotEmpty()
                .anyMatch(Person::isActiveMentor)
                .anyMatch(p -> !p.isActiveMentor());
    }

    @ParameterizedTest(name = "{0} people")
    @ValueSource(ints = {SampleData.MIN_PEOPLE, 11, 57, 300, 10_000, SampleData.MAX_PEOPLE})
    void everySizeFromTenToAHundredThousandIsConsistent(int size) {
        assertConsistent(SampleData.organization(2026, size), size);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void anySeedAndSizeGiveAConsistentOrganization(long seed) {
        int size = SampleData.MIN_PEOPLE + new SplittableRandom(seed).nextInt(3_000);
        assertConsistent(SampleData.organization(seed, size), size);
    }

    @Test
    void sizesOutsideTheRangeAreRefused() {
        assertThatThrownBy(() -> SampleData.organization(1, 9)).hasMessageContaining("10 to 100000, not 9");
        assertThatThrownBy(() -> SampleData.organization(1, 100_001)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSampleRoundTripsThroughJackson3() {
        SampleOrganization agency = SampleData.organization(5, 60);
        JsonMapper mapper = JsonMapper.builder().build();
        for (Person person : agency.people()) {
            assertThat(mapper.readValue(mapper.writeValueAsString(person), Person.class))
                    .isEqualTo(person);
        }
        assertThat(mapper.readValue(
                        mapper.writeValueAsString(agency.organization()),
                        org.learningmentor.core.organization.Organization.class))
                .isEqualTo(agency.organization());
    }

    private static void assertConsistent(SampleOrganization agency, int size) {
        assertThat(agency.people()).hasSize(size);
        Map<PersonId, Person> byId = new HashMap<>();
        Set<String> emails = new HashSet<>();
        int swedish = 0;
        for (Person person : agency.people()) {
            assertThat(byId.put(person.id(), person)).as("unique id").isNull();
            assertThat(emails.add(person.email()))
                    .as("unique e-mail %s", person.email())
                    .isTrue();
            assertThat(person.organizationId()).isEqualTo(agency.organization().id());
            assertThat(agency.organization().unit(person.unitId()))
                    .as("unit of %s", person.id())
                    .hasValueSatisfying(unit -> assertThat(unit.isActive()).isTrue());
            assertThat(person.hasRole(Role.EMPLOYEE)).isTrue();
            if (person.language() == Language.SV) {
                swedish++;
            }
        }
        for (Person person : agency.people()) {
            // Every chain of managers ends at the director general without a loop.
            Set<PersonId> seen = new HashSet<>();
            Person at = person;
            while (at.managerId().isPresent()) {
                assertThat(seen.add(at.id())).as("manager loop at %s", at.id()).isTrue();
                at = byId.get(at.managerId().get());
                assertThat(at)
                        .as("manager of %s is in the organization", person.id())
                        .isNotNull();
            }
            assertThat(at).isEqualTo(agency.director());
        }
        int mentors = agency.activeMentors().size();
        assertThat(mentors).isBetween(2, Math.max(2, size / 25));
        if (size >= 1_000) {
            assertThat(swedish).isBetween(size * 3 / 100, size * 9 / 100);
        }
        assertThat(agency.goals())
                .extracting(g -> g.level())
                .containsExactly(GoalLevel.ORGANIZATION, GoalLevel.WORK_COMMUNITY, GoalLevel.INDIVIDUAL);
        agency.goals().forEach(goal -> {
            assertThat(goal.indicators()).isNotEmpty();
            goal.unitId()
                    .ifPresent(
                            unit -> assertThat(agency.organization().unit(unit)).isPresent());
        });
    }
}
