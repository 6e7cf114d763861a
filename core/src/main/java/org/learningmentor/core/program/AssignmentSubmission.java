package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.Violations;

/**
 * A submission of an {@link InterimAssignment} by one mentor, or by a mentor pair together (two
 * mentors). Checked: one or two mentors ({@code program.people.empty}, {@code
 * program.submission.too-many-mentors}), not the same twice. This type is immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class AssignmentSubmission {

    /** The most mentors of one submission: a pair. */
    public static final int MAX_MENTORS = 2;

    AssignmentSubmission() {}

    /**
     * Returns the mentors who submitted: one, or the two of a pair.
     *
     * @return an unmodifiable list of one or two mentors
     */
    @JsonProperty("mentorIds")
    public abstract List<PersonId> mentorIds();

    /**
     * Returns when it was submitted.
     *
     * @return the instant, never null
     */
    @JsonProperty("submittedAt")
    public abstract Instant submittedAt();

    /**
     * Returns a new builder; a mentor and {@code submittedAt} are required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the mentors.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        violations.check(!mentorIds().isEmpty(), ProgramViolation.PEOPLE_EMPTY, "mentorIds");
        violations.check(
                mentorIds().size() <= MAX_MENTORS,
                ProgramViolation.SUBMISSION_TOO_MANY_MENTORS,
                "mentorIds",
                MAX_MENTORS,
                mentorIds().size());
        Checks.checkUniquePeople(mentorIds(), "mentorIds", violations);
        violations.throwIfAny();
    }

    @JsonCreator
    private static AssignmentSubmission fromJson(ImmutableAssignmentSubmission value) {
        return value;
    }

    /** Builds a submission. */
    public static final class Builder extends ImmutableAssignmentSubmission.Builder {}
}
