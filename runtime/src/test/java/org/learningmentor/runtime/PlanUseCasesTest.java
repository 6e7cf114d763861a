package org.learningmentor.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.GoalId;
import org.learningmentor.core.common.IdGenerator;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.PlanId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.ProgressEntryId;
import org.learningmentor.core.pair.MentoringPair;
import org.learningmentor.core.pair.PairKind;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.plan.GoalAttainmentScale;
import org.learningmentor.core.plan.GoalRating;
import org.learningmentor.core.plan.MentorPlan;
import org.learningmentor.core.plan.PlanRuleException;
import org.learningmentor.core.plan.PlanStatus;
import org.learningmentor.core.plan.ProgressEntry;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.persistence.PageRequest;

/** The plan use cases end to end on the in-memory store, with the sample agency in training. */
class PlanUseCasesTest {

    private final World world = World.create();
    private final Actor hr = world.hr();
    private final ProgramId program = world.storeProgram(ProgramPhase.TRAINING);
    private final Person aino = world.personFor(Role.MENTOR);
    private final Person matti = world.person(world.other());
    private final GoalId goal = world.program(program).goals().get(0).id();

    @Test
    void individualPlanStory() {
        Actor mentor = Actor.of(aino);
        // Aino drafts her plan, links a programme goal with its scale and adds an action item…
        MentorPlan plan = world.runtime.plans().draftIndividual(mentor, program, text("Feedback habits"));
        assertThat(plan.ownerIds()).containsExactly(aino.id());
        plan = world.runtime.plans().linkGoal(mentor, plan.id(), goal);
        plan = world.runtime.plans().setScale(mentor, plan.id(), goal, scale());
        plan = world.runtime
                .plans()
                .addActionItem(mentor, plan.id(), text("Monthly feedback hour"), aino.id(), LocalDate.of(2026, 9, 30));
        assertThat(plan.actionItems()).hasSize(1);

        // …submits it; HR returns it with a comment, Aino sharpens the title and submits again…
        plan = world.runtime.plans().submit(mentor, plan.id());
        plan = world.runtime.plans().returnForChanges(hr, plan.id(), text("Name the teams"));
        assertThat(plan.status()).isEqualTo(PlanStatus.RETURNED);
        plan = world.runtime.plans().changeTitle(mentor, plan.id(), text("Feedback habits in teams A and B"));
        plan = world.runtime.plans().submit(mentor, plan.id());

        // …HR approves it; Aino records progress with a rating and completes it.
        plan = world.runtime.plans().approve(hr, plan.id());
        assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
        plan = world.runtime
                .plans()
                .recordProgress(
                        mentor,
                        plan.id(),
                        ProgressEntry.builder()
                                .id(ProgressEntryId.of(UUID.randomUUID()))
                                .date(LocalDate.of(2026, 10, 15))
                                .note("Team A holds its feedback hour")
                                .addRatings(GoalRating.of(goal, 1))
                                .build());
        assertThat(plan.latestRatings()).containsEntry(goal, 1);
        plan = world.runtime.plans().complete(mentor, plan.id());
        assertThat(plan.status()).isEqualTo(PlanStatus.COMPLETED);

        assertThat(world.heard)
                .extracting(UseCaseRunner::typeOf)
                .containsExactly(
                        "PlanDrafted",
                        "PlanEdited",
                        "PlanEdited",
                        "PlanEdited",
                        "PlanSubmitted",
                        "PlanReturned",
                        "PlanEdited",
                        "PlanSubmitted",
                        "PlanApproved",
                        "ProgressRecorded",
                        "PlanCompleted");
        assertThat(world.outbox()).hasSize(11);
        // HR's comment and the progress note stay in the plan, out of the events
        assertThat(world.outbox())
                .noneMatch(e -> e.event().toString().contains("Name the teams")
                        || e.event().toString().contains("feedback hour"));
        assertThat(world.runtime
                        .plans()
                        .listByProgram(hr, program, PageRequest.first(10))
                        .items())
                .containsExactly(plan);
    }

    @Test
    void mentorsEditOnlyTheirOwnPlansAndOnlyHrApproves() {
        MentorPlan plan = world.runtime.plans().draftIndividual(Actor.of(aino), program, text("Onboarding"));

        AccessDeniedException notOwn = catchThrowableOfType(
                AccessDeniedException.class,
                () -> world.runtime.plans().changeTitle(Actor.of(matti), plan.id(), text("Mine now")));
        assertThat(notOwn.reason()).isEqualTo(AccessDeniedException.Reason.NOT_OWN);
        AccessDeniedException notSeen = catchThrowableOfType(
                AccessDeniedException.class, () -> world.runtime.plans().find(Actor.of(matti), plan.id()));
        assertThat(notSeen.reason()).isEqualTo(AccessDeniedException.Reason.NOT_OWN);
        assertThat(world.runtime.plans().find(Actor.of(aino), plan.id())).contains(plan);
        assertThat(world.runtime.plans().find(world.actor(Role.LEARNING_SPECIALIST), plan.id()))
                .contains(plan);

        assertThatThrownBy(() -> world.runtime.plans().approve(Actor.of(aino), plan.id()))
                .isInstanceOf(AccessDeniedException.class);
        // HR may reach an edit through a tailored table, but the model lets only owners edit
        LearningMentor tailored = LearningMentor.builder()
                .persistence(world.persistence)
                .clock(world.clock)
                .ids(IdGenerator.seeded(9))
                .permissionPolicy(PermissionPolicy.defaults().allow(Permission.PLAN_EDIT, Role.HR))
                .build();
        PlanRuleException refused = catchThrowableOfType(
                PlanRuleException.class, () -> tailored.plans().changeTitle(hr, plan.id(), text("HR's title")));
        assertThat(refused.codes()).contains("plan.actor.not-owner");

        // a plan that links no goal cannot be submitted: the model lists every unmet condition
        PlanRuleException early = catchThrowableOfType(
                PlanRuleException.class, () -> world.runtime.plans().submit(Actor.of(aino), plan.id()));
        assertThat(early.codes()).isNotEmpty();
        assertThat(world.runtime.plans().cancel(hr, plan.id()).status()).isEqualTo(PlanStatus.CANCELLED);
    }

    @Test
    void aPairPlanIsOwnedAndEditedByBothMentorsOfThePair() {
        MentoringPair pair =
                world.runtime.pairs().pairDirectly(hr, program, PairKind.MENTOR_PAIR, aino.id(), matti.id());

        MentorPlan plan = world.runtime.plans().draftForPair(Actor.of(matti), pair.id(), text("Team learning"));
        assertThat(plan.ownerIds()).containsExactlyInAnyOrder(aino.id(), matti.id());
        assertThat(plan.pairId()).contains(pair.id());
        MentorPlan edited = world.runtime
                .plans()
                .describeSupportNeeded(Actor.of(aino), plan.id(), Optional.of(text("Two hours a month")));
        assertThat(edited.supportNeeded()).isPresent();

        // someone outside the pair cannot draft for it
        Person outsider = world.personFor(Role.EMPLOYEE);
        AccessDeniedException denied = catchThrowableOfType(
                AccessDeniedException.class,
                () -> world.runtime.plans().draftForPair(Actor.of(outsider), pair.id(), text("Not mine")));
        assertThat(denied.permission()).isEqualTo(Permission.PLAN_DRAFT);
        assertThat(world.heard).extracting(DomainEvent::actor).containsExactly(hr.personId(), matti.id(), aino.id());
    }

    @Test
    void aCommandOnAnUnknownPlanIsNotFound() {
        NotFoundException missing = catchThrowableOfType(
                NotFoundException.class,
                () -> world.runtime.plans().submit(Actor.of(aino), PlanId.of(UUID.randomUUID())));
        assertThat(missing.organizationId()).isEqualTo(world.organizationId());
        assertThat(world.runtime
                        .plans()
                        .listByProgram(hr, program, PageRequest.first(10))
                        .items())
                .isEmpty();
        assertThat(List.copyOf(world.heard)).isEmpty();
    }

    private static LocalizedText text(String english) {
        return LocalizedText.of(Language.EN, english);
    }

    private static GoalAttainmentScale scale() {
        return GoalAttainmentScale.of(
                text("No team shares feedback"),
                text("One team shares feedback"),
                text("Two teams share feedback"),
                text("Three teams share feedback"),
                text("Every team shares feedback"));
    }
}
