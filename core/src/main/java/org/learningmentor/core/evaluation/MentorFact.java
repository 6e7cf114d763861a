package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;
import org.learningmentor.core.common.CommonViolation;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.Violations;

/**
 * A mentor of the programme as the evaluation sees it: the person's id and the periods of
 * enrolment, oldest first (a mentor who withdrew and enrolled again has two).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class MentorFact {

    MentorFact() {}

    /**
     * Returns the mentor.
     *
     * @return the person's id, never null
     */
    @JsonProperty("personId")
    public abstract PersonId personId();

    /**
     * Returns the periods of enrolment, oldest first.
     *
     * @return an unmodifiable, non-empty list
     */
    @JsonProperty("periods")
    public abstract List<EnrolmentPeriod> periods();

    /**
     * Returns a mentor fact.
     *
     * @param personId the mentor, not null
     * @param periods the periods, not null, not empty
     * @return the fact, never null
     */
    public static MentorFact of(PersonId personId, List<EnrolmentPeriod> periods) {
        return ImmutableMentorFact.builder()
                .personId(personId)
                .addAllPeriods(periods)
                .build();
    }

    /** Returns whether the mentor was enrolled at the instant. */
    boolean isEnrolledAt(Instant at) {
        for (EnrolmentPeriod period : periods()) {
            if (period.covers(at)) {
                return true;
            }
        }
        return false;
    }

    /** Returns whether the mentor enrolled before the instant. */
    boolean enrolledBefore(Instant at) {
        return !periods().isEmpty() && periods().get(0).from().isBefore(at);
    }

    /**
     * Checks that there is at least one period.
     *
     * @throws org.learningmentor.core.common.ValidationException otherwise
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        violations.check(!periods().isEmpty(), CommonViolation.VALUE_REQUIRED, "periods");
        violations.throwIfAny();
    }

    @JsonCreator
    private static MentorFact fromJson(ImmutableMentorFact value) {
        return value;
    }
}
