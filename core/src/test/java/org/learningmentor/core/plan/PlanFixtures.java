package org.learningmentor.core.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningmentor.core.JsonTesting;
import org.learningmentor.core.common.ActionItemId;
import org.learningmentor.core.common.CheckpointId;
import org.learningmentor.core.common.DevelopmentTargetId;
import org.learningmentor.core.common.GoalId;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PairId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.PlanId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.ProgressEntryId;
import org.learningmentor.core.goal.GoalLevel;
import org.learningmentor.core.goal.ProgramGoal;
import org.learningmentor.core.pair.MentoringPair;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.program.ActionItem;
import org.learningmentor.core.program.ActionStatus;
import org.learningmentor.core.program.CultureAnalysis;
import org.learningmentor.core.program.DevelopmentTarget;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.ProgramMentor;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.core.program.ProgramTemplate;

/**
 * Fixtures of the mentor plan aggregate: the fictional Archipelago Agency (Saaristovirasto) runs a
 * learning-mentoring programme from February to December 2026 in its finance and services units,
 * with two goals, two development targets, Elsa from HR and four enrolled mentors (mentor 4 has
 * withdrawn); mentors 1 and 2 form an active pair. Built through the programme's public builder so
 * the plan's tests do not depend on the programme's commands.
 */
final class PlanFixtures {

    static final OrganizationId AGENCY = OrganizationId.of(uuid(0xa1));
    static final OrganizationId OTHER_AGENCY = OrganizationId.of(uuid(0xa2));
    static final OrgUnitId FINANCE = OrgUnitId.of(uuid(0xb1));
    static final OrgUnitId SERVICES = OrgUnitId.of(uuid(0xb2));
    /** A unit of the agency that is not in the programme. */
    static final OrgUnitId LEGAL = OrgUnitId.of(uuid(0xb3));

    static final ProgramId PROGRAM = ProgramId.of(uuid(0xd1));
    static final ProgramId OTHER_PROGRAM = ProgramId.of(uuid(0xd2));
    static final LocalDate START = LocalDate.of(2026, 2, 2);
    static final LocalDate END = LocalDate.of(2026, 12, 18);
    /** Monday 2 February 2026, 09:00 in Helsinki. */
    static final Instant T0 = Instant.parse("2026-02-02T07:00:00Z");

    static final GoalId GOAL_1 = GoalId.of(uuid(0xf1));
    static final GoalId GOAL_2 = GoalId.of(uuid(0xf2));
    /** A goal the programme does not have. */
    static final GoalId FOREIGN_GOAL = GoalId.of(uuid(0xf9));

    static final DevelopmentTargetId TARGET_1 = DevelopmentTargetId.of(uuid(0xe1));
    static final DevelopmentTargetId TARGET_2 = DevelopmentTargetId.of(uuid(0xe2));
    /** A target the programme's analysis did not choose. */
    static final DevelopmentTargetId FOREIGN_TARGET = DevelopmentTargetId.of(uuid(0xe9));

    static final Person HR = person(0xc2, "Elsa Lindqvist", AGENCY, Role.HR, Role.EMPLOYEE);
    static final Person EMPLOYEE = person(0xc4, "Ville Koski", AGENCY, Role.EMPLOYEE);
    static final Person OUTSIDER = person(0xc5, "Outi Ulkonen", OTHER_AGENCY, Role.HR, Role.EMPLOYEE);
    static final Person MENTOR_1 = volunteer(person(0x101, "Aino Mäkelä", AGENCY, Role.EMPLOYEE));
    static final Person MENTOR_2 = volunteer(person(0x102, "Björn Sundström", AGENCY, Role.EMPLOYEE));
    static final Person MENTOR_3 = volunteer(person(0x103, "Kaisa Virtanen", AGENCY, Role.EMPLOYEE));
    /** Enrolled, then withdrew. */
    static final Person MENTOR_4 = volunteer(person(0x104, "Lauri Heikkinen", AGENCY, Role.EMPLOYEE));

    static final PlanId PLAN = PlanId.of(uuid(0x301));
    static final PlanId PAIR_PLAN = PlanId.of(uuid(0x302));
    static final PairId PAIR = PairId.of(uuid(0x401));

    private PlanFixtures() {}

    static UUID uuid(int n) {
        return UUID.fromString(String.format("7b2e0c1d-0000-4000-8000-%012x", n));
    }

    static Instant days(long days) {
        return T0.plusSeconds(days * 86_400);
    }

    static Person person(int n, String name, OrganizationId organization, Role... roles) {
        return Person.builder()
                .id(PersonId.of(uuid(n)))
                .organizationId(organization)
                .unitId(FINANCE)
                .displayName(name)
                .email("person" + n + "@example.fi")
                .addRoles(roles)
                .language(Language.FI)
                .build();
    }

    static Person volunteer(Person person) {
        return person.volunteerAsMentor(person.id(), T0.minusSeconds(86_400)).state();
    }

    static LocalizedText text(String en) {
        return LocalizedText.of(Language.EN, en);
    }

    /** The programme in IMPLEMENTATION, with goals, targets and mentors 1–3 active, 4 withdrawn. */
    static MentoringProgram aProgram() {
        return aProgram(PROGRAM);
    }

    /** The same programme under another id. */
    static MentoringProgram anotherProgram() {
        return aProgram(OTHER_PROGRAM);
    }

    private static MentoringProgram aProgram(ProgramId id) {
        return MentoringProgram.builder()
                .id(id)
                .organizationId(AGENCY)
                .name(LocalizedText.of("Oppimismentorointi 2026", "Lärandementorskap 2026", "Learning mentoring 2026"))
                .template(ProgramTemplate.standard())
                .phase(ProgramPhase.IMPLEMENTATION)
                .plannedStart(START)
                .plannedEnd(END)
                .addUnitIds(FINANCE, SERVICES)
                .cultureAnalysis(CultureAnalysis.builder()
                        .addFindings(text("Teams rarely learn from each other"))
                        .addTargets(target(TARGET_1, "Feedback between teams"), target(TARGET_2, "Onboarding"))
                        .build())
                .addGoals(goal(GOAL_1, "Learning is part of everyday work"), goal(GOAL_2, "Newcomers learn fast"))
                .addMentors(mentor(MENTOR_1), mentor(MENTOR_2), mentor(MENTOR_3))
                .addMentors(ProgramMentor.builder()
                        .personId(MENTOR_4.id())
                        .enrolledAt(T0)
                        .withdrawnAt(days(10))
                        .build())
                .build();
    }

    private static ProgramMentor mentor(Person person) {
        return ProgramMentor.builder().personId(person.id()).enrolledAt(T0).build();
    }

    private static DevelopmentTarget target(DevelopmentTargetId id, String title) {
        return DevelopmentTarget.builder().id(id).title(text(title)).build();
    }

    private static ProgramGoal goal(GoalId id, String title) {
        return ProgramGoal.builder()
                .id(id)
                .title(text(title))
                .level(GoalLevel.ORGANIZATION)
                .build();
    }

    /** A pair read from JSON, as a host would restore it: the pair's own builder is not public. */
    static MentoringPair aPair(PairId id, Person first, Person second, String kind, String status) {
        String json = "{\"id\":\"" + id + "\",\"organizationId\":\"" + AGENCY + "\",\"programId\":\"" + PROGRAM
                + "\",\"kind\":\"" + kind + "\",\"first\":\"" + first.id() + "\",\"second\":\"" + second.id()
                + "\",\"status\":\"" + status + "\",\"history\":" + history(first, status) + "}";
        try {
            return JsonTesting.JACKSON_2.read(json, MentoringPair.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A history consistent with the status: formed directly, then ended when the status says so. */
    private static String history(Person actor, String status) {
        String formed = "{\"status\":\"ACTIVE\",\"at\":\"2026-01-10T08:00:00Z\",\"actor\":\"" + actor.id() + "\"}";
        if (status.equals("ENDED")) {
            return "[" + formed + ",{\"status\":\"ENDED\",\"at\":\"2026-01-20T08:00:00Z\",\"actor\":\"" + actor.id()
                    + "\",\"reason\":\"WITHDRAWN\"}]";
        }
        return "[" + formed + "]";
    }

    /** Mentors 1 and 2 as an active mentor pair of the programme. */
    static MentoringPair anActivePair() {
        return aPair(PAIR, MENTOR_1, MENTOR_2, "MENTOR_PAIR", "ACTIVE");
    }

    static MentoringPair anEndedPair() {
        return aPair(PAIR, MENTOR_1, MENTOR_2, "MENTOR_PAIR", "ENDED");
    }

    static GoalAttainmentScale aScale() {
        return GoalAttainmentScale.of(
                LocalizedText.of(
                        "Yksikään tiimi ei jaa palautetta", "Inget team delar återkoppling", "No team shares feedback"),
                text("One team shares feedback now and then"),
                text("Two teams share feedback monthly"),
                text("Three teams share feedback monthly"),
                text("Every team shares feedback monthly"));
    }

    static ActionItemId itemId(int n) {
        return ActionItemId.of(uuid(0x500 + n));
    }

    static ProgressEntryId entryId(int n) {
        return ProgressEntryId.of(uuid(0x600 + n));
    }

    static CheckpointId checkpointId(int n) {
        return CheckpointId.of(uuid(0x700 + n));
    }

    static ActionItem anItem(int n, Person owner, LocalDate dueOn) {
        return ActionItem.builder()
                .id(itemId(n))
                .what(text("Hold a feedback session " + n))
                .ownerId(owner.id())
                .dueOn(dueOn)
                .build();
    }

    static ActionItem anItem(int n, Person owner) {
        return anItem(n, owner, LocalDate.of(2026, 9, 30));
    }

    /** Mentor 1's draft individual plan, with nothing in it yet. */
    static MentorPlan aDraft() {
        return MentorPlan.draftIndividual(PLAN, aProgram(), MENTOR_1, text("Feedback culture in finance"), T0)
                .state();
    }

    /** Mentor 1's individual plan that meets every approval condition, in DRAFT. */
    static MentorPlan anApprovableDraft() {
        MentoringProgram program = aProgram();
        PersonId owner = MENTOR_1.id();
        return MentorPlan.draftIndividual(PLAN, program, MENTOR_1, text("Feedback culture in finance"), T0)
                .andThen(p -> p.linkGoal(GOAL_1, program, owner, days(1)))
                .andThen(p -> p.setScale(GOAL_1, aScale(), owner, days(1)))
                .andThen(p -> p.addActionItem(anItem(1, MENTOR_1), program, owner, days(1)))
                .state();
    }

    static MentorPlan aSubmittedPlan() {
        return anApprovableDraft().submit(aProgram(), MENTOR_1.id(), days(2)).state();
    }

    static MentorPlan anApprovedPlan() {
        return aSubmittedPlan()
                .approve(HR, aProgram(), Optional.empty(), days(3))
                .state();
    }

    /** The pair's plan that meets every approval condition, in DRAFT. */
    static MentorPlan anApprovablePairDraft() {
        MentoringProgram program = aProgram();
        PersonId owner = MENTOR_2.id();
        return MentorPlan.draftForPair(PAIR_PLAN, program, anActivePair(), MENTOR_2, text("Onboarding together"), T0)
                .andThen(p -> p.linkGoal(GOAL_2, program, owner, days(1)))
                .andThen(p -> p.setScale(GOAL_2, aScale(), owner, days(1)))
                .andThen(p -> p.addActionItem(anItem(1, MENTOR_1), program, owner, days(1)))
                .state();
    }

    static ProgressEntry anEntry(int n, List<ActionStatusChange> changes, List<GoalRating> ratings) {
        return ProgressEntry.builder()
                .id(entryId(n))
                .date(LocalDate.of(2026, 9, 1).plusDays(n))
                .note("Aino talked with Ville about his feedback " + n)
                .addAllStatusChanges(changes)
                .addAllRatings(ratings)
                .checkpointId(checkpointId(n))
                .build();
    }

    static ActionStatusChange done(int item) {
        return ActionStatusChange.of(itemId(item), ActionStatus.DONE);
    }
}
