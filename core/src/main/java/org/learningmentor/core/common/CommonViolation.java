package org.learningmentor.core.common;

/** The violation codes of the shared building blocks. */
public enum CommonViolation implements ViolationCode {
    /** A required attribute was not given. */
    VALUE_REQUIRED("common.value.required"),
    /** A text that names an id is not a canonical UUID. */
    ID_MALFORMED("common.id.malformed"),
    /** A language code is not one of fi, sv, en. */
    LANGUAGE_UNSUPPORTED("common.language.unsupported"),
    /** A localized text has no translation. */
    TEXT_EMPTY("common.text.empty"),
    /** A translation of a localized text is blank. */
    TEXT_BLANK("common.text.blank"),
    /** A localized text names the same language twice, such as {@code "fi"} and {@code "FI"}. */
    TEXT_LANGUAGE_DUPLICATE("common.text.language-duplicate"),
    /** A text is longer than its limit. */
    TEXT_TOO_LONG("common.text.too-long");

    private final String code;

    CommonViolation(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
