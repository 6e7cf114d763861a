package org.learningmentor.core.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A short text in one or more of the {@link Language}s, such as a unit's or a goal's name. In JSON
 * it is an object keyed by language code: {@code {"fi": "Talous", "en": "Finance"}}.
 *
 * <p>{@link #in(Language)} falls back when a translation is missing: the requested language, then
 * English, Finnish and Swedish. Every text holds at least one non-blank translation of at most
 * {@value #MAX_LENGTH} characters. This type is immutable and thread-safe.
 */
public final class LocalizedText {

    /** The longest translation accepted, in characters. */
    public static final int MAX_LENGTH = 10_000;

    /**
     * The longest translation of a name or title (of a unit, a goal, an indicator), in characters.
     * Types that hold names check it with {@link Violations#checkMaxLength(LocalizedText, int,
     * String)}.
     */
    public static final int NAME_MAX_LENGTH = 254;

    private static final List<Language> FALLBACK = List.of(Language.EN, Language.FI, Language.SV);

    private final Map<Language, String> texts;

    private LocalizedText(Map<Language, String> texts) {
        this.texts = Collections.unmodifiableMap(texts);
    }

    /**
     * Returns a text in one language.
     *
     * @param language the language, not null
     * @param text the text, not null and not blank
     * @return the text, never null
     * @throws ValidationException when the text is blank or too long
     */
    public static LocalizedText of(Language language, String text) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        return of(Map.of(language, text));
    }

    /**
     * Returns a text in Finnish, Swedish and English.
     *
     * @param fi the Finnish text, not null and not blank
     * @param sv the Swedish text, not null and not blank
     * @param en the English text, not null and not blank
     * @return the text, never null
     * @throws ValidationException listing every blank translation
     */
    public static LocalizedText of(String fi, String sv, String en) {
        Objects.requireNonNull(fi, "fi");
        Objects.requireNonNull(sv, "sv");
        Objects.requireNonNull(en, "en");
        return of(Map.of(Language.FI, fi, Language.SV, sv, Language.EN, en));
    }

    /**
     * Returns a text with the given translations.
     *
     * @param texts the translations, not null, with no null keys or values
     * @return the text, never null
     * @throws ValidationException when there is no translation, or a translation is blank or too
     *     long
     */
    public static LocalizedText of(Map<Language, String> texts) {
        Objects.requireNonNull(texts, "texts");
        texts.forEach((language, text) -> {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(text, "text");
        });
        Violations violations = new Violations();
        EnumMap<Language, String> copy = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String text = texts.get(language);
            if (text != null) {
                check(language.code(), text, violations);
                copy.put(language, text);
            }
        }
        violations.check(!copy.isEmpty(), CommonViolation.TEXT_EMPTY, "");
        violations.throwIfAny();
        return new LocalizedText(copy);
    }

    /** Reads the JSON form, an object keyed by language code, reporting every violation at once. */
    @JsonCreator
    static LocalizedText fromJson(Map<String, String> json) {
        Violations violations = new Violations();
        EnumMap<Language, String> texts = new EnumMap<>(Language.class);
        if (json != null) {
            json.forEach((code, text) -> {
                Language language = null;
                try {
                    language = Language.parse(code);
                } catch (ValidationException e) {
                    violations.addAll(e.violations());
                }
                if (text == null) {
                    violations.add(CommonViolation.TEXT_BLANK, code, code);
                } else if (check(code, text, violations) && language != null) {
                    if (texts.putIfAbsent(language, text) != null) {
                        violations.add(CommonViolation.TEXT_LANGUAGE_DUPLICATE, code, language.code());
                    }
                }
            });
        }
        violations.check(!texts.isEmpty() || !violations.isEmpty(), CommonViolation.TEXT_EMPTY, "");
        violations.throwIfAny();
        return new LocalizedText(texts);
    }

    private static boolean check(String code, String text, Violations violations) {
        return violations.check(!text.isBlank(), CommonViolation.TEXT_BLANK, code, code)
                & violations.check(
                        text.length() <= MAX_LENGTH, CommonViolation.TEXT_TOO_LONG, code, MAX_LENGTH, text.length());
    }

    /**
     * Returns the text in the language, falling back to English, Finnish and Swedish in that order.
     *
     * @param language the wanted language, not null
     * @return the best available text, never null
     */
    public String in(Language language) {
        Objects.requireNonNull(language, "language");
        String text = texts.get(language);
        if (text != null) {
            return text;
        }
        for (Language fallback : FALLBACK) {
            text = texts.get(fallback);
            if (text != null) {
                return text;
            }
        }
        throw new IllegalStateException("a LocalizedText is never empty");
    }

    /**
     * Returns the text in exactly this language, without fallback.
     *
     * @param language the language, not null
     * @return the translation, or empty when there is none
     */
    public Optional<String> exactly(Language language) {
        return Optional.ofNullable(texts.get(Objects.requireNonNull(language, "language")));
    }

    /**
     * Returns a copy with the translation added or replaced.
     *
     * @param language the language, not null
     * @param text the text, not null and not blank
     * @return the new text, never null
     * @throws ValidationException when the text is blank
     */
    public LocalizedText with(Language language, String text) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        EnumMap<Language, String> copy = new EnumMap<>(texts);
        copy.put(language, text);
        return of(copy);
    }

    /**
     * Returns the translations.
     *
     * @return an unmodifiable map with at least one entry, in {@link Language} order
     */
    public Map<Language, String> asMap() {
        return texts;
    }

    /** Writes the JSON form, an object keyed by language code. */
    @JsonValue
    Map<String, String> toJson() {
        Map<String, String> json = new LinkedHashMap<>();
        texts.forEach((language, text) -> json.put(language.code(), text));
        return json;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText that && texts.equals(that.texts);
    }

    @Override
    public int hashCode() {
        return texts.hashCode();
    }

    /** Returns the texts keyed by language code, e.g. {@code {fi=Talous, en=Finance}}. */
    @Override
    public String toString() {
        return toJson().toString();
    }
}
