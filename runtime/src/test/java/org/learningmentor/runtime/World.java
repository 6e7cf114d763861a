package org.learningmentor.runtime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.IdGenerator;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.persistence.OutboxEntry;
import org.learningmentor.persistence.Persistence;
import org.learningmentor.persistence.memory.InMemoryPersistence;
import org.learningmentor.testkit.sample.SampleData;
import org.learningmentor.testkit.sample.SampleOrganization;
import org.learningmentor.testkit.sample.SamplePrograms;
import org.learningmentor.testkit.time.TestClock;

/**
 * A sample agency stored in a fresh in-memory store, with a runtime over it: the fixture of the
 * runtime's tests. The agency (120 people, seed 2026) and its programmes are generated once per
 * JVM; every world has its own store, clock, ids and recorded events.
 */
final class World {

    /** After every event of the sample story, so that no command goes back in time. */
    static final Instant NOW = Instant.parse("2027-01-04T09:00:00Z");

    private static final SampleOrganization AGENCY = SampleData.organization(2026, 120);
    private static final Map<ProgramPhase, MentoringProgram> PROGRAMS = new ConcurrentHashMap<>();

    final SampleOrganization agency = AGENCY;
    final Persistence persistence;
    final TestClock clock = TestClock.at(NOW);
    final List<DomainEvent> heard = Collections.synchronizedList(new ArrayList<>());
    final LearningMentor runtime;

    private final Map<Role, Person> byRole = new EnumMap<>(Role.class);
    private final Person otherMentor;

    private World(Persistence persistence, UnaryOperator<LearningMentor.Builder> options) {
        this.persistence = persistence;
        this.runtime = options.apply(LearningMentor.builder()
                        .persistence(persistence)
                        .clock(clock)
                        .ids(IdGenerator.seeded(7))
                        .listener(heard::add))
                .build();
        runtime.organizations().register(agency.organization(), agency.people());
        List<Person> mentors = agency.activeMentors();
        this.otherMentor = mentors.get(1);
        for (Role role : Role.values()) {
            Person person = role == Role.MENTOR
                    ? mentors.get(0)
                    : role == Role.EMPLOYEE
                            ? agency.people().stream()
                                    .filter(p -> p.roles().equals(Set.of(Role.EMPLOYEE)))
                                    .findFirst()
                                    .orElseThrow()
                            : agency.withRole(role).stream()
                                    .filter(p -> !p.id().equals(otherMentor.id()))
                                    .findFirst()
                                    .orElseThrow();
            byRole.put(role, person);
        }
    }

    /** A world over a fresh in-memory store with the default options. */
    static World create() {
        return new World(InMemoryPersistence.create(), b -> b);
    }

    /** A world over the given store (which a test may wrap) with tailored options. */
    static World create(Persistence persistence, UnaryOperator<LearningMentor.Builder> options) {
        return new World(persistence, options);
    }

    OrganizationId organizationId() {
        return agency.organization().id();
    }

    /** The person who stands for a role: holds it (an active mentor for MENTOR, only EMPLOYEE for EMPLOYEE). */
    Person personFor(Role role) {
        return byRole.get(role);
    }

    /** The actor acting in exactly one role. */
    Actor actor(Role role) {
        Person person = personFor(role);
        return Actor.of(person.organizationId(), person.id(), Set.of(role));
    }

    /** An HR person acting in all their roles. */
    Actor hr() {
        return Actor.of(personFor(Role.HR));
    }

    /** An active mentor who stands for no role: the "someone else" of the tests. */
    PersonId other() {
        return otherMentor.id();
    }

    /** Stores the agency's sample programme as it is on entering the phase, and returns its id. */
    ProgramId storeProgram(ProgramPhase phase) {
        MentoringProgram program = PROGRAMS.computeIfAbsent(
                phase, p -> SamplePrograms.inPhase(agency, p, 7).program());
        return persistence.programs().save(organizationId(), program).id();
    }

    MentoringProgram program(ProgramId id) {
        return persistence.programs().find(organizationId(), id).orElseThrow();
    }

    Person person(PersonId id) {
        return persistence.people().find(organizationId(), id).orElseThrow();
    }

    List<OutboxEntry> outbox() {
        return persistence.outbox().undelivered(1000);
    }
}
