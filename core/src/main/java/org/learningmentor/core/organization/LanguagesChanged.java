package org.learningmentor.core.organization;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.List;
import org.immutables.value.Value;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.Violations;

/**
 * The languages the organization works in were changed, by {@link Organization#changeLanguages}:
 * added, removed, or reordered (the first is the primary language).
 *
 * <p>Checked as the organization is: each list names at least one language ({@code
 * organization.languages.empty}) and none twice ({@code organization.languages.duplicate}).
 *
 * <p>JSON type name {@code "organization.languages-changed"}. This type is immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableLanguagesChanged.class, name = "organization.languages-changed"))
public abstract non-sealed class LanguagesChanged implements OrganizationEvent {

    LanguagesChanged() {}

    /**
     * Returns the languages before the change, the primary one first.
     *
     * @return an unmodifiable list, not empty, no language twice
     */
    @JsonProperty("previousLanguages")
    public abstract List<Language> previousLanguages();

    /**
     * Returns the languages after the change, the primary one first.
     *
     * @return an unmodifiable list, not empty, no language twice
     */
    @JsonProperty("languages")
    public abstract List<Language> languages();

    /**
     * Returns a new builder; at least one language of each kind is required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks both lists of languages.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        Organization.checkLanguages(previousLanguages(), "previousLanguages", violations);
        Organization.checkLanguages(languages(), "languages", violations);
        violations.throwIfAny();
    }

    /** Builds the event. */
    public static final class Builder extends ImmutableLanguagesChanged.Builder {}
}
