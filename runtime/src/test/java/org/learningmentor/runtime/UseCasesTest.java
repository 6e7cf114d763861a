package org.learningmentor.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.organization.OrgUnit;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.organization.UnitAdded;
import org.learningmentor.core.pair.MentoringPair;
import org.learningmentor.core.pair.PairEndReason;
import org.learningmentor.core.pair.PairKind;
import org.learningmentor.core.person.MentorConsentGiven;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.plan.MentorPlan;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.PhaseAdvanceException;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.core.program.ProgramTemplate;
import org.learningmentor.core.survey.Instruments;
import org.learningmentor.core.survey.ResponseToken;
import org.learningmentor.core.survey.Survey;
import org.learningmentor.core.survey.SurveyPurpose;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;
import org.learningmentor.testkit.sample.SampleData;
import org.learningmentor.testkit.sample.SampleOrganization;

class UseCasesTest {

    private final World world = World.create();
    private final Actor hr = world.hr();

    @Test
    void preparationStory() {
        // HR creates the agency's programme for the whole organization…
        MentoringProgram program = world.runtime
                .programs()
                .create(
                        hr,
                        LocalizedText.of(Language.FI, "Oppimismentorointi 2027"),
                        ProgramTemplate.standard(),
                        LocalDate.of(2027, 2, 1),
                        LocalDate.of(2027, 12, 17),
                        List.of());
        assertThat(program.version()).isEqualTo(1);
        assertThat(program.phase()).isEqualTo(ProgramPhase.PREPARATION);

        // …cannot leave preparation before a sponsor and a coordinator are named…
        PhaseAdvanceException early = catchThrowableOfType(
                PhaseAdvanceException.class, () -> world.runtime.programs().advance(hr, program.id()));
        assertThat(early.codes()).contains("program.guard.sponsor-named", "program.guard.coordinator-named");

        // …the director general sponsors it, names HR as coordinator, and HR moves on to analysis.
        Actor director = Actor.of(world.agency.director());
        world.runtime
                .programs()
                .nameSponsor(director, program.id(), world.agency.director().id());
        world.runtime.programs().nameCoordinator(director, program.id(), hr.personId());
        MentoringProgram analysing = world.runtime.programs().advance(hr, program.id());

        assertThat(analysing.phase()).isEqualTo(ProgramPhase.ANALYSIS);
        assertThat(analysing.version()).isEqualTo(4);
        assertThat(world.outbox()).hasSize(4);
        assertThat(world.heard)
                .extracting(DomainEvent::actor)
                .containsExactly(hr.personId(), director.personId(), director.personId(), hr.personId());
        assertThat(world.runtime.programs().find(Actor.of(world.personFor(Role.EMPLOYEE)), program.id()))
                .contains(analysing);
    }

    @Test
    void aPersonVolunteersForThemselfButNotForSomeoneElse() {
        Person employee = world.personFor(Role.EMPLOYEE);
        Actor self = Actor.of(employee);

        Person volunteered = world.runtime.people().volunteerAsMentor(self, employee.id());

        assertThat(volunteered.isActiveMentor()).isTrue();
        assertThat(world.heard).singleElement().isInstanceOf(MentorConsentGiven.class);
        AccessDeniedException denied = catchThrowableOfType(
                AccessDeniedException.class, () -> world.runtime.people().volunteerAsMentor(self, world.other()));
        assertThat(denied.reason()).isEqualTo(AccessDeniedException.Reason.NOT_OWN);
        assertThat(denied.permission()).isEqualTo(Permission.PERSON_VOLUNTEER);
    }

    @Test
    void rolesTheStoredPersonNoLongerHoldsDoNotCount() {
        Person trainer = world.personFor(Role.TRAINER);
        Actor staleSession = Actor.of(trainer); // the host's session still says TRAINER
        ProgramId id = world.storeProgram(ProgramPhase.ANALYSIS);
        world.runtime.people().revokeRole(hr, trainer.id(), Role.TRAINER);

        AccessDeniedException denied = catchThrowableOfType(
                AccessDeniedException.class,
                () -> world.runtime
                        .programs()
                        .holdHrDay(
                                staleSession, id, LocalDate.of(2026, 3, 3), List.of(trainer.id()), Optional.empty()));

        assertThat(denied.reason()).isEqualTo(AccessDeniedException.Reason.NO_PERMISSION);
        assertThat(denied.getMessage()).doesNotContain("TRAINER").doesNotContain(trainer.displayName());
    }

    @Test
    void anActorNarrowedToFewerRolesActsInThoseOnly() {
        Actor hrAsEmployee = hr.withRoles(Set.of(Role.EMPLOYEE));

        assertThatThrownBy(() -> world.runtime.people().grantRole(hrAsEmployee, world.other(), Role.TRAINER))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("PERSON_GRANT_ROLE");
        assertThat(world.runtime
                        .people()
                        .grantRole(hr, world.other(), Role.TRAINER)
                        .roles())
                .contains(Role.TRAINER);
    }

    @Test
    void anActorWhoIsNotAStoredPersonOfTheOrganizationIsDenied() {
        Actor stranger =
                Actor.of(world.organizationId(), PersonId.of(UUID.randomUUID()), Set.of(Role.HR, Role.MANAGEMENT));

        AccessDeniedException denied = catchThrowableOfType(
                AccessDeniedException.class, () -> world.runtime.organizations().get(stranger));

        assertThat(denied.reason()).isEqualTo(AccessDeniedException.Reason.UNKNOWN_ACTOR);
        assertThat(denied.actorId()).isEqualTo(stranger.personId());
    }

    @Test
    void nothingCrossesTenants() {
        // A second agency in the same store: its HR sees none of the first agency's records.
        SampleOrganization otherAgency = SampleData.organization(99, 30);
        world.runtime.organizations().register(otherAgency.organization(), otherAgency.people());
        Actor otherHr = Actor.of(otherAgency.withRole(Role.HR).get(0));
        ProgramId program = world.storeProgram(ProgramPhase.PREPARATION);

        assertThat(world.runtime.programs().find(otherHr, program)).isEmpty();
        assertThatThrownBy(() -> world.runtime.programs().advance(otherHr, program))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining(program.toString());
        assertThatThrownBy(() -> world.runtime.people().grantRole(otherHr, world.other(), Role.TRAINER))
                .isInstanceOf(NotFoundException.class);
        assertThat(world.runtime.people().list(otherHr, PageRequest.first(1000)).items())
                .extracting(Person::organizationId)
                .containsOnly(otherAgency.organization().id());
        // an actor claiming another organization is unknown there
        Actor forged = Actor.of(otherAgency.organization().id(), hr.personId(), Set.of(Role.HR));
        assertThatThrownBy(() -> world.runtime.programs().find(forged, program))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void pairsPlansAndSurveysStayInTheirTenant() {
        SampleOrganization otherAgency = SampleData.organization(99, 30);
        world.runtime.organizations().register(otherAgency.organization(), otherAgency.people());
        Actor otherHr = Actor.of(otherAgency.withRole(Role.HR).get(0));
        ProgramId program = world.storeProgram(ProgramPhase.TRAINING);
        Person mentor = world.personFor(Role.MENTOR);
        MentoringPair pair =
                world.runtime.pairs().pairDirectly(hr, program, PairKind.MENTOR_PAIR, mentor.id(), world.other());
        MentorPlan plan = world.runtime
                .plans()
                .draftIndividual(Actor.of(mentor), program, LocalizedText.of(Language.EN, "Feedback"));
        Survey survey = world.runtime
                .surveys()
                .open(
                        hr,
                        program,
                        Instruments.defaultInstrument(),
                        SurveyPurpose.BASELINE,
                        world.agency.organization().topLevelUnits().stream()
                                .map(OrgUnit::id)
                                .toList());

        assertThat(world.runtime.pairs().find(otherHr, pair.id())).isEmpty();
        assertThat(world.runtime
                        .pairs()
                        .listByProgram(otherHr, program, PageRequest.first(10))
                        .items())
                .isEmpty();
        assertThatThrownBy(() -> world.runtime.pairs().end(otherHr, pair.id(), PairEndReason.OTHER, Optional.empty()))
                .isInstanceOf(NotFoundException.class);
        assertThat(world.runtime.plans().find(otherHr, plan.id())).isEmpty();
        assertThatThrownBy(() -> world.runtime.plans().approve(otherHr, plan.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(world.runtime.surveys().find(otherHr, survey.id())).isEmpty();
        assertThatThrownBy(() -> world.runtime.surveys().profile(otherHr, survey.id()))
                .isInstanceOf(NotFoundException.class);
        // an answer naming the other organization does not reach this one's survey
        Map<String, Integer> answers = new HashMap<>();
        Instruments.defaultInstrument().itemCodes().forEach(code -> answers.put(code, 4));
        assertThatThrownBy(() -> world.runtime
                        .surveys()
                        .respond(
                                ResponseToken.random(new SecureRandom()),
                                survey.id(),
                                otherAgency.organization().id(),
                                otherAgency.people().get(0).unitId(),
                                answers))
                .isInstanceOf(NotFoundException.class);
        assertThat(world.persistence.responses().countBySurvey(world.organizationId(), survey.id()))
                .isZero();
    }

    @Test
    void queriesPageThroughPeopleAndProgrammes() {
        Page<Person> first = world.runtime.people().list(hr, PageRequest.first(50));
        List<Person> all = Page.stream(
                        PageRequest.first(50), r -> world.runtime.people().list(hr, r))
                .toList();
        Page<Person> mentors = world.runtime.people().listByRole(hr, Role.MENTOR, PageRequest.first(100));
        world.storeProgram(ProgramPhase.TRAINING);

        assertThat(first.items()).hasSize(50);
        assertThat(first.hasNext()).isTrue();
        assertThat(all).hasSize(world.agency.people().size());
        assertThat(mentors.items())
                .extracting(Person::id)
                .containsExactlyInAnyOrderElementsOf(
                        world.agency.activeMentors().stream().map(Person::id).toList());
        assertThat(world.runtime
                        .programs()
                        .listByPhase(hr, ProgramPhase.TRAINING, PageRequest.first(10))
                        .items())
                .hasSize(1);
        assertThat(world.runtime.programs().list(hr, PageRequest.first(10)).items())
                .hasSize(1);
        OrgUnitId unit = world.personFor(Role.EMPLOYEE).unitId();
        assertThat(world.runtime
                        .people()
                        .listByUnit(hr, unit, PageRequest.first(100))
                        .items())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.unitId()).isEqualTo(unit));
    }

    @Test
    void everyoneSeesThemselfButOnlyThoseWhoRunTheProgrammeSeeOthers() {
        Actor mentor = world.actor(Role.MENTOR);

        assertThat(world.runtime.people().find(mentor, mentor.personId())).isPresent();
        assertThatThrownBy(() -> world.runtime.people().find(mentor, world.other()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> world.runtime.people().list(mentor, PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(world.runtime.people().find(hr, PersonId.of(UUID.randomUUID())))
                .isEmpty();
    }

    @Test
    void unitsAreAddedAndPeopleMovedOnlyIntoOpenUnitsOfTheOrganization() {
        Organization organization = world.runtime
                .organizations()
                .addUnit(hr, "OPPI", LocalizedText.of(Language.EN, "Learning lab"), Optional.empty());
        OrgUnitId lab = organization.unitByCode("OPPI").orElseThrow().id();
        assertThat(world.heard).singleElement().isInstanceOf(UnitAdded.class);

        Person moved = world.runtime.people().moveToUnit(hr, world.other(), lab);
        assertThat(moved.unitId()).isEqualTo(lab);

        assertThat(world.runtime
                        .organizations()
                        .moveUnit(hr, lab, Optional.of(world.agency.director().unitId()))
                        .unit(lab)
                        .orElseThrow()
                        .parentId())
                .contains(world.agency.director().unitId());
        OrgUnitId unknown = OrgUnitId.of(UUID.randomUUID());
        ReferenceException refused = catchThrowableOfType(
                ReferenceException.class, () -> world.runtime.people().moveToUnit(hr, world.other(), unknown));
        assertThat(refused.codes()).containsExactly(ReferenceException.UNIT_UNKNOWN);

        world.runtime
                .people()
                .moveToUnit(hr, world.other(), world.personFor(Role.EMPLOYEE).unitId());
        world.runtime.organizations().closeUnit(hr, lab);
        assertThat(catchThrowableOfType(
                                ReferenceException.class,
                                () -> world.runtime.people().moveToUnit(hr, world.other(), lab))
                        .codes())
                .containsExactly(ReferenceException.UNIT_CLOSED);
    }

    @Test
    void peopleAreAddedToTheActorsOrganizationOnly() {
        OrgUnitId unit = world.personFor(Role.EMPLOYEE).unitId();
        Person newcomer =
                newcomer(world.organizationId(), unit, world.agency.director().id());

        assertThat(world.runtime.people().add(hr, newcomer).version()).isEqualTo(1);
        assertThat(world.outbox()).isEmpty(); // the model has no event for a new person

        Person elsewhere = newcomer(
                OrganizationId.of(UUID.randomUUID()),
                unit,
                world.agency.director().id());
        assertThat(catchThrowableOfType(
                                ReferenceException.class,
                                () -> world.runtime.people().add(hr, elsewhere))
                        .codes())
                .containsExactly(ReferenceException.ORGANIZATION_OTHER);
        Person managedByNobody = newcomer(world.organizationId(), unit, PersonId.of(UUID.randomUUID()));
        assertThatThrownBy(() -> world.runtime.people().add(hr, managedByNobody))
                .isInstanceOf(NotFoundException.class);
    }

    private static Person newcomer(OrganizationId organizationId, OrgUnitId unitId, PersonId managerId) {
        return Person.builder()
                .id(PersonId.of(UUID.randomUUID()))
                .organizationId(organizationId)
                .unitId(unitId)
                .displayName("Uusi Työntekijä")
                .email("uusi@example.fi")
                .addRoles(Role.EMPLOYEE)
                .managerId(managerId)
                .language(Language.FI)
                .build();
    }

    @Test
    void nullArgumentsAreRefusedAtOnceNamingTheParameter() {
        assertThatThrownBy(() -> world.runtime.programs().nameSponsor(hr, null, hr.personId()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> world.runtime.programs().goBack(hr, ProgramId.of(UUID.randomUUID()), null))
                .hasMessage("reason");
        assertThatThrownBy(() -> world.runtime.organizations().get(null)).hasMessage("actor");
    }
}
