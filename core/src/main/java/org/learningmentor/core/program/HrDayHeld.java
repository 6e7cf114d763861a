package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.learningmentor.core.common.HrDayId;
import org.learningmentor.core.common.PersonId;

/**
 * An HR day was held. The notes stay in the programme; the event carries no free text.
 *
 * <p>JSON type name {@code "program.hr-day-held"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableHrDayHeld.class, name = "program.hr-day-held"))
public non-sealed interface HrDayHeld extends ProgramEvent {

    /**
     * Returns the HR day.
     *
     * @return the HR day, never null
     */
    @JsonProperty("hrDayId")
    HrDayId hrDayId();

    /**
     * Returns the day it was held.
     *
     * @return the day it was held, never null
     */
    @JsonProperty("date")
    LocalDate date();

    /**
     * Returns who took part.
     *
     * @return who took part, an unmodifiable list
     */
    @JsonProperty("participants")
    List<PersonId> participants();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional or a list. */
    final class Builder extends ImmutableHrDayHeld.Builder {}
}
