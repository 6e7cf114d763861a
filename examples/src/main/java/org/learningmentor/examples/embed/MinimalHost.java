package org.learningmentor.examples.embed;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.IdGenerator;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.ProgramTemplate;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;
import org.learningmentor.persistence.jdbc.Dialect;
import org.learningmentor.persistence.jdbc.JdbcPersistence;
import org.learningmentor.runtime.AccessDeniedException;
import org.learningmentor.runtime.Actor;
import org.learningmentor.runtime.LearningMentor;

/**
 * The smallest host of the SDK: an embedded H2 database, the JDBC persistence over it, the runtime
 * over that, and a few use cases called the way an HR application calls them.
 *
 * <ol>
 *   <li>{@link #wire}: a {@link DataSource} (here H2 in memory; in production the host's pool over
 *       PostgreSQL), {@link JdbcPersistence} applying its schema scripts, and a {@link
 *       LearningMentor} with the system clock, random ids and one event listener;
 *   <li>provisioning: the organization and its first people, registered without an actor (a host
 *       maps its own HR records to {@link Person}s);
 *   <li>use cases as the actors themselves: HR creates a programme and names its sponsor, an
 *       employee volunteers as a mentor, and the same employee is refused when she tries to advance
 *       the programme ({@link AccessDeniedException} names the permission);
 *   <li>a query with paging.
 * </ol>
 *
 * <pre>
 * ./mvnw -q -pl examples -am package -DskipTests exec:java \
 *     -Dexec.mainClass=org.learningmentor.examples.embed.MinimalHost
 * </pre>
 */
public final class MinimalHost {

    private MinimalHost() {}

    /**
     * Runs the sample over a fresh in-memory H2 database and prints what happened.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:minimal-host;DB_CLOSE_DELAY=-1");
        run(h2, System.out);
    }

    /**
     * Wires the runtime over a database: the one piece of code every host writes.
     *
     * @param dataSource the database, H2 here; a pooled PostgreSQL {@link DataSource} with {@link
     *     Dialect#POSTGRESQL} in production
     * @param clock the clock, {@code Clock.systemUTC()} in production
     * @param ids the id generator, {@code IdGenerator.random()} in production
     * @param heard receives every committed event
     * @return the runtime, ready for use cases
     */
    public static LearningMentor wire(DataSource dataSource, Clock clock, IdGenerator ids, List<DomainEvent> heard) {
        JdbcPersistence persistence = JdbcPersistence.builder()
                .dataSource(dataSource)
                .dialect(Dialect.H2)
                .migrate(true) // apply the versioned schema scripts; false: only check them
                .build();
        return LearningMentor.builder()
                .persistence(persistence)
                .clock(clock)
                .ids(ids)
                .listener(heard::add) // called after each commit with that use case's events
                .build();
    }

    /**
     * Runs the sample's story over the given database and returns what it did.
     *
     * @param dataSource an empty database
     * @param out where the story is told
     * @return the outcome, for the sample's test
     */
    public static Outcome run(DataSource dataSource, PrintStream out) {
        List<DomainEvent> heard = new ArrayList<>();
        IdGenerator ids = IdGenerator.random();
        LearningMentor learningMentor = wire(dataSource, Clock.systemUTC(), ids, heard);

        // Provisioning: the tenant and its first people, from the host's own HR records.
        Organization agency = Organization.create(
                OrganizationId.next(ids),
                LocalizedText.of("Saaristovirasto", "Skärgårdsverket", "Archipelago Agency"),
                List.of(Language.FI, Language.SV));
        OrgUnitId unit = OrgUnitId.next(ids);
        agency = agency.addUnit(
                        unit,
                        "HAL",
                        LocalizedText.of("Hallinto", "Förvaltning", "Administration"),
                        Optional.empty(),
                        PersonId.next(ids),
                        Clock.systemUTC().instant())
                .state();
        Person hrPerson = person(ids, agency, unit, "Helena Korhonen", Role.HR);
        Person director = person(ids, agency, unit, "Pekka Nieminen", Role.MANAGEMENT);
        Person aino = person(ids, agency, unit, "Aino Virtanen", Role.EMPLOYEE);
        learningMentor.organizations().register(agency, List.of(hrPerson, director, aino));

        // Use cases, each as the person who does it.
        Actor hr = Actor.of(hrPerson);
        LocalDate start = LocalDate.now(Clock.systemUTC()).plusWeeks(2);
        MentoringProgram program = learningMentor
                .programs()
                .create(
                        hr,
                        LocalizedText.of(Language.FI, "Oppimismentorointi"),
                        ProgramTemplate.standard(),
                        start,
                        start.plusMonths(10),
                        List.of());
        program = learningMentor.programs().nameSponsor(hr, program.id(), director.id());
        out.println("Programme " + program.id() + " in " + program.phase() + ", version " + program.version());

        Person volunteer = learningMentor.people().volunteerAsMentor(Actor.of(aino), aino.id());
        out.println("Aino volunteered: active mentor " + volunteer.isActiveMentor());

        Optional<AccessDeniedException> refused = Optional.empty();
        try {
            learningMentor.programs().advance(Actor.of(volunteer), program.id());
        } catch (AccessDeniedException e) {
            refused = Optional.of(e);
            out.println("Aino may not advance the programme: " + e.getMessage());
        }

        Page<Person> mentors = learningMentor.people().listByRole(hr, Role.MENTOR, PageRequest.first(50));
        out.println("Mentors: " + mentors.items().size());
        out.println("Committed events heard by the listener: " + heard.size());
        return new Outcome(learningMentor, hr, program, mentors.items(), List.copyOf(heard), refused);
    }

    private static Person person(IdGenerator ids, Organization agency, OrgUnitId unit, String name, Role role) {
        return Person.builder()
                .id(PersonId.next(ids))
                .organizationId(agency.id())
                .unitId(unit)
                .displayName(name)
                .email(name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.fi")
                .addRoles(role)
                .language(Language.FI)
                .build();
    }

    /**
     * What the sample did: the runtime, the HR actor, the programme, the mentors found, the
     * events heard and the refusal.
     *
     * @param learningMentor the wired runtime
     * @param hr the HR actor who ran the programme's use cases
     * @param program the programme as last stored
     * @param mentors the mentors the query found
     * @param heard the committed events, in order
     * @param refused the refusal of the mentor's attempt to advance the programme
     */
    public record Outcome(
            LearningMentor learningMentor,
            Actor hr,
            MentoringProgram program,
            List<Person> mentors,
            List<DomainEvent> heard,
            Optional<AccessDeniedException> refused) {}
}
