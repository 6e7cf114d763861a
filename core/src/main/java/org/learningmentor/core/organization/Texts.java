package org.learningmentor.core.organization;

import java.util.regex.Pattern;
import org.learningmentor.core.common.CommonViolation;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.Violations;

/** The text rules this package's values share: codes and names. */
final class Texts {

    /** The longest code, in characters. */
    static final int CODE_MAX_LENGTH = 32;

    /** The longest translation of a name, in characters. */
    static final int NAME_MAX_LENGTH = 254;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

    /** The longest part of a bad value repeated in a message, so a 10 MB value stays out of logs. */
    private static final int QUOTE_MAX_LENGTH = 64;

    private Texts() {}

    /** Returns whether the code is 1–32 ASCII letters, digits, hyphens or underscores, not starting with a symbol. */
    static boolean isCode(String code) {
        // The length first: the pattern would reject a long text too, but only after reading it.
        return code.length() <= CODE_MAX_LENGTH && CODE.matcher(code).matches();
    }

    /** Adds a text-too-long violation at {@code path.<language>} for each translation over the name limit. */
    static void checkName(LocalizedText name, String path, Violations violations) {
        name.asMap()
                .forEach((language, text) -> violations.check(
                        text.length() <= NAME_MAX_LENGTH,
                        CommonViolation.TEXT_TOO_LONG,
                        path + "." + language.code(),
                        NAME_MAX_LENGTH,
                        text.length()));
    }

    /** Returns the text, cut short with an ellipsis when it is too long to repeat in a message. */
    static String quote(String text) {
        return text.length() <= QUOTE_MAX_LENGTH ? text : text.substring(0, QUOTE_MAX_LENGTH) + "…";
    }
}
