package org.learningmentor.core.survey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.immutables.value.Value;
import org.learningmentor.core.common.SurveyId;

/**
 * The change between two {@link CultureProfile}s, such as from the baseline to the follow-up
 * survey; made by {@link CultureProfile#change}.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public interface ProfileChange {

    /**
     * Returns the earlier survey.
     *
     * @return the survey's id, never null
     */
    @JsonProperty("beforeSurveyId")
    SurveyId beforeSurveyId();

    /**
     * Returns the later survey.
     *
     * @return the survey's id, never null
     */
    @JsonProperty("afterSurveyId")
    SurveyId afterSurveyId();

    /**
     * Returns the groups of the later profile, in its order.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("groups")
    List<GroupChange> groups();

    /**
     * Returns a new builder; the survey ids are required.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    @JsonCreator
    private static ProfileChange fromJson(ImmutableProfileChange value) {
        return value;
    }

    /** Builds a change. */
    final class Builder extends ImmutableProfileChange.Builder {}
}
