package org.learningmentor.core.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * A language the SDK speaks: Finnish, Swedish (Finland's two official languages) and English. In
 * JSON a language is its ISO 639-1 code: {@code "fi"}, {@code "sv"}, {@code "en"}.
 */
public enum Language {
    /** Finnish ({@code fi}). */
    FI("fi"),
    /** Swedish ({@code sv}). */
    SV("sv"),
    /** English ({@code en}). */
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /**
     * Returns the ISO 639-1 code.
     *
     * @return {@code "fi"}, {@code "sv"} or {@code "en"}
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * Returns the locale of this language.
     *
     * @return the locale, never null
     */
    public Locale toLocale() {
        return Locale.forLanguageTag(code);
    }

    /**
     * Returns the language of an ISO 639-1 code, ignoring case.
     *
     * @param code {@code "fi"}, {@code "sv"} or {@code "en"}, not null
     * @return the language, never null
     * @throws ValidationException when the code names no supported language
     */
    @JsonCreator
    public static Language parse(String code) {
        Objects.requireNonNull(code, "code");
        switch (code) {
            case "fi":
                return FI;
            case "sv":
                return SV;
            case "en":
                return EN;
            default:
                for (Language language : values()) {
                    if (language.code.equalsIgnoreCase(code)) {
                        return language;
                    }
                }
                throw new ValidationException(
                        Violation.of(CommonViolation.LANGUAGE_UNSUPPORTED, "language", Violations.quote(code)));
        }
    }

    /**
     * Returns the language of a locale, or English when the locale's language is not supported.
     *
     * @param locale the locale, not null
     * @return the language, never null
     */
    public static Language from(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        for (Language language : values()) {
            if (language.code.equals(locale.getLanguage())) {
                return language;
            }
        }
        return EN;
    }
}
