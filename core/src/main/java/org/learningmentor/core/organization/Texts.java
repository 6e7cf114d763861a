package org.learningmentor.core.organization;

import java.util.regex.Pattern;

/**
 * The code rule this package's values and events share: unit codes and template codes. Length
 * limits of names and the quoting of bad values are the shared helpers of {@link
 * org.learningmentor.core.common.Violations}.
 */
final class Texts {

    /** The longest code, in characters. */
    static final int CODE_MAX_LENGTH = 32;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

    private Texts() {}

    /** Returns whether the code is 1–32 ASCII letters, digits, hyphens or underscores, not starting with a symbol. */
    static boolean isCode(String code) {
        // The length first: the pattern would reject a long text too, but only after reading it.
        return code.length() <= CODE_MAX_LENGTH && CODE.matcher(code).matches();
    }
}
