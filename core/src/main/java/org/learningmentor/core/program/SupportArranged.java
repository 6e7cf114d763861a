package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.immutables.value.Value;

/**
 * HR arranged coordinated support for the mentors.
 *
 * <p>JSON type name {@code "program.support-arranged"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableSupportArranged.class, name = "program.support-arranged"))
public non-sealed interface SupportArranged extends ProgramEvent {

    /**
     * Returns the support activity.
     *
     * @return the support activity, never null
     */
    @JsonProperty("activity")
    SupportActivity activity();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional or a list. */
    final class Builder extends ImmutableSupportArranged.Builder {}
}
