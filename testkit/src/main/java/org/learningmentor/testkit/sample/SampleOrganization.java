package org.learningmentor.testkit.sample;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.goal.ProgramGoal;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;

/**
 * A generated organization with its people and management's goals, as {@link
 * SampleData#organization(long, int)} returns it. Every person belongs to the organization and to
 * one of its active units; every manager is a person of it.
 *
 * <p>This type is immutable and thread-safe.
 */
public final class SampleOrganization {

    private final Organization organization;
    private final List<Person> people;
    private final List<ProgramGoal> goals;
    private final Person director;
    private final Map<PersonId, Person> byId;
    private final Map<OrgUnitId, List<Person>> byUnit;
    private final Map<Role, List<Person>> byRole;
    private final List<Person> activeMentors;

    SampleOrganization(Organization organization, List<Person> people, List<ProgramGoal> goals, Person director) {
        this.organization = Objects.requireNonNull(organization, "organization");
        this.people = List.copyOf(people);
        this.goals = List.copyOf(goals);
        this.director = Objects.requireNonNull(director, "director");
        this.byId = this.people.stream()
                .collect(Collectors.toMap(Person::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.byUnit =
                this.people.stream().collect(Collectors.groupingBy(Person::unitId, Collectors.toUnmodifiableList()));
        EnumMap<Role, List<Person>> roles = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            roles.put(role, this.people.stream().filter(p -> p.hasRole(role)).toList());
        }
        this.byRole = roles;
        this.activeMentors = this.people.stream().filter(Person::isActiveMentor).toList();
    }

    /**
     * Returns the organization with its unit tree.
     *
     * @return the organization, never null
     */
    public Organization organization() {
        return organization;
    }

    /**
     * Returns every person, the director general first.
     *
     * @return an unmodifiable list, never null
     */
    public List<Person> people() {
        return people;
    }

    /**
     * Returns the goals management set: one for the organization, one for a work community and
     * one for individuals, each with indicators.
     *
     * @return an unmodifiable list, never null
     */
    public List<ProgramGoal> goals() {
        return goals;
    }

    /**
     * Returns the director general: the head of the management unit, with {@link Role#MANAGEMENT}
     * and no manager. A natural programme sponsor.
     *
     * @return the director, never null
     */
    public Person director() {
        return director;
    }

    /**
     * Returns the person with the id.
     *
     * @param id the id, not null
     * @return the person, or empty when none has it
     */
    public Optional<Person> person(PersonId id) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Returns the people who have the role, in generation order.
     *
     * @param role the role, not null
     * @return an unmodifiable list, never null
     */
    public List<Person> withRole(Role role) {
        Objects.requireNonNull(role, "role");
        return byRole.get(role);
    }

    /**
     * Returns the people whose mentor consent is in force.
     *
     * @return an unmodifiable list, never null
     */
    public List<Person> activeMentors() {
        return activeMentors;
    }

    /**
     * Returns this agency without its active mentors past the first {@code count}: the same
     * organization and goals, the people less those mentors. For stories too long to tell with every
     * mentor of a very large agency (a programme's commands each check the whole programme).
     *
     * @param count how many active mentors to keep, at least 0
     * @return the agency with at most {@code count} active mentors, never null
     */
    public SampleOrganization withActiveMentorsLimitedTo(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        if (activeMentors.size() <= count) {
            return this;
        }
        Set<PersonId> left = new HashSet<>();
        activeMentors.subList(count, activeMentors.size()).forEach(p -> left.add(p.id()));
        return new SampleOrganization(
                organization,
                people.stream().filter(p -> !left.contains(p.id())).toList(),
                goals,
                director);
    }

    /**
     * Returns the people of a unit (not of its sub-units).
     *
     * @param unitId the unit, not null
     * @return an unmodifiable list, never null
     */
    public List<Person> peopleIn(OrgUnitId unitId) {
        Objects.requireNonNull(unitId, "unitId");
        return byUnit.getOrDefault(unitId, List.of());
    }

    @Override
    public String toString() {
        return "SampleOrganization{" + organization.name() + ", units="
                + organization.units().size() + ", people=" + people.size() + ", goals=" + goals.size() + "}";
    }
}
