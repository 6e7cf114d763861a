package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.immutables.value.Value;

/**
 * The checklist for leaving a programme's current phase, as {@link MentoringProgram#readiness()}
 * gives it: every condition, met or not, blocking or advisory, so a user interface can show what is
 * missing before anyone tries to advance. The programme may advance when every blocking condition
 * is met ({@link #isReady()}). A programme in a final phase has an empty checklist and is not
 * ready. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public interface Readiness {

    /**
     * Returns the phase the checklist is for leaving.
     *
     * @return the phase, never null
     */
    @JsonProperty("phase")
    ProgramPhase phase();

    /**
     * Returns the phases it may advance to when ready.
     *
     * @return an unmodifiable list, empty for a final phase
     */
    @JsonProperty("nextPhases")
    List<ProgramPhase> nextPhases();

    /**
     * Returns every condition, in the order of the guards.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("conditions")
    List<ReadinessCondition> conditions();

    /**
     * Returns whether the programme may advance: it is not in a final phase and every blocking
     * condition is met.
     *
     * @return true when ready
     */
    @JsonIgnore
    default boolean isReady() {
        return !nextPhases().isEmpty() && unmet().isEmpty();
    }

    /**
     * Returns the blocking conditions not met.
     *
     * @return an unmodifiable list, never null
     */
    @JsonIgnore
    default List<ReadinessCondition> unmet() {
        return conditions().stream().filter(c -> c.blocking() && !c.met()).toList();
    }

    /**
     * Returns the advisory conditions not met: recommended, not required.
     *
     * @return an unmodifiable list, never null
     */
    @JsonIgnore
    default List<ReadinessCondition> advisories() {
        return conditions().stream().filter(c -> !c.blocking() && !c.met()).toList();
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    @JsonCreator
    private static Readiness fromJson(ImmutableReadiness value) {
        return value;
    }

    /** Builds a checklist. */
    final class Builder extends ImmutableReadiness.Builder {}
}
