package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.immutables.value.Value;
import org.learningmentor.core.common.Violations;

/**
 * A closed period in which a mentor took part in a programme: from an enrolment to the withdrawal
 * that ended it. A mentor who withdraws and enrols again keeps each earlier period in {@link
 * ProgramMentor#earlierPeriods()}. Checked: not withdrawn before enrolled ({@code
 * program.mentor.withdrawn-before-enrolled}). This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class MentorPeriod {

    MentorPeriod() {}

    /**
     * Returns when the mentor enrolled.
     *
     * @return the instant, never null
     */
    @JsonProperty("enrolledAt")
    public abstract Instant enrolledAt();

    /**
     * Returns when the mentor withdrew, ending the period.
     *
     * @return the instant, never null, not before {@link #enrolledAt()}
     */
    @JsonProperty("withdrawnAt")
    public abstract Instant withdrawnAt();

    /**
     * Returns a new builder; both attributes are required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the dates.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        violations.check(
                !withdrawnAt().isBefore(enrolledAt()),
                ProgramViolation.MENTOR_WITHDRAWN_BEFORE_ENROLLED,
                "withdrawnAt",
                withdrawnAt(),
                enrolledAt());
        violations.throwIfAny();
    }

    @JsonCreator
    private static MentorPeriod fromJson(ImmutableMentorPeriod value) {
        return value;
    }

    /** Builds a mentor period. */
    public static final class Builder extends ImmutableMentorPeriod.Builder {}
}
