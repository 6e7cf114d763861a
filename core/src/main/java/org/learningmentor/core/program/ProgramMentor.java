package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.Violations;

/**
 * A volunteer enrolled as a learning mentor in a programme, and when they left it, if they did.
 *
 * <p>A mentor has one record per programme, whatever their history: {@link #enrolledAt()} and
 * {@link #withdrawnAt()} are the latest period, and a mentor who withdrew and enrols again keeps
 * each earlier period, oldest first, in {@link #earlierPeriods()} (the records of those periods,
 * such as attendance, stay in the programme too).
 *
 * <p>Checked: not withdrawn before enrolled ({@code program.mentor.withdrawn-before-enrolled});
 * each period starts no earlier than the withdrawal that ended the one before it ({@code
 * program.mentor.enrolled-before-withdrawal}). This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class ProgramMentor {

    ProgramMentor() {}

    /**
     * Returns the mentor.
     *
     * @return the person's id, never null
     */
    @JsonProperty("personId")
    public abstract PersonId personId();

    /**
     * Returns when the mentor enrolled, the latest time if they enrolled more than once.
     *
     * @return the instant, never null
     */
    @JsonProperty("enrolledAt")
    public abstract Instant enrolledAt();

    /**
     * Returns when the mentor left the programme.
     *
     * @return the instant, or empty while the mentor takes part
     */
    @JsonProperty("withdrawnAt")
    public abstract Optional<Instant> withdrawnAt();

    /**
     * Returns the mentor's earlier periods in the programme, each ended by a withdrawal, oldest
     * first; the latest period is {@link #enrolledAt()} to {@link #withdrawnAt()}.
     *
     * @return an unmodifiable list, empty unless the mentor enrolled again after withdrawing
     */
    @JsonProperty("earlierPeriods")
    public abstract List<MentorPeriod> earlierPeriods();

    /**
     * Returns whether the mentor takes part.
     *
     * @return true when not withdrawn
     */
    @JsonIgnore
    public boolean isActive() {
        return withdrawnAt().isEmpty();
    }

    /** Returns a withdrawn copy; for the programme's commands. */
    abstract ProgramMentor withWithdrawnAt(Instant at);

    /**
     * Returns the record of the mentor enrolled again at the given time, keeping the period that
     * ended with their withdrawal; for the programme's commands.
     */
    ProgramMentor reEnrolledAt(Instant at) {
        MentorPeriod ended = MentorPeriod.builder()
                .enrolledAt(enrolledAt())
                .withdrawnAt(withdrawnAt().orElseThrow())
                .build();
        return builder()
                .personId(personId())
                .addAllEarlierPeriods(earlierPeriods())
                .addEarlierPeriods(ended)
                .enrolledAt(at)
                .build();
    }

    /**
     * Returns whether the mentor was enrolled at some time of the day, in some time zone: a period
     * overlaps the day as it lasts from UTC+14 to UTC−12. The programme has no time zone, so
     * this only rules out days that ended everywhere before an enrolment or began everywhere
     * after a withdrawal.
     */
    boolean wasEnrolledOn(LocalDate day) {
        Instant dayStarts = day.atStartOfDay(ZoneOffset.ofHours(14)).toInstant();
        Instant dayEnds = day.plusDays(1).atStartOfDay(ZoneOffset.ofHours(-12)).toInstant();
        if (enrolledAt().isBefore(dayEnds)
                && withdrawnAt().map(w -> !w.isBefore(dayStarts)).orElse(true)) {
            return true;
        }
        return earlierPeriods().stream()
                .anyMatch(p ->
                        p.enrolledAt().isBefore(dayEnds) && !p.withdrawnAt().isBefore(dayStarts));
    }

    /**
     * Returns a new builder; {@code personId} and {@code enrolledAt} are required.
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
        withdrawnAt()
                .ifPresent(at -> violations.check(
                        !at.isBefore(enrolledAt()),
                        ProgramViolation.MENTOR_WITHDRAWN_BEFORE_ENROLLED,
                        "withdrawnAt",
                        at,
                        enrolledAt()));
        for (int i = 0; i < earlierPeriods().size(); i++) {
            Instant start = earlierPeriods().get(i).enrolledAt();
            if (i > 0) {
                Instant previousEnd = earlierPeriods().get(i - 1).withdrawnAt();
                violations.check(
                        !start.isBefore(previousEnd),
                        ProgramViolation.MENTOR_ENROLLED_BEFORE_WITHDRAWAL,
                        "earlierPeriods[" + i + "].enrolledAt",
                        start,
                        previousEnd);
            }
        }
        Lists.lastOf(earlierPeriods())
                .ifPresent(last -> violations.check(
                        !enrolledAt().isBefore(last.withdrawnAt()),
                        ProgramViolation.MENTOR_ENROLLED_BEFORE_WITHDRAWAL,
                        "enrolledAt",
                        enrolledAt(),
                        last.withdrawnAt()));
        violations.throwIfAny();
    }

    @JsonCreator
    private static ProgramMentor fromJson(ImmutableProgramMentor value) {
        return value;
    }

    /** Builds a programme mentor. */
    public static final class Builder extends ImmutableProgramMentor.Builder {}
}
