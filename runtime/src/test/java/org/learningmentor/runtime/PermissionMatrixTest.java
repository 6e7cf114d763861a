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
import org.learningmentor.core.common.EvaluationId;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.PairId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.PlanId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.ProgressEntryId;
import org.learningmentor.core.common.SupportActivityId;
import org.learningmentor.core.common.SurveyId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.evaluation.RuleSets;
import org.learningmentor.core.organization.OrgUnit;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.pair.MentoringPair;
import org.learningmentor.core.pair.PairEndReason;
import org.learningmentor.core.pair.PairHistoryEntry;
import org.learningmentor.core.pair.PairKind;
import org.learningmentor.core.pair.PairStatus;
import org.learningmentor.core.pair.SuggestionCriteria;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.plan.MentorPlan;
import org.learningmentor.core.plan.PlanKind;
import org.learningmentor.core.plan.PlanStatus;
import org.learningmentor.core.plan.ProgressEntry;
import org.learningmentor.core.program.ActionItem;
import org.learningmentor.core.program.ActionStatus;
import org.learningmentor.core.program.DevelopmentTarget;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.core.program.ProgramTemplate;
import org.learningmentor.core.program.SupportActivity;
import org.learningmentor.core.program.SupportKind;
import org.learningmentor.core.survey.Instruments;
import org.learningmentor.core.survey.SurveyPurpose;
import org.learningmentor.persistence.PageRequest;
import org.learningmentor.runtime.transfer.ProgramDocument;

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

    /**
     * A use case and the phase of the programme it needs (null: no programme). A use case that acts
     * only for the actor ({@code forActorOnly}: proposing a pair, where the proposer is the actor)
     * names no one else's record, so its "own" cell has no "someone else's" half to deny.
     */
    record Scenario(ProgramPhase phase, Call call, boolean forActorOnly) {}

    private static final LocalizedText NAME = LocalizedText.of(Language.EN, "Learning together");
    private static final LocalizedText OTHER_NAME = LocalizedText.of(Language.EN, "Learning from each other");

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
        // a whole programme: exported from its store, imported into one holding its organization
        s.put(
                Permission.PROGRAM_EXPORT,
                in(
                        ProgramPhase.EVALUATION,
                        (w, p, a, t) -> w.runtime.transfers().exportProgram(a, p)));
        s.put(
                Permission.PROGRAM_IMPORT,
                noProgram((w, p, a, t) -> w.runtime.transfers().importProgram(a, ExportedProgramme.DOCUMENT)));
        // pairs
        s.put(Permission.PAIR_VIEW, in(ProgramPhase.TRAINING, (w, p, a, t) -> {
            PairId pair = storePair(w, p, PairKind.MENTOR_PAIR, t, partner(w, p, a, t), PairStatus.ACTIVE);
            w.runtime.pairs().find(a, pair);
        }));
        s.put(
                Permission.PAIR_LIST,
                in(
                        ProgramPhase.TRAINING,
                        (w, p, a, t) -> w.runtime.pairs().listByProgram(a, p, PageRequest.first(10))));
        s.put(
                Permission.PAIR_PROPOSE,
                forActorOnly(
                        ProgramPhase.TRAINING,
                        (w, p, a, t) -> w.runtime.pairs().propose(a, p, PairKind.MENTOR_PAIR, partner(w, p, a, t))));
        s.put(
                Permission.PAIR_FORM,
                in(
                        ProgramPhase.TRAINING,
                        (w, p, a, t) ->
                                w.runtime.pairs().pairDirectly(a, p, PairKind.MENTOR_PAIR, t, partner(w, p, a, t))));
        s.put(Permission.PAIR_ACCEPT, in(ProgramPhase.TRAINING, (w, p, a, t) -> {
            PairId pair = storePair(w, p, PairKind.MENTOR_MENTEE, partner(w, p, a, t), t, PairStatus.PROPOSED);
            w.runtime.pairs().accept(a, pair);
        }));
        s.put(Permission.PAIR_DECLINE, in(ProgramPhase.TRAINING, (w, p, a, t) -> {
            PairId pair = storePair(w, p, PairKind.MENTOR_MENTEE, partner(w, p, a, t), t, PairStatus.PROPOSED);
            w.runtime.pairs().decline(a, pair);
        }));
        s.put(Permission.PAIR_WITHDRAW, in(ProgramPhase.TRAINING, (w, p, a, t) -> {
            PairId pair = storePair(w, p, PairKind.MENTOR_PAIR, t, partner(w, p, a, t), PairStatus.PROPOSED);
            w.runtime.pairs().withdraw(a, pair);
        }));
        s.put(Permission.PAIR_END, in(ProgramPhase.TRAINING, (w, p, a, t) -> {
            PairId pair = storePair(w, p, PairKind.MENTOR_PAIR, t, partner(w, p, a, t), PairStatus.ACTIVE);
            w.runtime.pairs().end(a, pair, PairEndReason.WITHDRAWN, Optional.empty());
        }));
        s.put(
                Permission.PAIR_SUGGEST,
                in(
                        ProgramPhase.TRAINING,
                        (w, p, a, t) -> w.runtime.pairs().suggestMentorPairs(a, p, SuggestionCriteria.defaults())));
        // plans
        s.put(
                Permission.PLAN_VIEW,
                in(
                        ProgramPhase.TRAINING,
                        (w, p, a, t) -> w.runtime.plans().find(a, storePlan(w, p, t, PlanStatus.DRAFT))));
        s.put(
                Permission.PLAN_LIST,
                in(
                        ProgramPhase.TRAINING,
                        (w, p, a, t) -> w.runtime.plans().listByProgram(a, p, PageRequest.first(10))));
        s.put(Permission.PLAN_DRAFT, in(ProgramPhase.TRAINING, (w, p, a, t) -> {
            PairId pair = storePair(w, p, PairKind.MENTOR_PAIR, t, partner(w, p, a, t), PairStatus.ACTIVE);
            w.runtime.plans().draftForPair(a, pair, NAME);
        }));
        s.put(
                Permission.PLAN_EDIT,
                in(
                        ProgramPhase.TRAINING,
                        (w, p, a, t) ->
                                w.runtime.plans().changeTitle(a, storePlan(w, p, t, PlanStatus.DRAFT), OTHER_NAME)));
        s.put(
                Permission.PLAN_SUBMIT,
                in(
                        ProgramPhase.TRAINING,
                        (w, p, a, t) -> w.runtime.plans().submit(a, storePlan(w, p, t, PlanStatus.DRAFT))));
        s.put(
                Permission.PLAN_APPROVE,
                in(
                        ProgramPhase.TRAINING,
                        (w, p, a, t) -> w.runtime.plans().approve(a, storePlan(w, p, t, PlanStatus.SUBMITTED))));
        s.put(
                Permission.PLAN_RETURN,
                in(
                        ProgramPhase.TRAINING,
                        (w, p, a, t) ->
                                w.runtime.plans().returnForChanges(a, storePlan(w, p, t, PlanStatus.SUBMITTED), NAME)));
        s.put(
                Permission.PLAN_COMPLETE,
                in(
                        ProgramPhase.IMPLEMENTATION,
                        (w, p, a, t) -> w.runtime.plans().complete(a, storePlan(w, p, t, PlanStatus.APPROVED))));
        s.put(
                Permission.PLAN_CANCEL,
                in(
                        ProgramPhase.TRAINING,
                        (w, p, a, t) -> w.runtime.plans().cancel(a, storePlan(w, p, t, PlanStatus.DRAFT))));
        s.put(
                Permission.PLAN_RECORD_PROGRESS,
                in(
                        ProgramPhase.IMPLEMENTATION,
                        (w, p, a, t) -> w.runtime
                                .plans()
                                .recordProgress(
                                        a,
                                        storePlan(w, p, t, PlanStatus.APPROVED),
                                        ProgressEntry.builder()
                                                .id(ProgressEntryId.of(UUID.randomUUID()))
                                                .date(LocalDate.of(2026, 9, 15))
                                                .build())));
        // surveys
        s.put(
                Permission.SURVEY_VIEW,
                in(ProgramPhase.ANALYSIS, (w, p, a, t) -> w.runtime.surveys().find(a, openSurvey(w, p))));
        s.put(
                Permission.SURVEY_OPEN,
                in(
                        ProgramPhase.ANALYSIS,
                        (w, p, a, t) -> w.runtime
                                .surveys()
                                .open(a, p, Instruments.defaultInstrument(), SurveyPurpose.BASELINE, topUnits(w))));
        s.put(
                Permission.SURVEY_CLOSE,
                in(ProgramPhase.ANALYSIS, (w, p, a, t) -> w.runtime.surveys().close(a, openSurvey(w, p))));
        s.put(
                Permission.SURVEY_VIEW_PROFILE,
                in(ProgramPhase.ANALYSIS, (w, p, a, t) -> w.runtime.surveys().profile(a, openSurvey(w, p))));
        // evaluations
        s.put(Permission.EVALUATION_VIEW, in(ProgramPhase.EVALUATION, (w, p, a, t) -> {
            EvaluationId id = w.runtime
                    .evaluations()
                    .evaluate(w.hr(), p, RuleSets.defaults())
                    .id();
            w.runtime.evaluations().find(a, id);
        }));
        s.put(
                Permission.EVALUATION_RUN,
                in(
                        ProgramPhase.EVALUATION,
                        (w, p, a, t) -> w.runtime.evaluations().evaluate(a, p, RuleSets.defaults())));
        return s;
    }

    /** The sample programme in evaluation, exported from a world of its own (built on first use). */
    private static final class ExportedProgramme {
        static final ProgramDocument DOCUMENT = export();

        private static ProgramDocument export() {
            World source = World.create();
            ProgramId program = source.storeProgram(ProgramPhase.EVALUATION);
            return source.runtime.transfers().exportProgram(source.hr(), program);
        }
    }

    private static Scenario noProgram(Call call) {
        return new Scenario(null, call, false);
    }

    private static Scenario in(ProgramPhase phase, Call call) {
        return new Scenario(phase, call, false);
    }

    private static Scenario forActorOnly(ProgramPhase phase, Call call) {
        return new Scenario(phase, call, true);
    }

    /**
     * Someone to pair the target with, neither the actor nor the target: an active mentor of the
     * programme when there is one to spare (the sample programme may have only the two of the
     * tests), else anyone of the agency, which is enough where the pair is stored by the set-up or
     * the call is denied first.
     */
    private static PersonId partner(World w, ProgramId p, Actor a, PersonId t) {
        return Stream.concat(
                        w.program(p).activeMentors().stream(),
                        w.agency.people().stream().map(Person::id))
                .filter(id -> !id.equals(a.personId()) && !id.equals(t))
                .findFirst()
                .orElseThrow();
    }

    /** Stores a pair as it is after its first step, bypassing the use cases (set-up only). */
    private static PairId storePair(
            World w, ProgramId p, PairKind kind, PersonId first, PersonId second, PairStatus status) {
        MentoringPair pair = MentoringPair.builder()
                .id(PairId.of(UUID.randomUUID()))
                .organizationId(w.organizationId())
                .programId(p)
                .kind(kind)
                .first(first)
                .second(second)
                .status(status)
                .addHistory(PairHistoryEntry.builder()
                        .status(status)
                        .at(World.NOW.minusSeconds(3600))
                        .actor(first)
                        .build())
                .build();
        return w.persistence.pairs().save(w.organizationId(), pair).id();
    }

    /** Stores an individual plan of the owner in the status, bypassing the use cases (set-up only). */
    private static PlanId storePlan(World w, ProgramId p, PersonId owner, PlanStatus status) {
        MentorPlan plan = MentorPlan.builder()
                .id(PlanId.of(UUID.randomUUID()))
                .organizationId(w.organizationId())
                .programId(p)
                .kind(PlanKind.INDIVIDUAL)
                .addOwnerIds(owner)
                .title(NAME)
                .status(status)
                .build();
        return w.persistence.plans().save(w.organizationId(), plan).id();
    }

    /** HR opens a baseline survey of the whole organization. */
    private static SurveyId openSurvey(World w, ProgramId p) {
        return w.runtime
                .surveys()
                .open(w.hr(), p, Instruments.defaultInstrument(), SurveyPurpose.BASELINE, topUnits(w))
                .id();
    }

    private static List<OrgUnitId> topUnits(World w) {
        return organization(w).topLevelUnits().stream().map(OrgUnit::id).toList();
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
            if (SCENARIOS.get(permission).forActorOnly()) {
                return;
            }
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
