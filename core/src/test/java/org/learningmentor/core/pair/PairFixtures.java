package org.learningmentor.core.pair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PairId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.Violation;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.ProgramMentor;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.core.program.ProgramTemplate;

/**
 * Fixtures of the pair aggregate: the fictional Archipelago Agency (Saaristovirasto) runs a
 * learning-mentoring programme in 2026 with eight enrolled mentors, Elsa from HR, an employee who
 * may be a mentee, a volunteer not enrolled in the programme, an enrolled mentor who has withdrawn
 * consent since, and a mentor of another agency.
 */
final class PairFixtures {

    static final OrganizationId AGENCY = OrganizationId.of(uuid(0xa1));
    static final OrganizationId OTHER_AGENCY = OrganizationId.of(uuid(0xa2));
    static final OrgUnitId FINANCE = OrgUnitId.of(uuid(0xb1));
    static final ProgramId PROGRAM = ProgramId.of(uuid(0xd1));
    static final ProgramId OTHER_PROGRAM = ProgramId.of(uuid(0xd2));
    static final LocalDate START = LocalDate.of(2026, 2, 2);
    static final LocalDate END = LocalDate.of(2026, 12, 18);
    /** Monday 1 June 2026, 10:00 in Helsinki. */
    static final Instant T0 = Instant.parse("2026-06-01T07:00:00Z");

    static final Person HR = person(0xc2, AGENCY, Role.HR, Role.EMPLOYEE);
    static final Person EMPLOYEE = person(0xc4, AGENCY, Role.EMPLOYEE);
    static final Person EMPLOYEE_2 = person(0xc5, AGENCY, Role.EMPLOYEE);
    /** A volunteer with consent in force who is not enrolled in the programme. */
    static final Person NOT_ENROLLED = volunteer(person(0xc6, AGENCY, Role.EMPLOYEE));
    /** Enrolled in the programme, but has withdrawn mentor consent since. */
    static final Person CONSENT_WITHDRAWN = volunteer(person(0xc7, AGENCY, Role.EMPLOYEE))
            .withdrawMentorConsent(PersonId.of(uuid(0xc7)), T0.minusSeconds(3_600), "Siirryn muihin tehtäviin.")
            .state();
    /** A volunteer of another agency. */
    static final Person OUTSIDER = volunteer(person(0xc8, OTHER_AGENCY, Role.EMPLOYEE));
    /** Eight volunteers with consent in force, enrolled as mentors 1 to 8. */
    static final List<Person> MENTORS = mentors(8);

    private PairFixtures() {}

    static UUID uuid(int n) {
        return UUID.fromString(String.format("5c3d0e2f-0000-4000-8000-%012x", n));
    }

    static PairId pairId(int n) {
        return PairId.of(uuid(0x1000 + n));
    }

    static Instant minutes(long minutes) {
        return T0.plusSeconds(minutes * 60);
    }

    static Person mentor(int n) {
        return MENTORS.get(n - 1);
    }

    static Person person(int n, OrganizationId organization, Role... roles) {
        return Person.builder()
                .id(PersonId.of(uuid(n)))
                .organizationId(organization)
                .unitId(FINANCE)
                .displayName("Henkilö " + n)
                .email("person" + n + "@example.fi")
                .addRoles(roles)
                .language(Language.FI)
                .build();
    }

    static Person volunteer(Person person) {
        return person.volunteerAsMentor(person.id(), Instant.parse("2026-01-15T08:00:00Z"))
                .state();
    }

    private static List<Person> mentors(int count) {
        List<Person> people = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            people.add(volunteer(person(0x100 + i, AGENCY, Role.EMPLOYEE)));
        }
        return List.copyOf(people);
    }

    /** The programme in training, with mentors 1–8, the withdrawn-consent mentor and the outsider enrolled. */
    static MentoringProgram aProgram() {
        return aProgramIn(ProgramPhase.TRAINING);
    }

    /** The programme in the phase, restored by its builder with the mentors enrolled. */
    static MentoringProgram aProgramIn(ProgramPhase phase) {
        MentoringProgram.Builder builder = MentoringProgram.builder();
        builder.id(PROGRAM)
                .organizationId(AGENCY)
                .name(LocalizedText.of("Oppimismentorointi 2026", "Lärandementorskap 2026", "Learning mentoring 2026"))
                .template(ProgramTemplate.standard())
                .plannedStart(START)
                .plannedEnd(END)
                .phase(phase);
        List<Person> enrolled = new ArrayList<>(MENTORS);
        enrolled.add(CONSENT_WITHDRAWN);
        enrolled.add(OUTSIDER);
        for (Person mentor : enrolled) {
            builder.addMentors(ProgramMentor.builder()
                    .personId(mentor.id())
                    .enrolledAt(Instant.parse("2026-03-01T08:00:00Z"))
                    .build());
        }
        return builder.build();
    }

    /** Another programme of the agency, with the same mentors. */
    static MentoringProgram anotherProgram() {
        MentoringProgram program = aProgram();
        MentoringProgram.Builder builder = MentoringProgram.builder();
        builder.id(OTHER_PROGRAM)
                .organizationId(AGENCY)
                .name(program.name())
                .template(program.template())
                .plannedStart(START)
                .plannedEnd(END)
                .phase(ProgramPhase.TRAINING)
                .addAllMentors(program.mentors());
        return builder.build();
    }

    /** Mentors 1 and 2 proposed as a mentor pair by mentor 1, at T0. */
    static MentoringPair aProposal() {
        return aProposal(pairId(1), mentor(1), mentor(2));
    }

    static MentoringPair aProposal(PairId id, Person proposer, Person other) {
        return MentoringPair.propose(
                        id, PairKind.MENTOR_PAIR, aProgram(), proposer, other, List.of(), PairingPolicy.defaults(), T0)
                .state();
    }

    /** Mentors 1 and 2 as an active mentor pair, formed directly by HR at T0. */
    static MentoringPair anActivePair() {
        return anActivePair(pairId(1), mentor(1), mentor(2));
    }

    static MentoringPair anActivePair(PairId id, Person first, Person second) {
        return anActivePair(id, PairKind.MENTOR_PAIR, first, second);
    }

    static MentoringPair anActivePair(PairId id, PairKind kind, Person first, Person second) {
        return MentoringPair.pairDirectly(
                        id, kind, aProgram(), HR, first, second, List.of(), PairingPolicy.defaults(), T0)
                .state();
    }

    /** A pair that went through every step: proposed, accepted, ended by HR with a note. */
    static MentoringPair anEndedPair() {
        MentoringProgram program = aProgram();
        return aProposal()
                .accept(mentor(2), mentor(1), program, List.of(), PairingPolicy.defaults(), minutes(60))
                .state()
                .end(PairEndReason.REORGANISED, Optional.of(NOTE), program, HR, minutes(120))
                .state();
    }

    /** A note about the people, to prove it never reaches a toString or an event. */
    static final String NOTE = "Aino siirtyi palveluyksikköön, Matti jäi talousyksikköön.";

    /** Runs the command, which must be refused, and returns the refusal's codes with their paths. */
    static List<String> refusal(ThrowingCallable command) {
        PairRuleException thrown = catchThrowableOfType(PairRuleException.class, command);
        assertThat(thrown).as("the command must be refused").isNotNull();
        return thrown.violations().stream().map(PairFixtures::codeAndPath).toList();
    }

    static String codeAndPath(Violation violation) {
        return violation.code() + "@" + violation.path();
    }

    static LocalizedText text(String en) {
        return LocalizedText.of(Language.EN, en);
    }
}
