package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.Violations;

/**
 * A period in which a mentor was enrolled in the programme: from the enrolment to the withdrawal,
 * open while the mentor takes part.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class EnrolmentPeriod {

    EnrolmentPeriod() {}

    /**
     * Returns when the mentor enrolled.
     *
     * @return the instant, never null
     */
    @JsonProperty("from")
    public abstract Instant from();

    /**
     * Returns when the mentor withdrew.
     *
     * @return the instant, not before {@link #from()}, or empty while the mentor takes part
     */
    @JsonProperty("until")
    public abstract Optional<Instant> until();

    /**
     * Returns a period.
     *
     * @param from the enrolment, not null
     * @param until the withdrawal, not null; empty while enrolled
     * @return the period, never null
     * @throws org.learningmentor.core.common.ValidationException when it ends before it starts
     */
    public static EnrolmentPeriod of(Instant from, Optional<Instant> until) {
        return ImmutableEnrolmentPeriod.builder().from(from).until(until).build();
    }

    /** Returns whether the mentor was enrolled at the instant: from ≤ at < until. */
    boolean covers(Instant at) {
        Optional<Instant> until = until();
        return !from().isAfter(at) && (until.isEmpty() || until.get().isAfter(at));
    }

    /**
     * Checks that the period does not end before it starts.
     *
     * @throws org.learningmentor.core.common.ValidationException otherwise
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        // An if rather than check(...) in a lambda: a programme's facts hold a period per mentor.
        if (until().isPresent() && until().get().isBefore(from())) {
            violations.add(EvaluationViolation.PERIOD_END_BEFORE_START, "until", until().get(), from());
        }
        violations.throwIfAny();
    }

    @JsonCreator
    private static EnrolmentPeriod fromJson(ImmutableEnrolmentPeriod value) {
        return value;
    }
}
