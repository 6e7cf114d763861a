package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;

/**
 * An item was added to the programme's action plan.
 *
 * <p>JSON type name {@code "program.action-item-added"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableActionItemAdded.class, name = "program.action-item-added"))
public non-sealed interface ActionItemAdded extends ProgramEvent {

    /**
     * Returns the item.
     *
     * @return the item, never null
     */
    @JsonProperty("item")
    ActionItem item();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional or a list. */
    final class Builder extends ImmutableActionItemAdded.Builder {}
}
