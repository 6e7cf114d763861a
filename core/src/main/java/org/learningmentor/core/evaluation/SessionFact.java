package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.learningmentor.core.common.Violations;

/**
 * A training session as the evaluation sees it: its ordinal, date, whether it was held, and how many
 * mentors were recorded present and absent.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class SessionFact {

    SessionFact() {}

    /**
     * Returns the session's ordinal, 1 for the first.
     *
     * @return the ordinal, at least 1
     */
    @JsonProperty("ordinal")
    public abstract int ordinal();

    /**
     * Returns the session's day.
     *
     * @return the date, never null
     */
    @JsonProperty("date")
    public abstract LocalDate date();

    /**
     * Returns whether the session was held.
     *
     * @return true when held
     */
    @JsonProperty("held")
    public abstract boolean held();

    /**
     * Returns how many mentors were recorded present.
     *
     * @return the count, not negative
     */
    @JsonProperty("present")
    public abstract int present();

    /**
     * Returns how many mentors were recorded absent.
     *
     * @return the count, not negative
     */
    @JsonProperty("absent")
    public abstract int absent();

    /**
     * Returns a session fact.
     *
     * @param ordinal the ordinal, at least 1
     * @param date the day, not null
     * @param held whether it was held
     * @param present mentors present, not negative
     * @param absent mentors absent, not negative
     * @return the fact, never null
     */
    public static SessionFact of(int ordinal, LocalDate date, boolean held, int present, int absent) {
        return ImmutableSessionFact.builder()
                .ordinal(ordinal)
                .date(date)
                .held(held)
                .present(present)
                .absent(absent)
                .build();
    }

    /**
     * Checks that the ordinal is at least 1 and the counts are not negative.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        violations.check(ordinal() >= 1, EvaluationViolation.COUNT_NEGATIVE, "ordinal", ordinal());
        Numbers.checkNotNegative(present(), "present", violations);
        Numbers.checkNotNegative(absent(), "absent", violations);
        violations.throwIfAny();
    }

    @JsonCreator
    private static SessionFact fromJson(ImmutableSessionFact value) {
        return value;
    }
}
