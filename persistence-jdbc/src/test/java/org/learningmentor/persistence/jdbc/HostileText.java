package org.learningmentor.persistence.jdbc;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Text that breaks naive storage: quotes and SQL fragments, JSON and escape characters, controls,
 * and code points of every Unicode plane (0 to 16), with no NUL (PostgreSQL's text and jsonb cannot
 * hold it) and no unpaired surrogate (not Unicode).
 */
final class HostileText {

    /** Fragments that end a string literal, comment out or chain SQL, or escape JSON. */
    static final List<String> FRAGMENTS = List.of(
            "'",
            "''",
            "\"",
            "\\",
            "\\u0000",
            "'); DROP TABLE lm_people; --",
            "\" OR 1=1 --",
            "$$ SELECT pg_sleep(10) $$",
            "/* */ ;",
            "%_[]^",
            "? ?::jsonb FORMAT JSON",
            "}{\"",
            "\t\n\r\u0001\u001f\u007f",
            "\u2028\u2029\ufeff\ufffd",
            "e\u0301 \u202eRTL\u202c");

    /** One code point from each plane 0 to 16, skipping unassigned-looking noise: all valid scalar values. */
    static final int[] PLANE_CODE_POINTS = {
        0x00e4, 0x4e2d, 0x10348, 0x1f600, 0x1d11e, 0x20000, 0x2a6d6, 0x30000, 0x40001, 0x50002, 0x60003, 0x70004,
        0x80005, 0x90006, 0xa0007, 0xb0008, 0xc0009, 0xd000a, 0xe0001, 0xf0000, 0x10fffd
    };

    private HostileText() {}

    /** A name of at most {@code max} UTF-16 characters mixing every fragment and plane. */
    static String name(int max) {
        return fill(new SplittableRandom(7), max, "Aino 'Ö' \"Virtanen\" ");
    }

    /** A text of exactly {@code length} UTF-16 characters (or one less, to keep a pair whole). */
    static String text(long seed, int length) {
        return fill(new SplittableRandom(seed), length, "");
    }

    private static String fill(SplittableRandom random, int length, String start) {
        StringBuilder text = new StringBuilder(length).append(start);
        while (text.length() < length) {
            int pick = random.nextInt(4);
            String next = pick == 0
                    ? FRAGMENTS.get(random.nextInt(FRAGMENTS.size()))
                    : pick == 1
                            ? Character.toString(PLANE_CODE_POINTS[random.nextInt(PLANE_CODE_POINTS.length)])
                            // three UTF-8 bytes per character: Finnish in katakana, Swedish in Hangul
                            : Character.toString(0x30a0 + random.nextInt(0x60))
                                    + Character.toString(0xac00 + random.nextInt(0x2000));
            if (text.length() + next.length() > length) {
                next = text.length() + 1 <= length ? "x" : "";
            }
            if (next.isEmpty()) {
                break;
            }
            text.append(next);
        }
        // Not blank and not ending in a lone surrogate by construction.
        return text.toString();
    }
}
