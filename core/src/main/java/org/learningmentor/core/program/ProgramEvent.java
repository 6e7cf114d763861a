package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.ProgramId;

/**
 * An event of the {@link MentoringProgram} aggregate. Each successful command emits exactly one,
 * except {@link MentoringProgram#create}, which emits {@link ProgramCreated}. Events leave the
 * aggregate (to the outbox and other systems), so they carry ids, dates, constants and programme
 * texts (titles, findings), never free text about people: notes of HR days, meetings and
 * checkpoints, and mentors' credos stay in the programme. Reading ignores fields it does not know.
 */
@JsonSubTypes({
    @JsonSubTypes.Type(ProgramCreated.class),
    @JsonSubTypes.Type(SponsorNamed.class),
    @JsonSubTypes.Type(CoordinatorNamed.class),
    @JsonSubTypes.Type(HrDayHeld.class),
    @JsonSubTypes.Type(CultureAnalysed.class),
    @JsonSubTypes.Type(DevelopmentTargetChosen.class),
    @JsonSubTypes.Type(GoalSet.class),
    @JsonSubTypes.Type(MentorEnrolled.class),
    @JsonSubTypes.Type(MentorWithdrawn.class),
    @JsonSubTypes.Type(SessionScheduled.class),
    @JsonSubTypes.Type(SessionHeld.class),
    @JsonSubTypes.Type(AttendanceRecorded.class),
    @JsonSubTypes.Type(AssignmentGiven.class),
    @JsonSubTypes.Type(AssignmentSubmitted.class),
    @JsonSubTypes.Type(MentorHrMeetingHeld.class),
    @JsonSubTypes.Type(CredoWritten.class),
    @JsonSubTypes.Type(ActionItemAdded.class),
    @JsonSubTypes.Type(ActionItemStatusChanged.class),
    @JsonSubTypes.Type(SupportArranged.class),
    @JsonSubTypes.Type(CheckpointRecorded.class),
    @JsonSubTypes.Type(EvaluationRecorded.class),
    @JsonSubTypes.Type(PhaseAdvanced.class),
    @JsonSubTypes.Type(PhaseReverted.class)
})
public sealed interface ProgramEvent extends DomainEvent
        permits ProgramCreated,
                SponsorNamed,
                CoordinatorNamed,
                HrDayHeld,
                CultureAnalysed,
                DevelopmentTargetChosen,
                GoalSet,
                MentorEnrolled,
                MentorWithdrawn,
                SessionScheduled,
                SessionHeld,
                AttendanceRecorded,
                AssignmentGiven,
                AssignmentSubmitted,
                MentorHrMeetingHeld,
                CredoWritten,
                ActionItemAdded,
                ActionItemStatusChanged,
                SupportArranged,
                CheckpointRecorded,
                EvaluationRecorded,
                PhaseAdvanced,
                PhaseReverted {

    /**
     * Returns the programme the event concerns.
     *
     * @return the programme's id, never null
     */
    @JsonProperty("programId")
    ProgramId programId();
}
