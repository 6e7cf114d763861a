package org.learningmentor.core.person;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violations;

/**
 * A person's enrolment as a learning mentor (oppimismentori): the full history of their consent,
 * given and withdrawn. Mentoring is always voluntary, so consent is recorded when a person
 * volunteers and can be withdrawn at any time; the history is kept, and a person may volunteer
 * again later.
 *
 * <p>The history starts with consent {@linkplain ConsentKind#GIVEN given}, then alternates between
 * withdrawn and given, in non-decreasing time order (two records may share an instant). Consent is
 * in force when the last record is a gift of consent. {@link #none()} is the enrolment of someone
 * who never volunteered.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class MentorEnrollment {

    MentorEnrollment() {}

    // @JsonProperty on the accessors lets Jackson write this type's properties when a host writes it
    // with its declared type (writerFor(MentorEnrollment.class)); the generated class alone would give {}.

    /**
     * Returns every record of consent given and withdrawn, oldest first.
     *
     * @return an unmodifiable list, empty when the person never volunteered; never null
     */
    @JsonProperty("history")
    public abstract List<ConsentRecord> history();

    /**
     * Returns the enrolment of a person who never volunteered: an empty history.
     *
     * @return the empty enrolment, never null
     */
    public static MentorEnrollment none() {
        return None.INSTANCE;
    }

    /** Holds the empty enrolment, built on first use (not while this class initialises). */
    private static final class None {
        static final MentorEnrollment INSTANCE = builder().build();
    }

    /**
     * Returns whether the person's consent to act as a mentor is in force: the last record is
     * consent given.
     *
     * @return true when consent is given and not withdrawn since
     */
    @JsonIgnore
    public boolean isConsentGiven() {
        return lastRecord().map(r -> r.kind() == ConsentKind.GIVEN).orElse(false);
    }

    /**
     * Returns when the consent now in force was given.
     *
     * @return the instant of the last record when it is consent given; empty when consent is not
     *     in force
     */
    public Optional<Instant> consentGivenAt() {
        return lastRecord().filter(r -> r.kind() == ConsentKind.GIVEN).map(ConsentRecord::at);
    }

    /**
     * Returns the latest withdrawal of consent, whether or not the person volunteered again since.
     *
     * @return the last {@link ConsentKind#WITHDRAWN} record, empty when consent was never withdrawn
     */
    public Optional<ConsentRecord> lastWithdrawal() {
        List<ConsentRecord> history = history();
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).kind() == ConsentKind.WITHDRAWN) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the latest record of the history.
     *
     * @return the last record, empty when the history is empty
     */
    public Optional<ConsentRecord> lastRecord() {
        List<ConsentRecord> history = history();
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    /** Returns this history with one more record; the caller has checked the rules. */
    MentorEnrollment append(ConsentRecord record) {
        List<ConsentRecord> next = new ArrayList<>(history().size() + 1);
        next.addAll(history());
        next.add(record);
        return builder().addAllHistory(next).build();
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    @JsonCreator
    private static MentorEnrollment fromJson(ImmutableMentorEnrollment value) {
        return value;
    }

    /**
     * Checks that the history starts with consent given, alternates and is in time order.
     *
     * @throws ValidationException listing every violation, at paths such as {@code history[2].at}
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        List<ConsentRecord> history = history();
        for (int i = 0; i < history.size(); i++) {
            ConsentRecord record = history.get(i);
            String path = "history[" + i + "]";
            if (i == 0) {
                violations.check(
                        record.kind() == ConsentKind.GIVEN,
                        PersonViolation.ENROLLMENT_FIRST_NOT_GIVEN,
                        path + ".kind",
                        record.kind());
            } else {
                ConsentRecord previous = history.get(i - 1);
                violations.check(
                        record.kind() != previous.kind(),
                        PersonViolation.ENROLLMENT_NOT_ALTERNATING,
                        path + ".kind",
                        record.kind(),
                        i);
                violations.check(
                        !record.at().isBefore(previous.at()),
                        PersonViolation.ENROLLMENT_OUT_OF_ORDER,
                        path + ".at",
                        record.at(),
                        previous.at());
            }
        }
        violations.throwIfAny();
    }

    /** Builds an enrolment; the history is empty unless records are added, oldest first. */
    public static final class Builder extends ImmutableMentorEnrollment.Builder {}
}
