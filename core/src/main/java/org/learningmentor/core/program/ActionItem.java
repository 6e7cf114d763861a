package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.learningmentor.core.common.ActionItemId;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.PersonId;

/**
 * An item of an {@link ActionPlan} (toimintasuunnitelma): what is done, who owns it, by when, and
 * where it stands. Whether it is due inside the programme is the programme's rule, checked when the
 * item is added. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class ActionItem {

    ActionItem() {}

    /**
     * Returns the item's identity.
     *
     * @return the id, never null
     */
    @JsonProperty("id")
    public abstract ActionItemId id();

    /**
     * Returns what is done.
     *
     * @return the description, never null
     */
    @JsonProperty("what")
    public abstract LocalizedText what();

    /**
     * Returns who owns the item.
     *
     * @return the owner's id, never null
     */
    @JsonProperty("ownerId")
    public abstract PersonId ownerId();

    /**
     * Returns the day it is due.
     *
     * @return the date, never null
     */
    @JsonProperty("dueOn")
    public abstract LocalDate dueOn();

    /**
     * Returns where it stands.
     *
     * @return the status, {@link ActionStatus#OPEN} unless set
     */
    @JsonProperty("status")
    @Value.Default
    public ActionStatus status() {
        return ActionStatus.OPEN;
    }

    /** Returns a copy with another status; for the programme's commands. */
    abstract ActionItem withStatus(ActionStatus status);

    /**
     * Returns a new builder; every attribute but the status is required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    @JsonCreator
    private static ActionItem fromJson(ImmutableActionItem value) {
        return value;
    }

    /** Builds an item. */
    public static final class Builder extends ImmutableActionItem.Builder {}
}
