package org.learningmentor.core.program;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.Violations;

/** The structural checks this package's values share: codes, free texts, unique ids and people. */
final class Checks {

    /** The longest code (template, rule set, instrument, dimension), in characters. */
    static final int CODE_MAX_LENGTH = 32;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

    private Checks() {}

    /** Returns whether the code is 1–32 ASCII letters, digits, hyphens or underscores, not starting with a symbol. */
    static boolean isCode(String code) {
        // The length first: the pattern would reject a long text too, but only after reading it.
        return code.length() <= CODE_MAX_LENGTH && CODE.matcher(code).matches();
    }

    /** Adds {@code program.text.blank} or {@code common.text.too-long} for a bad free text. */
    static void checkText(String text, String path, Violations violations) {
        if (violations.check(!text.isBlank(), ProgramViolation.TEXT_BLANK, path)) {
            violations.checkMaxLength(text, LocalizedText.MAX_LENGTH, path);
        }
    }

    /** Checks optional notes as {@link #checkText} does. */
    static void checkNotes(Optional<String> notes, String path, Violations violations) {
        notes.ifPresent(text -> checkText(text, path, violations));
    }

    /** Adds {@code program.id.duplicate} at {@code path[i].id} for each repeated id. */
    static <T> void checkUniqueIds(List<T> items, Function<T, ?> id, String path, Violations violations) {
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Object value = id.apply(items.get(i));
            violations.check(seen.add(value), ProgramViolation.ID_DUPLICATE, path + "[" + i + "].id", value);
        }
    }

    /** Adds {@code program.person.duplicate} at {@code path[i]} for each repeated person. */
    static void checkUniquePeople(List<PersonId> people, String path, Violations violations) {
        Set<PersonId> seen = new HashSet<>();
        for (int i = 0; i < people.size(); i++) {
            PersonId person = people.get(i);
            violations.check(seen.add(person), ProgramViolation.PERSON_DUPLICATE, path + "[" + i + "]", person);
        }
    }
}
