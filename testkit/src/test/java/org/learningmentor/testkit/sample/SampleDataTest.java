package org.learningmentor.testkit.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
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

    @Test
    void theSameSeedAndSizeGiveTheSameOrganizationIdsIncluded() {
        SampleOrganization first = SampleData.organization(42, 500);
        SampleOrganization second = SampleData.organization(42, 500);
        assertThat(second.organization()).isEqualTo(first.organization());
        assertThat(second.people()).isEqualTo(first.people());
        assertThat(second.goals()).isEqualTo(first.goals());
    }

    /**
     * Hosts' tests may rely on the generated data, so a change to the generator must be deliberate:
     * this fingerprint of everything generated changes with it (update it, and say so in the
     * changelog).
     */
    @Test
    void theGeneratedDataOfAGivenSeedAndSizeDoesNotChangeUnnoticed() throws Exception {
        assertThat(fingerprint(SampleData.organization(2026, 300))).isEqualTo(FINGERPRINT_2026_300);
    }

    static final String FINGERPRINT_2026_300 = "9f6488a57308c2473ba4cb5f1de40202fea9d0496ac5b470ae3461e3ef786f62";

    /** A SHA-256 over a canonical text of the units, people and goals (not the JSON format). */
    static String fingerprint(SampleOrganization agency) throws Exception {
        StringBuilder text = new StringBuilder();
        for (OrgUnit unit : agency.organization().units()) {
            text.append(unit.id())
                    .append(' ')
                    .append(unit.code())
                    .append(' ')
                    .append(unit.name().asMap())
                    .append(' ')
                    .append(unit.parentId())
                    .append('\n');
        }
        for (Person p : agency.people()) {
            text.append(p.id())
                    .append(' ')
                    .append(p.displayName())
                    .append(' ')
                    .append(p.email())
                    .append(' ')
                    .append(p.unitId())
                    .append(' ')
                    .append(p.roles())
                    .append(' ')
                    .append(p.managerId())
                    .append(' ')
                    .append(p.language())
                    .append(' ');
            p.enrollment()
                    .history()
                    .forEach(r -> text.append(r.kind()).append(r.at()).append(r.reason()));
            text.append('\n');
        }
        agency.goals()
                .forEach(g -> text.append(g.id())
                        .append(g.title().asMap())
                        .append(g.unitId())
                        .append(g.indicators().stream()
                                .map(i -> i.id() + " " + i.baseline() + " " + i.target())
                                .toList())
                        .append('\n'));
        byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(hash);
    }

    @Test
    void noUnitHasMoreChildrenThanThereAreRegionalOfficesAndTheDirectorsStaffIsSmall() {
        SampleOrganization agency = SampleData.organization(2026, SampleData.MAX_PEOPLE);
        assertNoUnitHasTooManyChildren(agency);
        long directReports = agency.people().stream()
                .filter(p -> p.managerId()
                        .equals(java.util.Optional.of(agency.director().id())))
                .count();
        assertThat(directReports)
                .as("department heads and staff of the director")
                .isLessThanOrEqualTo(12 + 12);
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
    @MethodSource("org.learningmentor.testkit.property.Seeds#seeds")
    void anySeedAndSizeGiveAConsistentOrganization(long seed) {
        int size = SampleData.MIN_PEOPLE + new SplittableRandom(seed).nextInt(3_000);
        assertConsistent(SampleData.organization(seed, size), size);
    }

    @Test
    void aLargeOrganizationNestsSectionsSoNoUnitHasMoreThanEightChildren() {
        // 200 000 people: about 1 400 teams per line department, 78 per regional office: sections hold sections.
        SampleOrganization agency = SampleData.largeOrganization(2026, 200_000);
        assertConsistent(agency, 200_000);
        assertNoUnitHasTooManyChildren(agency);
        assertThat(agency.organization().units()).anyMatch(unit -> unit.code().matches(".*-S\\d+-S\\d+.*"));
    }

    @Test
    void aLargeOrganizationOfAnOrdinarySizeIsTheOrdinaryOne() {
        SampleOrganization ordinary = SampleData.organization(7, 300);
        SampleOrganization large = SampleData.largeOrganization(7, 300);
        assertThat(large.organization()).isEqualTo(ordinary.organization());
        assertThat(large.people()).isEqualTo(ordinary.people());
    }

    @Test
    void sizesOutsideTheRangeAreRefused() {
        assertThatThrownBy(() -> SampleData.largeOrganization(1, 1_000_001))
                .hasMessageContaining("10 to 1000000, not 1000001");
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

    /** A department has at most one office per region (18); offices and sections at most 8 children. */
    private static void assertNoUnitHasTooManyChildren(SampleOrganization agency) {
        Map<OrgUnitId, Integer> children = new HashMap<>();
        agency.organization().units().forEach(u -> u.parentId().ifPresent(p -> children.merge(p, 1, Integer::sum)));
        agency.organization()
                .units()
                .forEach(unit -> assertThat(children.getOrDefault(unit.id(), 0))
                        .as("children of %s", unit.code())
                        .isLessThanOrEqualTo(unit.isTopLevel() ? 18 : 8));
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
