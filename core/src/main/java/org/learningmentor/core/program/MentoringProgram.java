package org.learningmentor.core.program;

import static org.learningmentor.core.program.ProgramPhase.ANALYSIS;
import static org.learningmentor.core.program.ProgramPhase.EVALUATION;
import static org.learningmentor.core.program.ProgramPhase.GOAL_SETTING;
import static org.learningmentor.core.program.ProgramPhase.IMPLEMENTATION;
import static org.learningmentor.core.program.ProgramPhase.PREPARATION;
import static org.learningmentor.core.program.ProgramPhase.RECRUITMENT;
import static org.learningmentor.core.program.ProgramPhase.TRAINING;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;
import org.learningmentor.core.common.ActionItemId;
import org.learningmentor.core.common.AssignmentId;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.CheckpointId;
import org.learningmentor.core.common.GoalId;
import org.learningmentor.core.common.HrDayId;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.MeetingId;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.SessionId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violation;
import org.learningmentor.core.common.Violations;
import org.learningmentor.core.goal.ProgramGoal;
import org.learningmentor.core.organization.OrgUnit;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;

/**
 * An organization's learning-mentoring programme (oppimismentorointi), carried from preparation to
 * evaluation through its {@linkplain ProgramPhase phases}: the template it follows, the sponsor
 * (management) and coordinator (HR), the participating units and planned dates, the HR days and
 * the culture analysis with its development targets, management's goals, the enrolled mentors, the
 * training sessions with attendance, the interim assignments with submissions, the mentor–HR
 * meetings, the mentors' credos, the action plan, the coordinated support and the monitoring
 * checkpoints.
 *
 * <pre>{@code
 * Change<MentoringProgram> change = MentoringProgram.create(programId, agency, name,
 *         ProgramTemplate.standard(), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 18), List.of(), hr, at)
 *     .andThen(p -> p.nameSponsor(director, hr, at))
 *     .andThen(p -> p.nameCoordinator(hr, hr, at))
 *     .andThen(p -> p.advance(hr, at));
 * }</pre>
 *
 * <p><b>Commands.</b> Every change is a command taking the acting {@link Person} and the time, and
 * returning the next state with one {@link ProgramEvent}. A command is refused with a {@link
 * ProgramRuleException} listing every rule it broke, among them: a person of another organization
 * anywhere ({@code program.person.other-organization}); a command not allowed in the phase ({@code
 * program.phase.wrong}) or after the programme ended ({@code program.phase.closed}); a goal set by
 * someone without MANAGEMENT; attendance, submissions or credos of someone not enrolled as a mentor;
 * a session not after the previous one; dates outside the programme. Data that is invalid in itself
 * (blank notes, a too long text) gives a {@link ValidationException} first. A refused command
 * leaves this programme as it was (it is immutable) and returns nothing.
 *
 * <p><b>Phases.</b> {@link #readiness()} gives the checklist for leaving the current phase: every
 * condition with its code, met or not, blocking or advisory (see {@link PhaseGuards}). {@link
 * #advance} moves on when every blocking condition is met, or throws a {@link
 * PhaseAdvanceException} listing every unmet one; {@link #goBack} returns to the previous phase
 * with a recorded reason. The final phases ({@link ProgramPhase#CLOSED}, {@link
 * ProgramPhase#EMBEDDING}) take no more commands.
 *
 * <p><b>Structure.</b> Building a programme, by builder, by command or from JSON, checks and reports
 * together: the planned end not before the start; ids unique in each list; units listed once; no mentor enrolled twice;
 * sessions numbered 1, 2, … in order, no more than the template has, each dated after the one before
 * and held only after the ones before it; attendance, submissions and credos only of enrolled
 * mentors, one credo each; assignments only between the template's sessions; checkpoints in date
 * order; the version not negative. Business rules that depend on other aggregates (roles, consent)
 * are checked by the commands, which take the {@link Person}s concerned.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class MentoringProgram {

    private static final List<ProgramPhase> OPEN_PHASES =
            Arrays.stream(ProgramPhase.values()).filter(p -> !p.isFinal()).toList();

    MentoringProgram() {}

    // ---------------------------------------------------------------- attributes

    /**
     * Returns the programme's identity.
     *
     * @return the id, never null
     */
    @JsonProperty("id")
    public abstract ProgramId id();

    /**
     * Returns the organization (tenant) running the programme.
     *
     * @return the organization's id, never null
     */
    @JsonProperty("organizationId")
    public abstract OrganizationId organizationId();

    /**
     * Returns the programme's name, such as "Oppimismentorointi 2026".
     *
     * @return the name, never null
     */
    @JsonProperty("name")
    public abstract LocalizedText name();

    /**
     * Returns the template (ready-made guidelines) the programme follows.
     *
     * @return the template, never null
     */
    @JsonProperty("template")
    public abstract ProgramTemplate template();

    /**
     * Returns the phase the programme is in.
     *
     * @return the phase, {@link ProgramPhase#PREPARATION} unless set
     */
    @JsonProperty("phase")
    @Value.Default
    public ProgramPhase phase() {
        return PREPARATION;
    }

    /**
     * Returns the sponsor, a person of the management.
     *
     * @return the sponsor's id, or empty before one is named
     */
    @JsonProperty("sponsorId")
    public abstract Optional<PersonId> sponsorId();

    /**
     * Returns the coordinator, a person of HR.
     *
     * @return the coordinator's id, or empty before one is named
     */
    @JsonProperty("coordinatorId")
    public abstract Optional<PersonId> coordinatorId();

    /**
     * Returns the units (work communities) taking part.
     *
     * @return an unmodifiable list; empty when the whole organization takes part
     */
    @JsonProperty("unitIds")
    public abstract List<OrgUnitId> unitIds();

    /**
     * Returns the planned first day.
     *
     * @return the date, never null
     */
    @JsonProperty("plannedStart")
    public abstract LocalDate plannedStart();

    /**
     * Returns the planned last day, not before {@link #plannedStart()}.
     *
     * @return the date, never null
     */
    @JsonProperty("plannedEnd")
    public abstract LocalDate plannedEnd();

    /**
     * Returns the HR days held, in the order recorded.
     *
     * @return an unmodifiable list, ids unique
     */
    @JsonProperty("hrDays")
    public abstract List<HrDay> hrDays();

    /**
     * Returns the learning-culture analysis.
     *
     * @return the analysis, {@link CultureAnalysis#none()} unless set
     */
    @JsonProperty("cultureAnalysis")
    @Value.Default
    public CultureAnalysis cultureAnalysis() {
        return CultureAnalysis.none();
    }

    /**
     * Returns management's goals, in the order set.
     *
     * @return an unmodifiable list, ids unique
     */
    @JsonProperty("goals")
    public abstract List<ProgramGoal> goals();

    /**
     * Returns every mentor ever enrolled, in the order enrolled, withdrawn ones included.
     *
     * @return an unmodifiable list, no person twice
     */
    @JsonProperty("mentors")
    public abstract List<ProgramMentor> mentors();

    /**
     * Returns the training sessions, in order.
     *
     * @return an unmodifiable list, ordinals 1, 2, …
     */
    @JsonProperty("sessions")
    public abstract List<TrainingSession> sessions();

    /**
     * Returns the interim assignments, in the order given.
     *
     * @return an unmodifiable list, ids unique
     */
    @JsonProperty("assignments")
    public abstract List<InterimAssignment> assignments();

    /**
     * Returns the mentor–HR meetings, in the order held.
     *
     * @return an unmodifiable list, ids unique
     */
    @JsonProperty("meetings")
    public abstract List<MentorHrMeeting> meetings();

    /**
     * Returns the mentors' credos, one per mentor at most.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("credos")
    public abstract List<MentorCredo> credos();

    /**
     * Returns the programme's action plan.
     *
     * @return the plan, {@link ActionPlan#empty()} unless set
     */
    @JsonProperty("actionPlan")
    @Value.Default
    public ActionPlan actionPlan() {
        return ActionPlan.empty();
    }

    /**
     * Returns the coordinated support arranged for the mentors.
     *
     * @return an unmodifiable list, ids unique
     */
    @JsonProperty("supportActivities")
    public abstract List<SupportActivity> supportActivities();

    /**
     * Returns the monitoring checkpoints, in date order.
     *
     * @return an unmodifiable list, ids unique
     */
    @JsonProperty("checkpoints")
    public abstract List<MonitoringCheckpoint> checkpoints();

    /**
     * Returns every change of phase, oldest first: the advances and the returns with their
     * reasons. Reasons are kept here, not in the events.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("phaseHistory")
    public abstract List<PhaseChange> phaseHistory();

    /**
     * Returns when the programme's evaluation was done. The evaluation itself (rule set, findings)
     * is the evaluation aggregate's; the programme records that it was done, which is the
     * condition of leaving {@link ProgramPhase#EVALUATION}.
     *
     * @return the date, or empty before the evaluation
     */
    @JsonProperty("evaluatedOn")
    public abstract Optional<LocalDate> evaluatedOn();

    /**
     * Returns the optimistic-locking version, managed by the persistence layer: 0 for a programme
     * never stored. Commands keep it as it is.
     *
     * @return the version, not negative
     */
    @JsonProperty("version")
    @Value.Default
    public long version() {
        return 0;
    }

    abstract MentoringProgram withPhase(ProgramPhase phase);

    abstract MentoringProgram withPhaseHistory(Iterable<? extends PhaseChange> history);

    /** Returns this programme in the phase, with the change appended to the phase history. */
    private MentoringProgram changedPhase(ProgramPhase target, Person actor, Instant at, Optional<String> reason) {
        PhaseChange change = PhaseChange.builder()
                .fromPhase(phase())
                .toPhase(target)
                .at(at)
                .actor(actor.id())
                .reason(reason)
                .build();
        return withPhase(target).withPhaseHistory(Lists.appended(phaseHistory(), change));
    }

    abstract MentoringProgram withSponsorId(PersonId sponsorId);

    abstract MentoringProgram withCoordinatorId(PersonId coordinatorId);

    abstract MentoringProgram withHrDays(Iterable<? extends HrDay> hrDays);

    abstract MentoringProgram withCultureAnalysis(CultureAnalysis analysis);

    abstract MentoringProgram withGoals(Iterable<? extends ProgramGoal> goals);

    abstract MentoringProgram withMentors(Iterable<? extends ProgramMentor> mentors);

    abstract MentoringProgram withSessions(Iterable<? extends TrainingSession> sessions);

    abstract MentoringProgram withAssignments(Iterable<? extends InterimAssignment> assignments);

    abstract MentoringProgram withMeetings(Iterable<? extends MentorHrMeeting> meetings);

    abstract MentoringProgram withCredos(Iterable<? extends MentorCredo> credos);

    abstract MentoringProgram withActionPlan(ActionPlan plan);

    abstract MentoringProgram withSupportActivities(Iterable<? extends SupportActivity> activities);

    abstract MentoringProgram withCheckpoints(Iterable<? extends MonitoringCheckpoint> checkpoints);

    abstract MentoringProgram withEvaluatedOn(LocalDate evaluatedOn);

    // ---------------------------------------------------------------- queries

    /**
     * Returns the mentors taking part now, in the order enrolled.
     *
     * @return an unmodifiable list of ids, never null
     */
    public List<PersonId> activeMentors() {
        return mentors().stream()
                .filter(ProgramMentor::isActive)
                .map(ProgramMentor::personId)
                .toList();
    }

    /**
     * Returns whether the person takes part as a mentor now.
     *
     * @param personId the person, not null
     * @return true for an enrolled mentor who has not withdrawn
     */
    public boolean isActiveMentor(PersonId personId) {
        Objects.requireNonNull(personId, "personId");
        return mentor(personId).map(ProgramMentor::isActive).orElse(false);
    }

    /**
     * Returns the enrolment of a mentor, active or withdrawn.
     *
     * @param personId the person, not null
     * @return the enrolment, or empty when the person never enrolled
     */
    public Optional<ProgramMentor> mentor(PersonId personId) {
        Objects.requireNonNull(personId, "personId");
        return mentors().stream().filter(m -> m.personId().equals(personId)).findFirst();
    }

    /**
     * Returns a session.
     *
     * @param sessionId the session's id, not null
     * @return the session, or empty
     */
    public Optional<TrainingSession> session(SessionId sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return sessions().stream().filter(s -> s.id().equals(sessionId)).findFirst();
    }

    /**
     * Returns an interim assignment.
     *
     * @param assignmentId the assignment's id, not null
     * @return the assignment, or empty
     */
    public Optional<InterimAssignment> assignment(AssignmentId assignmentId) {
        Objects.requireNonNull(assignmentId, "assignmentId");
        return assignments().stream().filter(a -> a.id().equals(assignmentId)).findFirst();
    }

    /**
     * Returns a goal.
     *
     * @param goalId the goal's id, not null
     * @return the goal, or empty
     */
    public Optional<ProgramGoal> goal(GoalId goalId) {
        Objects.requireNonNull(goalId, "goalId");
        return goals().stream().filter(g -> g.id().equals(goalId)).findFirst();
    }

    /**
     * Returns a mentor's credo.
     *
     * @param mentorId the mentor, not null
     * @return the credo, or empty when the mentor has written none
     */
    public Optional<MentorCredo> credo(PersonId mentorId) {
        Objects.requireNonNull(mentorId, "mentorId");
        return credos().stream().filter(c -> c.mentorId().equals(mentorId)).findFirst();
    }

    /**
     * Returns whether the programme has ended: it is {@link ProgramPhase#CLOSED} or {@link
     * ProgramPhase#EMBEDDING}.
     *
     * @return true in a final phase
     */
    @JsonIgnore
    public boolean isEnded() {
        return phase().isFinal();
    }

    /**
     * Returns the checklist for leaving the current phase: every condition of its guards, met or
     * not, blocking or advisory. Nothing is changed.
     *
     * @return the checklist, never null; empty and not ready in a final phase
     */
    public Readiness readiness() {
        return PhaseGuards.readiness(this);
    }

    // ---------------------------------------------------------------- creation

    /**
     * Creates a programme in {@link ProgramPhase#PREPARATION}.
     *
     * @param id the programme's id, not null
     * @param organization the organization running it, not null; the programme takes its id, and
     *     its units must be the organization's
     * @param name its name, not null, at most {@value LocalizedText#NAME_MAX_LENGTH} characters per
     *     translation
     * @param template the template it follows, not null
     * @param plannedStart the planned first day, not null
     * @param plannedEnd the planned last day, not null, not before the start
     * @param unitIds the units taking part, not null, each once ({@code program.unit.duplicate}), each
     *     an active unit of the organization; empty for the whole organization
     * @param actor the person creating it, of the organization; not null
     * @param at when, from the caller's clock; not null
     * @return the programme and one {@link ProgramCreated}, never null
     * @throws ValidationException when the name is too long, the end is before the start or a unit
     *     is listed twice
     * @throws ProgramRuleException with {@code program.person.other-organization} when the actor
     *     belongs to another organization, {@code program.unit.unknown} for a unit the organization
     *     does not have, {@code program.unit.closed} for a closed one, every one that applies
     */
    public static Change<MentoringProgram> create(
            ProgramId id,
            Organization organization,
            LocalizedText name,
            ProgramTemplate template,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            List<OrgUnitId> unitIds,
            Person actor,
            Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(plannedStart, "plannedStart");
        Objects.requireNonNull(plannedEnd, "plannedEnd");
        Objects.requireNonNull(unitIds, "unitIds");
        unitIds.forEach(u -> Objects.requireNonNull(u, "unitIds contains null"));
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        OrganizationId organizationId = organization.id();
        MentoringProgram program = builder()
                .id(id)
                .organizationId(organizationId)
                .name(name)
                .template(template)
                .plannedStart(plannedStart)
                .plannedEnd(plannedEnd)
                .addAllUnitIds(unitIds)
                .build();
        List<Violation> refused = new ArrayList<>();
        program.checkOrganization(actor, "actor", refused);
        for (int i = 0; i < unitIds.size(); i++) {
            checkUnit(organization, unitIds.get(i), "unitIds[" + i + "]", refused);
        }
        program.refuseIfAny("be created", refused);
        return Change.of(
                program,
                ProgramCreated.builder()
                        .organizationId(organizationId)
                        .actor(actor.id())
                        .occurredAt(at)
                        .programId(id)
                        .name(name)
                        .templateCode(template.code())
                        .plannedStart(plannedStart)
                        .plannedEnd(plannedEnd)
                        .build());
    }

    /**
     * Returns a new builder; {@code id}, {@code organizationId}, {@code name}, {@code template},
     * {@code plannedStart} and {@code plannedEnd} are required. Hosts use it to restore a stored
     * programme; new programmes start with {@link #create}.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    // ---------------------------------------------------------------- preparation

    /**
     * Names the sponsor: a person of the management who sponsors the programme.
     *
     * @param sponsor the sponsor, of the organization, with {@link Role#MANAGEMENT}; not null
     * @param actor the person acting, of the organization; not null
     * @param at when; not null
     * @return the programme with the sponsor and one {@link SponsorNamed}, never null
     * @throws ProgramRuleException with {@code program.person.other-organization}, {@code
     *     program.sponsor.not-management}, {@code program.unchanged} or {@code program.phase.closed},
     *     every one that applies
     */
    public Change<MentoringProgram> nameSponsor(Person sponsor, Person actor, Instant at) {
        Objects.requireNonNull(sponsor, "sponsor");
        List<Violation> refused = refusals(actor, at, OPEN_PHASES);
        checkOrganization(sponsor, "sponsor", refused);
        if (!sponsor.hasRole(Role.MANAGEMENT)) {
            refused.add(Violation.of(ProgramViolation.SPONSOR_NOT_MANAGEMENT, "sponsor", sponsor.id()));
        }
        if (sponsorId().equals(Optional.of(sponsor.id()))) {
            refused.add(Violation.of(ProgramViolation.UNCHANGED, "sponsor"));
        }
        refuseIfAny("name the sponsor " + sponsor.id(), refused);
        return Change.of(
                withSponsorId(sponsor.id()),
                SponsorNamed.builder()
                        .organizationId(organizationId())
                        .actor(actor.id())
                        .occurredAt(at)
                        .programId(id())
                        .sponsorId(sponsor.id())
                        .previousSponsorId(sponsorId())
                        .build());
    }

    /**
     * Names the coordinator: a person of HR who coordinates the programme.
     *
     * @param coordinator the coordinator, of the organization, with {@link Role#HR}; not null
     * @param actor the person acting, of the organization; not null
     * @param at when; not null
     * @return the programme with the coordinator and one {@link CoordinatorNamed}, never null
     * @throws ProgramRuleException with {@code program.person.other-organization}, {@code
     *     program.coordinator.not-hr}, {@code program.unchanged} or {@code program.phase.closed},
     *     every one that applies
     */
    public Change<MentoringProgram> nameCoordinator(Person coordinator, Person actor, Instant at) {
        Objects.requireNonNull(coordinator, "coordinator");
        List<Violation> refused = refusals(actor, at, OPEN_PHASES);
        checkOrganization(coordinator, "coordinator", refused);
        if (!coordinator.hasRole(Role.HR)) {
            refused.add(Violation.of(ProgramViolation.COORDINATOR_NOT_HR, "coordinator", coordinator.id()));
        }
        if (coordinatorId().equals(Optional.of(coordinator.id()))) {
            refused.add(Violation.of(ProgramViolation.UNCHANGED, "coordinator"));
        }
        refuseIfAny("name the coordinator " + coordinator.id(), refused);
        return Change.of(
                withCoordinatorId(coordinator.id()),
                CoordinatorNamed.builder()
                        .organizationId(organizationId())
                        .actor(actor.id())
                        .occurredAt(at)
                        .programId(id())
                        .coordinatorId(coordinator.id())
                        .previousCoordinatorId(coordinatorId())
                        .build());
    }

    // ---------------------------------------------------------------- analysis

    /**
     * Records an HR day held in the analysis or goal-setting phase.
     *
     * @param hrDayId the HR day's id, not null, new
     * @param date the day, not null, inside the programme's planned dates
     * @param participants who took part, not null, at least one, all of the organization
     * @param notes the notes, not null; empty or not blank
     * @param actor the person acting, of the organization; not null
     * @param at when; not null
     * @return the programme with the HR day last and one {@link HrDayHeld}, never null
     * @throws ValidationException when there is no participant or the notes are blank or too long
     * @throws ProgramRuleException with {@code program.id.duplicate}, {@code
     *     program.date.outside-programme}, {@code program.person.other-organization} or a phase
     *     code, every one that applies
     */
    public Change<MentoringProgram> holdHrDay(
            HrDayId hrDayId,
            LocalDate date,
            List<Person> participants,
            Optional<String> notes,
            Person actor,
            Instant at) {
        Objects.requireNonNull(hrDayId, "hrDayId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(participants, "participants");
        Objects.requireNonNull(notes, "notes");
        HrDay day = HrDay.builder()
                .id(hrDayId)
                .date(date)
                .addAllParticipants(participants.stream().map(Person::id).toList())
                .notes(notes)
                .build();
        List<Violation> refused = refusals(actor, at, List.of(ANALYSIS, GOAL_SETTING));
        checkNewId(hrDays(), HrDay::id, hrDayId, "hrDayId", refused);
        checkInsideProgramme(date, "date", refused);
        for (int i = 0; i < participants.size(); i++) {
            checkOrganization(participants.get(i), "participants[" + i + "]", refused);
        }
        refuseIfAny("hold HR day " + hrDayId, refused);
        return Change.of(
                withHrDays(Lists.appended(hrDays(), day)),
                HrDayHeld.builder()
                        .organizationId(organizationId())
                        .actor(actor.id())
                        .occurredAt(at)
                        .programId(id())
                        .hrDayId(hrDayId)
                        .date(date)
                        .addAllParticipants(day.participants())
                        .build());
    }

    /**
     * Records the findings of the learning-culture analysis, replacing earlier ones, and when a
     * baseline survey was run, if one was.
     *
     * @param findings the findings, not null, not empty
     * @param baselineSurveyOn when the baseline survey was run, not null; empty when none was
     * @param actor the person acting, of the organization; not null
     * @param at when; not null
     * @return the programme with the analysis and one {@link CultureAnalysed}, never null
     * @throws ValidationException with {@code program.findings.empty} at {@code findings} when
     *     there is no finding
     * @throws ProgramRuleException with {@code program.unchanged} or a phase or organization code
     */
    public Change<MentoringProgram> recordCultureAnalysis(
            List<LocalizedText> findings, Optional<LocalDate> baselineSurveyOn, Person actor, Instant at) {
        Objects.requireNonNull(findings, "findings");
        findings.forEach(f -> Objects.requireNonNull(f, "findings contains null"));
        Objects.requireNonNull(baselineSurveyOn, "baselineSurveyOn");
        if (findings.isEmpty()) {
            throw new ValidationException(Violation.of(ProgramViolation.FINDINGS_EMPTY, "findings"));
        }
        List<Violation> refused = refusals(actor, at, List.of(ANALYSIS));
        if (cultureAnalysis().findings().equals(findings)
                && cultureAnalysis().baselineSurveyOn().equals(baselineSurveyOn)) {
            refused.add(Violation.of(ProgramViolation.UNCHANGED, "findings"));
        }
        refuseIfAny("record the culture analysis", refused);
        return Change.of(
                withCultureAnalysis(cultureAnalysis().withFindingsAndSurvey(findings, baselineSurveyOn)),
                CultureAnalysed.builder()
                        .organizationId(organizationId())
                        .actor(actor.id())
                        .occurredAt(at)
                        .programId(id())
                        .addAllFindings(findings)
                        .baselineSurveyOn(baselineSurveyOn)
                        .build());
    }

    /**
     * Records a development target the analysis chose.
     *
     * @param target the target, not null, with a new id
     * @param actor the person acting, of the organization; not null
     * @param at when; not null
     * @return the programme with the target last and one {@link DevelopmentTargetChosen}, never null
     * @throws ProgramRuleException with {@code program.id.duplicate} or a phase or organization code
     */
    public Change<MentoringProgram> chooseDevelopmentTarget(DevelopmentTarget target, Person actor, Instant at) {
        Objects.requireNonNull(target, "target");
        List<Violation> refused = refusals(actor, at, List.of(ANALYSIS));
        checkNewId(cultureAnalysis().targets(), DevelopmentTarget::id, target.id(), "target.id", refused);
        refuseIfAny("choose development target " + target.id(), refused);
        return Change.of(
                withCultureAnalysis(cultureAnalysis().withTarget(target)),
                DevelopmentTargetChosen.builder()
                        .organizationId(organizationId())
                        .actor(actor.id())
                        .occurredAt(at)
                        .programId(id())
                        .target(target)
                        .build());
    }

    // ---------------------------------------------------------------- goal setting

    /**
     * Sets a goal of the programme, or revises the goal with the same id in its place. Only
     * management sets goals.
     *
     * @param goal the goal, not null; a work-community goal's unit is one of the programme's units
     *     when it lists units, or else an active unit of the organization
     * @param organization the programme's organization, not null, to check the goal's unit against
     * @param actor the person setting it, of the organization, with {@link Role#MANAGEMENT}; not null
     * @param at when; not null
     * @return the programme with the goal and one {@link GoalSet}, never null
     * @throws ProgramRuleException with {@code program.goal.not-management}, {@code
     *     program.unchanged}, {@code program.person.other-organization}, {@code
     *     program.organization.other} (not the programme's organization), {@code
     *     program.unit.not-participating}, {@code program.unit.unknown}, {@code program.unit.closed}
     *     or a phase code, every one that applies
     */
    public Change<MentoringProgram> setGoal(ProgramGoal goal, Organization organization, Person actor, Instant at) {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(organization, "organization");
        List<Violation> refused = refusals(actor, at, List.of(GOAL_SETTING));
        if (!organization.id().equals(organizationId())) {
            refused.add(Violation.of(ProgramViolation.ORGANIZATION_OTHER, "organization"));
        } else if (goal.unitId().isPresent()) {
            OrgUnitId unitId = goal.unitId().get();
            if (unitIds().isEmpty()) {
                checkUnit(organization, unitId, "goal.unitId", refused);
            } else if (!unitIds().contains(unitId)) {
                refused.add(Violation.of(ProgramViolation.UNIT_NOT_PARTICIPATING, "goal.unitId", unitId));
            }
        }
        if (!actor.hasRole(Role.MANAGEMENT)) {
            refused.add(Violation.of(ProgramViolation.GOAL_NOT_MANAGEMENT, "actor", actor.id()));
        }
        if (goal(goal.id()).filter(goal::equals).isPresent()) {
            refused.add(Violation.of(ProgramViolation.UNCHANGED, "goal"));
        }
        refuseIfAny("set goal " + goal.id(), refused);
        return Change.of(
                withGoals(Lists.replacedOrAppended(goals(), ProgramGoal::id, goal)),
                GoalSet.builder()
                        .organizationId(organizationId())
                        .actor(actor.id())
                        .occurredAt(at)
                        .programId(id())
                        .goal(goal)
                        .build());
    }

    // ---------------------------------------------------------------- recruitment

    /**
     * Enrols a volunteer as a mentor of the programme. Mentoring is voluntary: the person's mentor
     * consent must be in force. A mentor who withdrew may enrol again, not before the withdrawal:
     * their record keeps the earlier period ({@link ProgramMentor#earlierPeriods()}), and what
     * they did in it stays.
     *
     * @param mentor the volunteer, of the organization, an active mentor ({@link
     *     Person#isActiveMentor()}); not null
     * @param actor the person acting, of the organization; not null
     * @param at when; not null
     * @return the programme with the mentor and one {@link MentorEnrolled}, never null
     * @throws ProgramRuleException with {@code program.mentor.no-consent}, {@code
     *     program.mentor.already-enrolled}, {@code program.mentor.enrolled-before-withdrawal} (at
     *     {@code at}, before the mentor's last withdrawal), {@code
     *     program.person.other-organization} or a phase code, every one that applies
     */
    public Change<MentoringProgram> enrollMentor(Person mentor, Person actor, Instant at) {
        Objects.requireNonNull(mentor, "mentor");
        List<Violation> refused = refusals(actor, at, List.of(RECRUITMENT, TRAINING));
        checkOrganization(mentor, "mentor", refused);
        if (!mentor.isActiveMentor()) {
            refused.add(Violation.of(ProgramViolation.MENTOR_NO_CONSENT, "mentor", mentor.id()));
        }
        Optional<ProgramMentor> earlier = mentor(mentor.id());
        if (earlier.filter(ProgramMentor::isActive).isPresent()) {
            refused.add(Violation.of(ProgramViolation.MENTOR_ALREADY_ENROLLED, "mentor", mentor.id()));
        }
        earlier.flatMap(ProgramMentor::withdrawnAt)
                .filter(at::isBefore)
                .ifPresent(withdrawn -> refused.add(
                        Violation.of(ProgramViolation.MENTOR_ENROLLED_BEFORE_WITHDRAWAL, "at", at, withdrawn)));
        refuseIfAny("enrol mentor " + mentor.id(), refused);
        // A mentor who withdrew and returns is enrolled again in their old place, keeping the
        // earlier period.
        ProgramMentor enrolled = earlier.map(m -> m.reEnrolledAt(at))
                .orElseGet(() -> ProgramMentor.builder()
                        .personId(mentor.id())
                        .enrolledAt(at)
                        .build());
        return Change.of(
                withMentors(Lists.replacedOrAppended(mentors(), ProgramMentor::personId, enrolled)),
                MentorEnrolled.builder()
                        .organizationId(organizationId())
                        .actor(actor.id())
                        .occurredAt(at)
                        .programId(id())
                        .mentorId(mentor.id())
                        .build());
    }

    /**
     * Records that a mentor left the programme. Their attendance, submissions and credo stay.
     *
     * @param mentorId the mentor, an active mentor of the programme; not null
     * @param actor the person acting, of the organization; not null
     * @param at when, not before the enrolment; not null
     * @return the programme and one {@link MentorWithdrawn}, never null
     * @throws ProgramRuleException with {@code program.mentor.not-enrolled} or a phase or
     *     organization code
     */
    public Change<MentoringProgram> withdrawMentor(PersonId mentorId, Person actor, Instant at) {
        Objects.requireNonNull(mentorId, "mentorId");
        List<Violation> refused = refusals(actor, at, OPEN_PHASES);
        Optional<ProgramMentor> mentor = mentor(mentorId).filter(ProgramMentor::isActive);
        if (mentor.isEmpty()) {
            refused.add(Violation.of(ProgramViolation.MENTOR_NOT_ENROLLED, "mentorId", mentorId));
        } else if (at.isBefore(mentor.get().enrolledAt())) {
            refused.add(Violation.of(
                    ProgramViolation.MENTOR_WITHDRAWN_BEFORE_ENROLLED,
                    "at",
                    at,
                    mentor.get().enrolledAt()));
        }
        refuseIfAny("withdraw mentor " + mentorId, refused);
        return Change.of(
                withMentors(Lists.replacedOrAppended(
                        mentors(), ProgramMentor::personId, mentor.get().withWithdrawnAt(at))),
                MentorWithdrawn.builder()
                        .organizationId(organizationId())
                        .actor(actor.id())
                        .occurredAt(at)
                        .programId(id())
                        .mentorId(mentorId)
                        .build());
    }

    // ---------------------------------------------------------------- training

    /**
     * Schedules the next training session of the template, titled as the template titles it.
     *
     * @param sessionId the session's id, not null, new
     * @param date the day, not null, after the previous session and inside the programme
     * @param actor the person acting, of the organization; not null
     * @param at when; not null
     * @return the programme with the session last and one {@link SessionScheduled}, never null
     * @throws ProgramRuleException with {@code program.session.too-many}, {@code
     *     program.session.date-not-after-previous}, {@code program.date.outside-programme}, {@code
     *     program.id.duplicate} or a phase or organization code, every one that applies
     */
    public Change<MentoringProgram> scheduleSession(SessionId sessionId, LocalDate date, Person actor, Instant at) {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(date, "date");
        List<Violation> refused = refusals(actor, at, List.of(RECRUITMENT, TRAINING));
        checkNewId(sessions(), TrainingSession::id, sessionId, "sessionId", refused);
        int ordinal = sessions().size() + 1;
        if (ordinal > template().sessionCount()) {
            refused.add(Violation.of(
                    ProgramViolation.SESSION_TOO_MANY, "sessionId", template().sessionCount()));
        }
        Lists.lastOf(sessions()).ifPresent(previous -> {
            if (!date.isAfter(previous.date())) {
                refused.add(
                        Violation.of(ProgramViolation.SESSION_DATE_NOT_AFTER_PREVIOUS, "date", date, previous.date()));
            }
        });
        checkInsideProgramme(date, "date", refused);
        refuseIfAny("schedule session " + sessionId, refused);
        TrainingSession session = TrainingSession.builder()
                .id(sessionId)
                .ordinal(ordinal)
                .topic(template().sessionTitles().get(ordinal - 1))
                .date(date)
                .build();
        return Change.of(
                withSessions(Lists.appended(sessions(), session)),
                SessionScheduled.builder()
                        .organizationId(organizationId())
                        .actor(actor.id())
                        .occurredAt(at)
                        .programId(id())
                        .sessionId(sessionId)
                        .ordinal(ordinal)
                        .date(date)
                        .build());
    }

    /**
     * Records that a scheduled session was held; the sessions are held in order.
     *
     * @param sessionId the session, not null
     * @param actor the person acting, of the organization; not null
     * @param at when; not null
     * @return the programme and one {@link SessionHeld}, never null
     * @throws ProgramRuleException with {@code program.record.unknown}, {@code
     *     program.session.already-held}, {@code program.session.previous-not-held} or a phase or
     *     organization code, every one that applies
     */
    public Change<MentoringProgram> holdSession(SessionId sessionId, Person actor, Instant at) {
        Objects.requireNonNull(sessionId, "sessionId");
        List<Violation> refused = refusals(actor, at, List.of(TRAINING));
        int index = Lists.indexOf(sessions(), TrainingSession::id, sessionId);
        if (index < 0) {
            refused.add(Violation.of(ProgramViolation.RECORD_UNKNOWN, "sessionId", sessionId));
        } else {
            if (sessions().get(index).held()) {
                refused.add(Violation.of(ProgramViolation.SESSION_ALREADY_HELD, "sessionId", sessionId));
            }
            if (index > 0 && !sessions().get(index - 1).held()) {
                refused.add(Violation.of(ProgramViolation.SESSION_PREVIOUS_NOT_HELD, "sessionId", index));
            }
        }
        refuseIfAny("hold session " + sessionId, refused);
        TrainingSession session = sessions().get(index);
        return Change.of(
                withSessions(Lists.replaced(sessions(), index, session.withHeld(true))),
                SessionHeld.builder()
                        .organizationId(organizationId())
                        .actor(actor.id())
                        .occurredAt(at)
                        .programId(id())
                        .sessionId(sessionId)
                        .ordinal(session.ordinal())
                        .build());
    }

    /**
     * Records whether an enrolled mentor was present at a held session, or corrects it.
     *
     * @param sessionId the session, held; not null
     * @param mentorId the mentor, an active mentor of the programme; not null
     * @param present whether the mentor was present
     * @param actor the person acting, of the organization; not null
     * @param at when; not null
     * @return the programme and one {@link AttendanceRecorded}, never null
     * @throws ProgramRuleException with {@code program.mentor.not-enrolled}, {@code
     *     program.record.unknown}, {@code program.session.not-held}, {@code
     *     program.attendance.not-enrolled-then} (present at a session held on a day the mentor was
     *     not enrolled: before their enrolment, or between a withdrawal and a later enrolment),
     *     {@code program.unchanged} or a phase or organization code, every one that applies
     */
    public Change<MentoringProgram> recordAttendance(
            SessionId sessionId, PersonId mentorId, boolean present, Person actor, Instant at) {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(mentorId, "mentorId");
        List<Violation> refused = refusals(actor, at, List.of(TRAINING));
        checkActiveMentor(mentorId, "mentorId", refused);
        int index = Lists.indexOf(sessions(), TrainingSession::id, sessionId);
        Attendance attendance = Attendance.of(mentorId, present);
        if (index < 0) {
            refused.add(Violation.of(ProgramViolation.RECORD_UNKNOWN, "sessionId", sessionId));
        } else {
            TrainingSession session = sessions().get(index);
            if (!session.held()) {
                refused.add(Violation.of(ProgramViolation.SESSION_NOT_HELD, "sessionId", sessionId));
            }
            if (present
                    && mentor(mentorId)
                            .filter(m -> !m.wasEnrolledOn(session.date()))
                            .isPresent()) {
                refused.add(Violation.of(
                        ProgramViolation.ATTENDANCE_NOT_ENROLLED_THEN, "present", mentorId, session.date()));
            }
            if (session.attendanceOf(mentorId).filter(attendance::equals).isPresent()) {
                refused.add(Violation.of(ProgramViolation.UNCHANGED, "present"));
            }
        }
        refuseIfAny("record attendance of " + mentorId + " at session " + sessionId, refused);
        TrainingSession session = sessions().get(index);
        return Change.of(
                withSessions(Lists.replaced(
                        sessions(),
                        index,
                        session.withAttendance(
                                Lists.replacedOrAppended(session.attendance(), Attendance::mentorId, attendance)))),
                AttendanceRecorded.builder()
                        .organizationId(organizationId())
                        .actor(actor.id())
                        .occurredAt(at)
                        .programId(id())
                        .sessionId(sessionId)
                        .mentorId(mentorId)
                        .present(present)
                        .build());
    }

    /**
     * Gives an interim assignment for the interval after a session, due before the next one.
     *
     * @param assignmentId the assignment's id, not null, new
     * @param title what the mentors are asked to do, not null
     * @param afterSession the ordinal of the session it follows, 1 to the template's count − 1
     * @param dueOn the day it is due, not null, after that session and before the next
     * @param actor the person acting, of the organization; not null
     * @param at when; not null
     * @return the programme with the assignment last and one {@link AssignmentGiven}, never null
     * @throws ValidationException when the title is too long or {@code afterSession} is below 1
     * @throws ProgramRuleException with {@code program.assignment.after-session-out-of-range},
     *     {@code program.assignment.session-not-scheduled}, {@code
     *     program.assignment.due-outside-interval}, {@code program.id.duplicate} or a phase or
     *     organization code, every one that applies
     */
    public Change<MentoringProgram> giveAssignment(
            AssignmentId assignmentId,
            LocalizedText title,
            int afterSession,
            LocalDate dueOn,
            Person actor,
            Instant at) {
        Objects.requireNonNull(assignmentId, "assignmentId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(dueOn, "dueOn");
        InterimAssignment assignment = InterimAssignment.builder()
                .id(assignmentId)
                .title(title)
                .afterSession(afterSession)
                .dueOn(dueOn)
                .build();
        List<Violation> refused = refusals(actor, at, List.of(RECRUITMENT, TRAINING));
        checkNewId(assignments(), InterimAssignment::id, assignmentId, "assignmentId", refused);
        int last = template().sessionCount() - 1;
        if (afterSession > last) {
            refused.add(Violation.of(
                    ProgramViolation.ASSIGNMENT_AFTER_SESSION_OUT_OF_RANGE, "afterSession", afterSession, last));
        } else if (sessions().size() < afterSession + 1) {
            refused.add(Violation.of(
                    ProgramViolation.ASSIGNMENT_SESSION_NOT_SCHEDULED,
                    "afterSession",
                    sessions().size() + 1));
        } else {
            LocalDate from = sessions().get(afterSession - 1).date();
            LocalDate to = sessions().get(afterSession).date();
            if (!dueOn.isAfter(from) || !dueOn.isBefore(to)) {
                refused.add(Violation.of(ProgramViolation.ASSIGNMENT_DUE_OUTSIDE_INTERVAL, "dueOn", dueOn, from, to));
            }
        }
        refuseIfAny("give assignment " + assignmentId, refused);
        return Change.of(
                withAssignments(Lists.appended(assignments(), assignment)),
                AssignmentGiven.builder()
                        .organizationId(organizationId())
                        .actor(actor.id())
                        .occurredAt(at)
                        .programId(id())
                        .assignmentId(assignmentId)
                        .afterSession(afterSession)
                        .dueOn(dueOn)
                        .build());
    }

    /**
     * Records a submission of an interim assignment by a mentor, or by two mentors of a pair
     * together. Late submissions are accepted until the programme ends.
     *
     * @param assignmentId the assignment, not null
     * @param mentorIds the mentor or the two of a pair, active mentors who have not submitted it;
     *     not null
     * @param actor the person acting, of the organization; not null
     * @param at when; not null
     * @return the programme and one {@link AssignmentSubmitted}, never null
     * @throws ValidationException when there are no or more than two mentors, or one twice
     * @throws ProgramRuleException with {@code program.mentor.not-enrolled}, {@code
     *     program.submission.duplicate}, {@code program.record.unknown}, {@code program.phase.closed}
     *     or another phase or organization code, every one that applies
     */
    public Change<MentoringProgram> submitAssignment(
            AssignmentId assignmentId, List<PersonId> mentorIds, Person actor, Instant at) {
        Objects.requireNonNull(assignmentId, "assignmentId");
        Objects.requireNonNull(mentorIds, "mentorIds");
        AssignmentSubmission submission = AssignmentSubmission.builder()
                .addAllMentorIds(mentorIds)
                .submittedAt(Objects.requireNonNull(at, "at"))
                .build();
        List<Violation> refused = refusals(actor, at, List.of(TRAINING, IMPLEMENTATION, EVALUATION));
        for (int i = 0; i < mentorIds.size(); i++) {
            checkActiveMentor(mentorIds.get(i), "mentorIds[" + i + "]", refused);
        }
        int index = Lists.indexOf(assignments(), InterimAssignment::id, assignmentId);
        if (index < 0) {
            refused.add(Violation.of(ProgramViolation.RECORD_UNKNOWN, "assignmentId", assignmentId));
        } else {
            for (int i = 0; i < mentorIds.size(); i++) {
                if (assignments().get(index).isSubmittedBy(mentorIds.get(i))) {
                    refused.add(Violation.of(
                            ProgramViolation.SUBMISSION_DUPLICATE, "mentorIds[" + i + "]", mentorIds.get(i)));
                }
            }
        }
        refuseIfAny("record a submission of assignment " + assignmentId, refused);
        InterimAssignment assignment = assignments().get(index);
        return Change.of(
                withAssignments(Lists.replaced(
                        assignments(),
                        index,
                        assignment.withSubmissions(Lists.appended(assignment.submissions(), submission)))),
                AssignmentSubmitted.builder()
                        .organizationId(organizationId())
                        .actor(actor.id())
                        .occurredAt(at)
                        .programId(id())
                        .assignmentId(assignmentId)
                        .addAllMentorIds(mentorIds)
                        .build());
    }

    /**
     * Records a meeting of mentors with HR, during or after the training.
     *
     * @param meetingId the meeting's id, not null, new
     * @param date the day, not null, inside the programme
     * @param attendees who attended, not null, at least one, all of the organization
     * @param notes the notes, not null; empty or not blank
     * @param actor the person acting, of the organization; not null
     * @param at when; not null
     * @return the programme with the meeting last and one {@link MentorHrMeetingHeld}, never null
     * @throws ValidationException when there is no attendee or the notes are blank or too long
     * @throws ProgramRuleException with {@code program.id.duplicate}, {@code
     *     program.date.outside-programme}, {@code program.person.other-organization} or a phase
     *     code, every one that applies
     */
    public Change<MentoringProgram> holdMentorHrMeeting(
            MeetingId meetingId,
            LocalDate date,
            List<Person> attendees,
            Optional<String> notes,
            Person actor,
            Instant at) {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(attendees, "attendees");
        Objects.requireNonNull(notes, "notes");
        MentorHrMeeting meeting = MentorHrMeeting.builder()
                .id(meetingId)
                .date(date)
                .addAllAttendees(attendees.stream().map(Person::id).toList())
                .notes(notes)
                .build();
        List<Violation> refused = refusals(actor, at, List.of(TRAINING, IMPLEMENTATION, EVALUATION));
        checkNewId(meetings(), MentorHrMeeting::id, meetingId, "meetingId", refused);
        checkInsideProgramme(date, "date", refused);
        for (int i = 0; i < attendees.size(); i++) {
            checkOrganization(attendees.get(i), "attendees[" + i + "]", refused);
        }
        refuseIfAny("hold mentor–HR meeting " + meetingId, refused);
        return Change.of(
                withMeetings(Lists.appended(meetings(), meeting)),
                MentorHrMeetingHeld.builder()
                        .organizationId(organizationId())
                        .actor(actor.id())
                        .occurredAt(at)
                        .programId(id())
                        .meetingId(meetingId)
                        .date(date)
                        .addAllAttendees(meeting.attendees())
                        .build());
    }

    /**
     * Records a mentor's credo, written at the end of the training, or rewrites it.
     *
     * @param mentorId the mentor, an active mentor of the programme; not null
     * @param text the credo, not null, not blank, at most {@value LocalizedText#MAX_LENGTH}
     *     characters; kept in the programme only, never in the event
     * @param actor the person acting, of the organization; not null
     * @param at when; not null
     * @return the programme and one {@link CredoWritten}, never null
     * @throws ValidationException when the text is blank or too long
     * @throws ProgramRuleException with {@code program.mentor.not-enrolled}, {@code
     *     program.unchanged} or a phase or organization code, every one that applies
     */
    public Change<MentoringProgram> writeCredo(PersonId mentorId, String text, Person actor, Instant at) {
        Objects.requireNonNull(mentorId, "mentorId");
        Objects.requireNonNull(text, "text");
        MentorCredo credo = MentorCredo.builder()
                .mentorId(mentorId)
                .text(text)
                .writtenAt(Objects.requireNonNull(at, "at"))
                .build();
        List<Violation> refused = refusals(actor, at, List.of(TRAINING, IMPLEMENTATION));
        checkActiveMentor(mentorId, "mentorId", refused);
        if (credo(mentorId).filter(c -> c.text().equals(text)).isPresent()) {
            refused.add(Violation.of(ProgramViolation.UNCHANGED, "text"));
        }
        refuseIfAny("record the credo of " + mentorId, refused);
        return Change.of(
                withCredos(Lists.replacedOrAppended(credos(), MentorCredo::mentorId, credo)),
                CredoWritten.builder()
                        .organizationId(organizationId())
                        .actor(actor.id())
                        .occurredAt(at)
                        .programId(id())
                        .mentorId(mentorId)
                        .build());
    }

    // ---------------------------------------------------------------- action plan, support, monitoring

    /**
     * Adds an item to the programme's action plan.
     *
     * @param itemId the item's id, not null, new
     * @param what what is done, not null
     * @param owner who owns it, of the organization; not null
     * @param dueOn the day it is due, not null, inside the programme
     * @param actor the person acting, of the organization; not null
     * @param at when; not null
     * @return the programme and one {@link ActionItemAdded}, never null
     * @throws ProgramRuleException with {@code program.id.duplicate}, {@code
     *     program.date.outside-programme}, {@code program.person.other-organization} or a phase
     *     code, every one that applies
     */
    public Change<MentoringProgram> addActionItem(
            ActionItemId itemId, LocalizedText what, Person owner, LocalDate dueOn, Person actor, Instant at) {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(dueOn, "dueOn");
        ActionItem item = ActionItem.builder()
                .id(itemId)
                .what(what)
                .ownerId(owner.id())
                .dueOn(dueOn)
                .build();
        List<Violation> refused = refusals(actor, at, OPEN_PHASES);
        checkNewId(actionPlan().items(), ActionItem::id, itemId, "itemId", refused);
        checkOrganization(owner, "owner", refused);
        checkInsideProgramme(dueOn, "dueOn", refused);
        refuseIfAny("add action item " + itemId, refused);
        return Change.of(
                withActionPlan(actionPlan().with(item)),
                ActionItemAdded.builder()
                        .organizationId(organizationId())
                        .actor(actor.id())
                        .occurredAt(at)
                        .programId(id())
                        .item(item)
                        .build());
    }

    /**
     * Changes the status of an item of the action plan.
     *
     * @param itemId the item, not null
     * @param status the new status, not null, different from the current one
     * @param actor the person acting, of the organization; not null
     * @param at when; not null
     * @return the programme and one {@link ActionItemStatusChanged}, never null
     * @throws ProgramRuleException with {@code program.record.unknown}, {@code program.unchanged}
     *     or a phase or organization code, every one that applies
     */
    public Change<MentoringProgram> changeActionItemStatus(
            ActionItemId itemId, ActionStatus status, Person actor, Instant at) {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(status, "status");
        List<Violation> refused = refusals(actor, at, OPEN_PHASES);
        Optional<ActionItem> item = actionPlan().item(itemId);
        if (item.isEmpty()) {
            refused.add(Violation.of(ProgramViolation.RECORD_UNKNOWN, "itemId", itemId));
        } else if (item.get().status() == status) {
            refused.add(Violation.of(ProgramViolation.UNCHANGED, "status"));
        }
        refuseIfAny("change the status of action item " + itemId, refused);
        return Change.of(
                withActionPlan(actionPlan().with(item.get().withStatus(status))),
                ActionItemStatusChanged.builder()
                        .organizationId(organizationId())
                        .actor(actor.id())
                        .occurredAt(at)
                        .programId(id())
                        .itemId(itemId)
                        .previousStatus(item.get().status())
                        .status(status)
                        .build());
    }

    /**
     * Records coordinated support HR arranged for the mentors.
     *
     * @param activity the support, not null, with a new id, available from a day inside the
     *     programme, for active mentors of the programme (or all when it names none)
     * @param actor the person acting, of the organization; not null
     * @param at when; not null
     * @return the programme and one {@link SupportArranged}, never null
     * @throws ProgramRuleException with {@code program.id.duplicate}, {@code
     *     program.mentor.not-enrolled}, {@code program.date.outside-programme} or a phase or
     *     organization code, every one that applies
     */
    public Change<MentoringProgram> arrangeSupport(SupportActivity activity, Person actor, Instant at) {
        Objects.requireNonNull(activity, "activity");
        List<Violation> refused = refusals(actor, at, List.of(TRAINING, IMPLEMENTATION, EVALUATION));
        checkNewId(supportActivities(), SupportActivity::id, activity.id(), "activity.id", refused);
        for (int i = 0; i < activity.mentorIds().size(); i++) {
            checkActiveMentor(activity.mentorIds().get(i), "activity.mentorIds[" + i + "]", refused);
        }
        checkInsideProgramme(activity.from(), "activity.from", refused);
        refuseIfAny("arrange support " + activity.id(), refused);
        return Change.of(
                withSupportActivities(Lists.appended(supportActivities(), activity)),
                SupportArranged.builder()
                        .organizationId(organizationId())
                        .actor(actor.id())
                        .occurredAt(at)
                        .programId(id())
                        .activity(activity)
                        .build());
    }

    /**
     * Records a monitoring checkpoint held during implementation (or evaluation).
     *
     * @param checkpointId the checkpoint's id, not null, new
     * @param date the day, not null, inside the programme, not before the previous checkpoint
     * @param reviewed what was reviewed, not null
     * @param notes the notes, not null; empty or not blank
     * @param actor the person acting, of the organization; not null
     * @param at when; not null
     * @return the programme with the checkpoint last and one {@link CheckpointRecorded}, never null
     * @throws ValidationException when the notes are blank or too long
     * @throws ProgramRuleException with {@code program.id.duplicate}, {@code
     *     program.checkpoint.date-before-previous}, {@code program.date.outside-programme} or a
     *     phase or organization code, every one that applies
     */
    public Change<MentoringProgram> recordCheckpoint(
            CheckpointId checkpointId,
            LocalDate date,
            LocalizedText reviewed,
            Optional<String> notes,
            Person actor,
            Instant at) {
        Objects.requireNonNull(checkpointId, "checkpointId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reviewed, "reviewed");
        Objects.requireNonNull(notes, "notes");
        MonitoringCheckpoint checkpoint = MonitoringCheckpoint.builder()
                .id(checkpointId)
                .date(date)
                .reviewed(reviewed)
                .notes(notes)
                .build();
        List<Violation> refused = refusals(actor, at, List.of(IMPLEMENTATION, EVALUATION));
        checkNewId(checkpoints(), MonitoringCheckpoint::id, checkpointId, "checkpointId", refused);
        Lists.lastOf(checkpoints()).ifPresent(previous -> {
            if (date.isBefore(previous.date())) {
                refused.add(
                        Violation.of(ProgramViolation.CHECKPOINT_DATE_BEFORE_PREVIOUS, "date", date, previous.date()));
            }
        });
        checkInsideProgramme(date, "date", refused);
        refuseIfAny("record checkpoint " + checkpointId, refused);
        return Change.of(
                withCheckpoints(Lists.appended(checkpoints(), checkpoint)),
                CheckpointRecorded.builder()
                        .organizationId(organizationId())
                        .actor(actor.id())
                        .occurredAt(at)
                        .programId(id())
                        .checkpointId(checkpointId)
                        .date(date)
                        .reviewed(reviewed)
                        .build());
    }

    /**
     * Records that the programme's evaluation was done. The evaluation's findings are the
     * evaluation aggregate's.
     *
     * @param evaluatedOn the day, not null, not before the programme's planned start
     * @param actor the person acting, of the organization; not null
     * @param at when; not null
     * @return the programme and one {@link EvaluationRecorded}, never null
     * @throws ProgramRuleException with {@code program.date.outside-programme} (before the start),
     *     {@code program.unchanged} or a phase or organization code, every one that applies
     */
    public Change<MentoringProgram> recordEvaluation(LocalDate evaluatedOn, Person actor, Instant at) {
        Objects.requireNonNull(evaluatedOn, "evaluatedOn");
        List<Violation> refused = refusals(actor, at, List.of(EVALUATION));
        if (evaluatedOn.isBefore(plannedStart())) {
            refused.add(Violation.of(
                    ProgramViolation.DATE_OUTSIDE_PROGRAMME, "evaluatedOn", evaluatedOn, plannedStart(), plannedEnd()));
        }
        if (evaluatedOn().equals(Optional.of(evaluatedOn))) {
            refused.add(Violation.of(ProgramViolation.UNCHANGED, "evaluatedOn"));
        }
        refuseIfAny("record its evaluation", refused);
        return Change.of(
                withEvaluatedOn(evaluatedOn),
                EvaluationRecorded.builder()
                        .organizationId(organizationId())
                        .actor(actor.id())
                        .occurredAt(at)
                        .programId(id())
                        .evaluatedOn(evaluatedOn)
                        .build());
    }

    // ---------------------------------------------------------------- phases

    /**
     * Advances to the next phase; from {@link ProgramPhase#EVALUATION} to {@link
     * ProgramPhase#CLOSED} (use {@link #advanceTo} for {@link ProgramPhase#EMBEDDING}).
     *
     * @param actor the person acting, of the organization; not null
     * @param at when; not null
     * @return the programme in the next phase and one {@link PhaseAdvanced}, never null
     * @throws PhaseAdvanceException listing every unmet blocking condition ({@code program.guard.*})
     * @throws ProgramRuleException with {@code program.phase.closed} in a final phase, or {@code
     *     program.person.other-organization}
     */
    public Change<MentoringProgram> advance(Person actor, Instant at) {
        List<ProgramPhase> next = phase().nextPhases();
        return advanceTo(next.isEmpty() ? phase() : next.get(0), actor, at);
    }

    /**
     * Advances to the given phase, which must follow the current one: the next phase, or from
     * {@link ProgramPhase#EVALUATION} either {@link ProgramPhase#CLOSED} or {@link
     * ProgramPhase#EMBEDDING}.
     *
     * @param target the phase to enter, not null
     * @param actor the person acting, of the organization; not null
     * @param at when; not null
     * @return the programme in the target phase and one {@link PhaseAdvanced}, never null
     * @throws PhaseAdvanceException listing every unmet blocking condition ({@code program.guard.*})
     * @throws ProgramRuleException with {@code program.phase.closed}, {@code program.phase.not-next}
     *     or {@code program.person.other-organization}
     */
    public Change<MentoringProgram> advanceTo(ProgramPhase target, Person actor, Instant at) {
        Objects.requireNonNull(target, "target");
        List<Violation> refused = refusals(actor, at, OPEN_PHASES);
        if (!phase().isFinal() && !phase().nextPhases().contains(target)) {
            refused.add(Violation.of(ProgramViolation.PHASE_NOT_NEXT, "target", target, phase()));
        }
        refuseIfAny("advance to " + target, refused);
        Readiness readiness = readiness();
        if (!readiness.isReady()) {
            throw new PhaseAdvanceException(id(), target, readiness);
        }
        return Change.of(
                changedPhase(target, actor, at, Optional.empty()),
                PhaseAdvanced.builder()
                        .organizationId(organizationId())
                        .actor(actor.id())
                        .occurredAt(at)
                        .programId(id())
                        .fromPhase(phase())
                        .toPhase(target)
                        .build());
    }

    /**
     * Goes back to the previous phase, for a recorded reason, such as new mentors to recruit. What
     * was recorded stays. The reason is kept in the {@linkplain #phaseHistory() phase history}
     * only, not in the event, as it may be about people. The final phases are not reopened.
     *
     * @param reason why, not null, not blank, at most {@value LocalizedText#MAX_LENGTH} characters;
     *     kept in the programme's phase history, never in the event
     * @param actor the person acting, of the organization; not null
     * @param at when; not null
     * @return the programme in the previous phase and one {@link PhaseReverted}, never null
     * @throws ValidationException when the reason is blank or too long
     * @throws ProgramRuleException with {@code program.phase.no-previous} in {@link
     *     ProgramPhase#PREPARATION}, {@code program.phase.closed} in a final phase, or {@code
     *     program.person.other-organization}
     */
    public Change<MentoringProgram> goBack(String reason, Person actor, Instant at) {
        Objects.requireNonNull(reason, "reason");
        Violations badReason = new Violations();
        Checks.checkText(reason, "reason", badReason);
        badReason.throwIfAny();
        List<Violation> refused = refusals(actor, at, OPEN_PHASES);
        Optional<ProgramPhase> previous = phase().previous();
        if (previous.isEmpty() && !phase().isFinal()) {
            refused.add(Violation.of(ProgramViolation.PHASE_NO_PREVIOUS, "phase", phase()));
        }
        refuseIfAny("go back from " + phase(), refused);
        return Change.of(
                changedPhase(previous.get(), actor, at, Optional.of(reason)),
                PhaseReverted.builder()
                        .organizationId(organizationId())
                        .actor(actor.id())
                        .occurredAt(at)
                        .programId(id())
                        .fromPhase(phase())
                        .toPhase(previous.get())
                        .build());
    }

    // ---------------------------------------------------------------- rule helpers

    /** Starts the refusals of a command: the actor's organization and the phase. */
    private List<Violation> refusals(Person actor, Instant at, List<ProgramPhase> allowed) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        List<Violation> refused = new ArrayList<>();
        checkOrganization(actor, "actor", refused);
        if (phase().isFinal()) {
            refused.add(Violation.of(ProgramViolation.PHASE_CLOSED, "phase", phase()));
        } else if (!allowed.contains(phase())) {
            refused.add(Violation.of(ProgramViolation.PHASE_WRONG, "phase", phase(), allowed));
        }
        return refused;
    }

    private void checkOrganization(Person person, String path, List<Violation> refused) {
        Objects.requireNonNull(person, path);
        if (!person.organizationId().equals(organizationId())) {
            // The other organization's id is not named: it would reveal another tenant.
            refused.add(Violation.of(ProgramViolation.PERSON_OTHER_ORGANIZATION, path, person.id()));
        }
    }

    private static void checkUnit(Organization organization, OrgUnitId unitId, String path, List<Violation> refused) {
        Optional<OrgUnit> unit = organization.unit(unitId);
        if (unit.isEmpty()) {
            refused.add(Violation.of(ProgramViolation.UNIT_UNKNOWN, path, unitId));
        } else if (!unit.get().isActive()) {
            refused.add(Violation.of(ProgramViolation.UNIT_CLOSED, path, unitId));
        }
    }

    private void checkActiveMentor(PersonId mentorId, String path, List<Violation> refused) {
        Objects.requireNonNull(mentorId, path);
        if (!isActiveMentor(mentorId)) {
            refused.add(Violation.of(ProgramViolation.MENTOR_NOT_ENROLLED, path, mentorId));
        }
    }

    private void checkInsideProgramme(LocalDate date, String path, List<Violation> refused) {
        if (date.isBefore(plannedStart()) || date.isAfter(plannedEnd())) {
            refused.add(
                    Violation.of(ProgramViolation.DATE_OUTSIDE_PROGRAMME, path, date, plannedStart(), plannedEnd()));
        }
    }

    private static <T, I> void checkNewId(
            List<T> items, Function<T, I> id, I newId, String path, List<Violation> refused) {
        if (Lists.indexOf(items, id, newId) >= 0) {
            refused.add(Violation.of(ProgramViolation.ID_DUPLICATE, path, newId));
        }
    }

    private void refuseIfAny(String action, List<Violation> refused) {
        if (!refused.isEmpty()) {
            throw new ProgramRuleException(id(), action, refused);
        }
    }

    // ---------------------------------------------------------------- structure

    /**
     * Checks the structural rules listed in the class description.
     *
     * @throws ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        ProgramStructure.check(this, violations);
        violations.throwIfAny();
    }

    @JsonCreator
    private static MentoringProgram fromJson(ImmutableMentoringProgram value) {
        return value;
    }

    /** Builds a programme; throws a {@link ValidationException} listing every structural violation. */
    public static final class Builder extends ImmutableMentoringProgram.Builder {}

    /**
     * Returns a copy with another optimistic-locking version, for persistence implementations; the
     * model never changes the version itself.
     *
     * @param version the version, not negative: the version the store holds after a save
     * @return the copy, never null
     * @throws ValidationException when the version is negative ({@code program.version.negative})
     */
    public abstract MentoringProgram withVersion(long version);
}
