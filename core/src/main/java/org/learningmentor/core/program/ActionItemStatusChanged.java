package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;
import org.learningmentor.core.common.ActionItemId;

/**
 * An item of the action plan changed status.
 *
 * <p>JSON type name {@code "program.action-item-status-changed"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(
        @JsonSubTypes.Type(value = ImmutableActionItemStatusChanged.class, name = "program.action-item-status-changed"))
public non-sealed interface ActionItemStatusChanged extends ProgramEvent {

    /**
     * Returns the item.
     *
     * @return the item, never null
     */
    @JsonProperty("itemId")
    ActionItemId itemId();

    /**
     * Returns the status before.
     *
     * @return the status before, never null
     */
    @JsonProperty("previousStatus")
    ActionStatus previousStatus();

    /**
     * Returns the status now.
     *
     * @return the status now, never null
     */
    @JsonProperty("status")
    ActionStatus status();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional or a list. */
    final class Builder extends ImmutableActionItemStatusChanged.Builder {}
}
