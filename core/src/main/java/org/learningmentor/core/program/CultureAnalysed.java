package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.LocalizedText;

/**
 * The findings of the learning-culture analysis were recorded.
 *
 * <p>JSON type name {@code "program.culture-analysed"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableCultureAnalysed.class, name = "program.culture-analysed"))
public non-sealed interface CultureAnalysed extends ProgramEvent {

    /**
     * Returns the findings.
     *
     * @return the findings, an unmodifiable list
     */
    @JsonProperty("findings")
    List<LocalizedText> findings();

    /**
     * Returns when a baseline survey was run, or empty.
     *
     * @return when a baseline survey was run, or empty
     */
    @JsonProperty("baselineSurveyOn")
    Optional<LocalDate> baselineSurveyOn();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional or a list. */
    final class Builder extends ImmutableCultureAnalysed.Builder {}
}
