package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.ActionItemId;
import org.learningmentor.core.common.Violations;

/**
 * The programme's action plan (toimintasuunnitelma): who does what by when, at programme level.
 * Checked: item ids unique ({@code program.id.duplicate}). This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class ActionPlan {

    ActionPlan() {}

    /**
     * Returns an empty plan.
     *
     * @return a plan without items, never null
     */
    public static ActionPlan empty() {
        return builder().build();
    }

    /**
     * Returns the items, in the order added.
     *
     * @return an unmodifiable list, ids unique
     */
    @JsonProperty("items")
    public abstract List<ActionItem> items();

    /**
     * Returns the item with the id.
     *
     * @param id the item's id, not null
     * @return the item, or empty
     * @throws NullPointerException when {@code id} is null
     */
    public Optional<ActionItem> item(ActionItemId id) {
        Objects.requireNonNull(id, "id");
        int index = Lists.indexOf(items(), ActionItem::id, id);
        return index < 0 ? Optional.empty() : Optional.of(items().get(index));
    }

    /** Returns a copy with the item added, or replacing the one with its id; for the programme's commands. */
    ActionPlan with(ActionItem item) {
        return builder()
                .addAllItems(Lists.replacedOrAppended(items(), ActionItem::id, item))
                .build();
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks that item ids are unique.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        Checks.checkUniqueIds(items(), ActionItem::id, "items", violations);
        violations.throwIfAny();
    }

    @JsonCreator
    private static ActionPlan fromJson(ImmutableActionPlan value) {
        return value;
    }

    /** Builds a plan. */
    public static final class Builder extends ImmutableActionPlan.Builder {}
}
