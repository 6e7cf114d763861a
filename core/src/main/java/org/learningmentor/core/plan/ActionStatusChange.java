package org.learningmentor.core.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import org.learningmentor.core.common.ActionItemId;
import org.learningmentor.core.program.ActionStatus;

/**
 * A new status of one of the plan's action items, recorded in a {@link ProgressEntry}. This type is
 * immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public interface ActionStatusChange {

    /**
     * Returns the item.
     *
     * @return the item's id, never null
     */
    @JsonProperty("itemId")
    ActionItemId itemId();

    /**
     * Returns the item's new status.
     *
     * @return the status, never null
     */
    @JsonProperty("status")
    ActionStatus status();

    /**
     * Returns a change.
     *
     * @param itemId the item, not null
     * @param status the new status, not null
     * @return the change, never null
     */
    static ActionStatusChange of(ActionItemId itemId, ActionStatus status) {
        return builder().itemId(itemId).status(status).build();
    }

    /**
     * Returns a new builder; both attributes are required.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    @JsonCreator
    private static ActionStatusChange fromJson(ImmutableActionStatusChange value) {
        return value;
    }

    /** Builds a change. */
    final class Builder extends ImmutableActionStatusChange.Builder {}
}
