package org.learningmentor.core.survey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.OrgUnitId;

/**
 * The change of one group between two profiles: the dimension changes when the group is shown in
 * both, otherwise only why it is suppressed.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public interface GroupChange {

    /**
     * Returns which respondents the group covers.
     *
     * @return the kind, never null
     */
    @JsonProperty("kind")
    GroupKind kind();

    /**
     * Returns the group's unit.
     *
     * @return the unit's id, empty for the whole audience
     */
    @JsonProperty("unitId")
    Optional<OrgUnitId> unitId();

    /**
     * Returns why the change is not shown.
     *
     * @return the reason, empty when the change is shown
     */
    @JsonProperty("suppression")
    Optional<Suppression> suppression();

    /**
     * Returns the dimension changes, in the later instrument's order.
     *
     * @return an unmodifiable list, empty when suppressed
     */
    @JsonProperty("dimensions")
    List<DimensionChange> dimensions();

    /**
     * Returns whether the change is hidden.
     *
     * @return true when {@link #suppression()} is present
     */
    @JsonIgnore
    default boolean isSuppressed() {
        return suppression().isPresent();
    }

    /**
     * Returns a new builder; {@code kind} is required.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    @JsonCreator
    private static GroupChange fromJson(ImmutableGroupChange value) {
        return value;
    }

    /** Builds a group change. */
    final class Builder extends ImmutableGroupChange.Builder {}
}
