package org.learningmentor.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningmentor.core.common.DevelopmentTargetId;
import org.learningmentor.core.common.DomainRuleException;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.SupportActivityId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.organization.OrgUnit;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.program.ActionItem;
import org.learningmentor.core.program.ActionStatus;
import org.learningmentor.core.program.DevelopmentTarget;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.core.program.ProgramTemplate;
import org.learningmentor.core.program.SupportActivity;
import org.learningmentor.core.program.SupportKind;
import org.learningmentor.persistence.PageRequest;

/**
 * Walks the whole default permission table: for every permission and every role, a real use case
 * over a real store. An allowed cell gets past authorization (it succeeds, or the model refuses it
 * for a rule of its own); a denied cell throws {@link AccessDeniedException} naming the permission
 * and the actor; an "own" cell is allowed on the actor's own record and denied on someone else's.
 */
class PermissionMatrixTest {

    /** One use case, called by the actor on a record of the target (where it has one). */
    @FunctionalInterface
    interface Call {
        void run(World world, ProgramId program, Actor actor, PersonId target);
    }

    /** A use case and the phase of the programme it needs (null: no programme). */
    record Scenario(ProgramPhase phase, Call call) {}

    private static final LocalizedText NAME = LocalizedText.of(Language.EN, "Learning together");

    private static final Map<Permission, Scenario> SCENARIOS = scenarios();

    private static final AtomicInteger SUCCEEDED = new AtomicInteger();
    private static final AtomicInteger REFUSED_BY_MODEL = new AtomicInteger();

    @AfterAll
    static void report() {
        System.out.println("Permission matrix: " + SUCCEEDED + " allowed calls succeeded, " + REFUSED_BY_MODEL
                + " were refused by a rule of the model after authorization");
    }

    private static Map<Permission, Scenario> scenarios() {
        Map<Permission, Scenario> s = new EnumMap<>(Permission.class);
        // organization
        s.put(
                Permission.ORGANIZATION_VIEW,
                noProgram((w, p, a, t) -> w.runtime.organizations().get(a)));
        s.put(
                Permission.ORGANIZATION_RENAME,
                noProgram((w, p, a, t) -> w.runtime.organizations().rename(a, NAME)));
        s.put(
                Permission.ORGANIZATION_CHANGE_SETTINGS,
                noProgram((w, p, a, t) -> w.runtime
                        .organizations()
                        .changeSettings(a, organization(w).settings().withAnonymityThreshold(9))));
        s.put(
                Permission.ORGANIZATION_CHANGE_LANGUAGES,
                noProgram((w, p, a, t) -> w.runtime.organizations().changeLanguages(a, List.of(Language.EN))));
        s.put(
                Permission.UNIT_ADD,
                noProgram((w, p, a, t) -> w.runtime.organizations().addUnit(a, "NEW", NAME, Optional.empty())));
        s.put(
                Permission.UNIT_RENAME,
                noProgram((w, p, a, t) -> w.runtime.organizations().renameUnit(a, leafUnit(w), NAME)));
        s.put(
                Permission.UNIT_MOVE,
                noProgram((w, p, a, t) -> w.runtime.organizations().moveUnit(a, leafUnit(w), Optional.empty())));
        s.put(
                Permission.UNIT_CLOSE,
                noProgram((w, p, a, t) -> w.runtime.organizations().closeUnit(a, leafUnit(w))));
        // people
        s.put(
                Permission.PERSON_VIEW,
                noProgram((w, p, a, t) -> w.runtime.people().find(a, t)));
        s.put(
                Permission.PERSON_LIST,
                noProgram((w, p, a, t) -> w.runtime.people().list(a, PageRequest.first(10))));
        s.put(
                Permission.PERSON_ADD,
                noProgram((w, p, a, t) -> w.runtime.people().add(a, newcomer(w))));
        s.put(
                Permission.PERSON_VOLUNTEER,
                noProgram((w, p, a, t) -> w.runtime.people().volunteerAsMentor(a, t)));
        s.put(
                Permission.PERSON_WITHDRAW_CONSENT,
                noProgram((w, p, a, t) -> w.runtime.people().withdrawMentorConsent(a, t, "Other duties")));
        s.put(
                Permission.PERSON_GRANT_ROLE,
                noProgram((w, p, a, t) -> w.runtime.people().grantRole(a, t, Role.TRAINER)));
        s.put(
                Permission.PERSON_REVOKE_ROLE,
                noProgram((w, p, a, t) -> w.runtime.people().revokeRole(a, t, Role.EMPLOYEE)));
        s.put(
                Permission.PERSON_MOVE,
                noProgram((w, p, a, t) -> w.runtime.people().moveToUnit(a, t, leafUnit(w))));
        s.put(
                Permission.PERSON_ASSIGN_MANAGER,
                noProgram((w, p, a, t) -> w.runtime
                        .people()
                        .assignManager(a, t, Optional.of(w.agency.director().id()))));
        // programme
        s.put(
                Permission.PROGRAM_VIEW,
                in(
                        ProgramPhase.PREPARATION,
                        (w, p, a, t) -> w.runtime.programs().find(a, p)));
        s.put(
                Permission.PROGRAM_LIST,
                in(
                        ProgramPhase.PREPARATION,
                        (w, p, a, t) -> w.runtime.programs().list(a, PageRequest.first(10))));
        s.put(
                Permission.PROGRAM_CREATE,
                noProgram((w, p, a, t) -> w.runtime
                        .programs()
                        .create(
                                a,
                                NAME,
                                ProgramTemplate.standard(),
                                LocalDate.of(2027, 2, 1),
                                LocalDate.of(2027, 12, 17),
                                List.of())));
        s.put(
                Permission.PROGRAM_NAME_SPONSOR,
                in(
                        ProgramPhase.PREPARATION,
                        (w, p, a, t) -> w.runtime
                                .programs()
                                .nameSponsor(a, p, w.agency.director().id())));
        s.put(
                Permission.PROGRAM_NAME_COORDINATOR,
                in(
                        ProgramPhase.PREPARATION,
                        (w, p, a, t) -> w.runtime
                                .programs()
                                .nameCoordinator(a, p, w.personFor(Role.HR).id())));
        s.put(
                Permission.PROGRAM_HOLD_HR_DAY,
                in(
                        ProgramPhase.ANALYSIS,
                        (w, p, a, t) -> w.runtime
                                .programs()
                                .holdHrDay(
                                        a,
                                        p,
                                        LocalDate.of(2026, 3, 3),
                                        List.of(w.personFor(Role.HR).id()),
                                        Optional.empty())));
        s.put(
                Permission.PROGRAM_RECORD_CULTURE_ANALYSIS,
                in(
                        ProgramPhase.ANALYSIS,
                        (w, p, a, t) ->
                                w.runtime.programs().recordCultureAnalysis(a, p, List.of(NAME), Optional.empty())));
        s.put(
                Permission.PROGRAM_CHOOSE_DEVELOPMENT_TARGET,
                in(
                        ProgramPhase.ANALYSIS,
                        (w, p, a, t) -> w.runtime
                                .programs()
                                .chooseDevelopmentTarget(
                                        a,
                                        p,
                                        DevelopmentTarget.builder()
                                                .id(DevelopmentTargetId.of(UUID.randomUUID()))
                                                .title(NAME)
                                                .build())));
        s.put(
                Permission.PROGRAM_SET_GOAL,
                in(
                        ProgramPhase.GOAL_SETTING,
                        (w, p, a, t) -> w.runtime
                                .programs()
                                .setGoal(a, p, w.agency.goals().get(0))));
        s.put(
                Permission.PROGRAM_ENROLL_MENTOR,
                in(
                        ProgramPhase.RECRUITMENT,
                        (w, p, a, t) -> w.runtime.programs().enrollMentor(a, p, t)));
        s.put(
                Permission.PROGRAM_WITHDRAW_MENTOR,
                in(ProgramPhase.TRAINING, (w, p, a, t) -> w.runtime.programs().withdrawMentor(a, p, t)));
        s.put(
                Permission.PROGRAM_SCHEDULE_SESSION,
                in(
                        ProgramPhase.RECRUITMENT,
                        (w, p, a, t) -> w.runtime.programs().scheduleSession(a, p, LocalDate.of(2026, 4, 14))));
        s.put(
                Permission.PROGRAM_HOLD_SESSION,
                in(
                        ProgramPhase.TRAINING,
                        (w, p, a, t) -> w.runtime
                                .programs()
                                .holdSession(
                                        a, p, w.program(p).sessions().get(0).id())));
        s.put(Permission.PROGRAM_RECORD_ATTENDANCE, in(ProgramPhase.TRAINING, (w, p, a, t) -> {
            w.runtime
                    .programs()
                    .holdSession(w.hr(), p, w.program(p).sessions().get(0).id());
            w.runtime
                    .programs()
                    .recordAttendance(a, p, w.program(p).sessions().get(0).id(), w.other(), true);
        }));
        s.put(Permission.PROGRAM_GIVE_ASSIGNMENT, in(ProgramPhase.TRAINING, (w, p, a, t) -> {
            MentoringProgram program = w.program(p);
            LocalDate due = program.sessions().get(0).date().plusDays(1);
            w.runtime.programs().giveAssignment(a, p, NAME, 1, due);
        }));
        s.put(
                Permission.PROGRAM_SUBMIT_ASSIGNMENT,
                in(
                        ProgramPhase.TRAINING,
                        (w, p, a, t) -> w.runtime
                                .programs()
                                .submitAssignment(
                                        a, p, w.program(p).assignments().get(0).id(), List.of(t))));
        s.put(
                Permission.PROGRAM_HOLD_MENTOR_HR_MEETING,
                in(
                        ProgramPhase.TRAINING,
                        (w, p, a, t) -> w.runtime
                                .programs()
                                .holdMentorHrMeeting(
                                        a, p, LocalDate.of(2026, 5, 5), List.of(w.other()), Optional.of("Notes"))));
        s.put(
                Permission.PROGRAM_WRITE_CREDO,
                in(
                        ProgramPhase.TRAINING,
                        (w, p, a, t) -> w.runtime.programs().writeCredo(a, p, t, "Learning happens between us")));
        s.put(
                Permission.PROGRAM_ADD_ACTION_ITEM,
                in(
                        ProgramPhase.IMPLEMENTATION,
                        (w, p, a, t) -> w.runtime.programs().addActionItem(a, p, NAME, t, LocalDate.of(2026, 10, 1))));
        s.put(Permission.PROGRAM_CHANGE_ACTION_ITEM_STATUS, in(ProgramPhase.IMPLEMENTATION, (w, p, a, t) -> {
            // HR gives the target an item of the action plan; then the actor changes it
            MentoringProgram program =
                    w.runtime.programs().addActionItem(w.hr(), p, NAME, t, LocalDate.of(2026, 10, 1));
            ActionItem item = program.actionPlan()
                    .items()
                    .get(program.actionPlan().items().size() - 1);
            w.runtime.programs().changeActionItemStatus(a, p, item.id(), ActionStatus.IN_PROGRESS);
        }));
        s.put(
                Permission.PROGRAM_ARRANGE_SUPPORT,
                in(
                        ProgramPhase.IMPLEMENTATION,
                        (w, p, a, t) -> w.runtime
                                .programs()
                                .arrangeSupport(
                                        a,
                                        p,
                                        SupportActivity.builder()
                                                .id(SupportActivityId.of(UUID.randomUUID()))
                                                .kind(SupportKind.TIME)
                                                .description(NAME)
                                                .from(LocalDate.of(2026, 9, 1))
                                                .build())));
        s.put(
                Permission.PROGRAM_RECORD_CHECKPOINT,
                in(
                        ProgramPhase.IMPLEMENTATION,
                        (w, p, a, t) -> w.runtime
                                .programs()
                                .recordCheckpoint(a, p, LocalDate.of(2026, 10, 15), NAME, Optional.empty())));
        s.put(
                Permission.PROGRAM_RECORD_EVALUATION,
                in(
                        ProgramPhase.EVALUATION,
                        (w, p, a, t) -> w.runtime.programs().recordEvaluation(a, p, LocalDate.of(2026, 12, 1))));
        s.put(
                Permission.PROGRAM_ADVANCE,
                in(
                        ProgramPhase.PREPARATION,
                        (w, p, a, t) -> w.runtime.programs().advance(a, p)));
        s.put(
                Permission.PROGRAM_GO_BACK,
                in(ProgramPhase.ANALYSIS, (w, p, a, t) -> w.runtime.programs().goBack(a, p, "Sponsor changed")));
        return s;
    }

    private static Scenario noProgram(Call call) {
        return new Scenario(null, call);
    }

    private static Scenario in(ProgramPhase phase, Call call) {
        return new Scenario(phase, call);
    }

    private static Organization organization(World w) {
        return w.persistence.organizations().find(w.organizationId()).orElseThrow();
    }

    /** An active unit with no active unit under it, other than the units of the role holders. */
    private static OrgUnitId leafUnit(World w) {
        Organization organization = organization(w);
        return organization.activeUnits().stream()
                .filter(u -> organization.children(u.id()).stream().noneMatch(OrgUnit::isActive))
                .map(OrgUnit::id)
                .filter(id -> !id.equals(w.person(w.other()).unitId()))
                .reduce((first, second) -> second)
                .orElseThrow();
    }

    private static Person newcomer(World w) {
        return Person.builder()
                .id(PersonId.of(UUID.randomUUID()))
                .organizationId(w.organizationId())
                .unitId(leafUnit(w))
                .displayName("Uusi Työntekijä")
                .email("uusi.tyontekija@example.fi")
                .addRoles(Role.EMPLOYEE)
                .language(Language.FI)
                .build();
    }

    static Stream<Arguments> cells() {
        return Stream.of(Permission.values())
                .flatMap(permission -> Stream.of(Role.values()).map(role -> Arguments.of(permission, role)));
    }

    @Test
    void everyPermissionHasAScenario() {
        assertThat(SCENARIOS.keySet()).containsExactlyInAnyOrder(Permission.values());
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("cells")
    void eachCellOfTheDefaultTableIsEnforced(Permission permission, Role role) {
        Optional<Scope> scope = PermissionPolicy.defaults().scope(permission, role);
        if (scope.isEmpty()) {
            // denied even on the actor's own record
            World world = World.create();
            Actor actor = world.actor(role);
            assertDenied(run(world, permission, actor, actor.personId()), permission, actor);
            // nothing of the actor's reached the outbox or the listeners (set-up by HR may have)
            assertThat(world.heard).noneMatch(event -> event.actor().equals(actor.personId()));
            assertThat(world.outbox()).noneMatch(entry -> entry.event().actor().equals(actor.personId()));
        } else if (scope.get() == Scope.ANY) {
            World world = World.create();
            assertPastAuthorization(run(world, permission, world.actor(role), world.other()));
        } else {
            World own = World.create();
            Actor actor = own.actor(role);
            assertPastAuthorization(run(own, permission, actor, actor.personId()));
            World others = World.create();
            Throwable denied = run(others, permission, others.actor(role), others.other());
            assertDenied(denied, permission, others.actor(role));
            assertThat(((AccessDeniedException) denied).reason()).isEqualTo(AccessDeniedException.Reason.NOT_OWN);
        }
    }

    private static Throwable run(World world, Permission permission, Actor actor, PersonId target) {
        Scenario scenario = SCENARIOS.get(permission);
        ProgramId program = scenario.phase() == null ? null : world.storeProgram(scenario.phase());
        return catchThrowable(() -> scenario.call().run(world, program, actor, target));
    }

    private static void assertDenied(Throwable thrown, Permission permission, Actor actor) {
        assertThat(thrown).isInstanceOf(AccessDeniedException.class);
        AccessDeniedException denied = (AccessDeniedException) thrown;
        assertThat(denied.permission()).isEqualTo(permission);
        assertThat(denied.actorId()).isEqualTo(actor.personId());
        assertThat(denied.getMessage())
                .contains(permission.name(), actor.personId().toString());
    }

    /** Allowed: the use case ran, or the model refused it for a rule of its own. */
    private static void assertPastAuthorization(Throwable thrown) {
        (thrown == null ? SUCCEEDED : REFUSED_BY_MODEL).incrementAndGet();
        if (thrown != null) {
            assertThat(thrown)
                    .as("allowed cell, refused only by a rule of the model")
                    .isInstanceOfAny(DomainRuleException.class, ValidationException.class);
        }
    }
}
