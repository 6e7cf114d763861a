package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;
import org.learningmentor.core.common.AssignmentId;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.Violations;

/**
 * An interim assignment (välitehtävä): work the mentors do between one training session and the
 * next, due on a date between them, with the submissions so far. Checked: it follows session 1 or
 * later ({@code program.assignment.after-session-out-of-range}); the title at most {@value
 * LocalizedText#NAME_MAX_LENGTH} characters per translation; no mentor in two submissions ({@code
 * program.submission.duplicate}). This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class InterimAssignment {

    InterimAssignment() {}

    /**
     * Returns the assignment's identity.
     *
     * @return the id, never null
     */
    @JsonProperty("id")
    public abstract AssignmentId id();

    /**
     * Returns what the mentors are asked to do.
     *
     * @return the title, never null
     */
    @JsonProperty("title")
    public abstract LocalizedText title();

    /**
     * Returns the ordinal of the session after which the assignment is given; it is due before the
     * next one.
     *
     * @return the ordinal, at least 1
     */
    @JsonProperty("afterSession")
    public abstract int afterSession();

    /**
     * Returns the day it is due.
     *
     * @return the date, never null
     */
    @JsonProperty("dueOn")
    public abstract LocalDate dueOn();

    /**
     * Returns the submissions, in the order received.
     *
     * @return an unmodifiable list, no mentor in two
     */
    @JsonProperty("submissions")
    public abstract List<AssignmentSubmission> submissions();

    /**
     * Returns whether the mentor has submitted, alone or in a pair.
     *
     * @param mentorId the mentor, not null
     * @return true when a submission names the mentor
     * @throws NullPointerException when {@code mentorId} is null
     */
    public boolean isSubmittedBy(PersonId mentorId) {
        Objects.requireNonNull(mentorId, "mentorId");
        return submissions().stream().anyMatch(s -> s.mentorIds().contains(mentorId));
    }

    /** Returns a copy with other submissions; for the programme's commands. */
    abstract InterimAssignment withSubmissions(Iterable<? extends AssignmentSubmission> submissions);

    /**
     * Returns a new builder; every attribute but the submissions is required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the session, the title and the submissions.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        violations.check(
                afterSession() >= 1,
                ProgramViolation.ASSIGNMENT_AFTER_SESSION_OUT_OF_RANGE,
                "afterSession",
                afterSession(),
                ProgramTemplate.MAX_SESSIONS - 1);
        violations.checkMaxLength(title(), LocalizedText.NAME_MAX_LENGTH, "title");
        Set<PersonId> seen = new HashSet<>();
        for (int i = 0; i < submissions().size(); i++) {
            for (PersonId mentor : submissions().get(i).mentorIds()) {
                violations.check(
                        seen.add(mentor), ProgramViolation.SUBMISSION_DUPLICATE, "submissions[" + i + "]", mentor);
            }
        }
        violations.throwIfAny();
    }

    @JsonCreator
    private static InterimAssignment fromJson(ImmutableInterimAssignment value) {
        return value;
    }

    /** Builds an assignment. */
    public static final class Builder extends ImmutableInterimAssignment.Builder {}
}
