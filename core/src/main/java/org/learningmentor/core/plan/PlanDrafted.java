package org.learningmentor.core.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.PairId;
import org.learningmentor.core.common.PersonId;

/**
 * A mentor or a mentor pair started a plan; it is {@link PlanStatus#DRAFT}.
 *
 * <p>JSON type name {@code "plan.drafted"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutablePlanDrafted.class, name = "plan.drafted"))
public non-sealed interface PlanDrafted extends PlanEvent {

    /**
     * Returns whether one mentor or a pair owns the plan.
     *
     * @return the kind, never null
     */
    @JsonProperty("kind")
    PlanKind kind();

    /**
     * Returns the owners: the mentor, or the two of the pair.
     *
     * @return an unmodifiable list of one or two ids, never null
     */
    @JsonProperty("ownerIds")
    List<PersonId> ownerIds();

    /**
     * Returns the pair owning a pair plan.
     *
     * @return the pair's id, or empty for an individual plan
     */
    @JsonProperty("pairId")
    Optional<PairId> pairId();

    /**
     * Returns the plan's title.
     *
     * @return the title, never null
     */
    @JsonProperty("title")
    LocalizedText title();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional or a list. */
    final class Builder extends ImmutablePlanDrafted.Builder {}
}
