package org.learningmentor.core.survey;

import java.util.regex.Pattern;
import org.learningmentor.core.common.Violations;

/** The code rule of instruments, dimensions and items. */
final class Codes {

    /** The longest code, in characters. */
    static final int MAX_LENGTH = 32;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

    private Codes() {}

    /** Adds {@code survey.code.malformed} unless the code is 1–32 letters, digits, hyphens or underscores. */
    static void check(String code, String path, Violations violations) {
        // The length first: the pattern would reject a long text too, but only after reading it.
        violations.check(
                code.length() <= MAX_LENGTH && CODE.matcher(code).matches(),
                SurveyViolation.CODE_MALFORMED,
                path,
                Violations.quote(code));
    }
}
