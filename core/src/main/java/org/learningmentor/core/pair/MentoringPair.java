package org.learningmentor.core.pair;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PairId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ProgramId;

/**
 * A mentoring pair of a programme: two mentors, or a mentor and a mentee.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class MentoringPair {

    /** Only the generated implementation extends this class. */
    MentoringPair() {}

    /**
     * Returns the pair's identity.
     *
     * @return the id, never null
     */
    @JsonProperty("id")
    public abstract PairId id();

    /**
     * Returns the organization (tenant) the pair belongs to.
     *
     * @return the organization id, never null
     */
    @JsonProperty("organizationId")
    public abstract OrganizationId organizationId();

    /**
     * Returns the programme the pair belongs to.
     *
     * @return the programme id, never null
     */
    @JsonProperty("programId")
    public abstract ProgramId programId();

    /**
     * Returns what kind of pair this is.
     *
     * @return the kind, never null
     */
    @JsonProperty("kind")
    public abstract PairKind kind();

    /**
     * Returns the first person: the proposer, or the mentor of a mentor–mentee pair.
     *
     * @return the person id, never null
     */
    @JsonProperty("first")
    public abstract PersonId first();

    /**
     * Returns the second person: the one proposed to, or the mentee of a mentor–mentee pair.
     *
     * @return the person id, never null
     */
    @JsonProperty("second")
    public abstract PersonId second();

    /**
     * Returns where the pair stands.
     *
     * @return the status, never null
     */
    @JsonProperty("status")
    public abstract PairStatus status();

    /**
     * Returns the optimistic-locking version managed by the persistence layer (0 = never stored).
     *
     * @return the version, not negative
     */
    @JsonProperty("version")
    @Value.Default
    public long version() {
        return 0;
    }

    /**
     * Tells whether the pair is active.
     *
     * @return true when the status is {@link PairStatus#ACTIVE}
     */
    public final boolean isActive() {
        return status().isActive();
    }

    /**
     * Tells whether the person is one of the two.
     *
     * @param person the person, not null
     * @return true when the person is {@link #first()} or {@link #second()}
     */
    public final boolean involves(PersonId person) {
        return first().equals(person) || second().equals(person);
    }

    @JsonCreator
    private static MentoringPair fromJson(ImmutableMentoringPair value) {
        return value;
    }
}
