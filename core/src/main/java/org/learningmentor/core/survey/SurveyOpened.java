package org.learningmentor.core.survey;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.List;
import org.immutables.value.Value;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.ProgramId;

/**
 * A survey was opened for responses.
 *
 * <p>JSON type name {@code "survey.opened"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableSurveyOpened.class, name = "survey.opened"))
public non-sealed interface SurveyOpened extends SurveyEvent {

    /**
     * Returns the programme the survey belongs to.
     *
     * @return the programme's id, never null
     */
    @JsonProperty("programId")
    ProgramId programId();

    /**
     * Returns the code of the survey's instrument.
     *
     * @return the code, never null
     */
    @JsonProperty("instrumentCode")
    String instrumentCode();

    /**
     * Returns why the survey is run.
     *
     * @return the purpose, never null
     */
    @JsonProperty("purpose")
    SurveyPurpose purpose();

    /**
     * Returns the audience units, whose subtrees the survey covers.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("audience")
    List<OrgUnitId> audience();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless a list. */
    final class Builder extends ImmutableSurveyOpened.Builder {}
}
