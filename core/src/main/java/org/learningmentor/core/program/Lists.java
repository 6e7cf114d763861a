package org.learningmentor.core.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Copies of immutable lists with one element added or replaced, for the programme's commands. */
final class Lists {

    private Lists() {}

    static <T, I> int indexOf(List<T> items, Function<T, I> id, I wanted) {
        for (int i = 0; i < items.size(); i++) {
            if (id.apply(items.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    static <T> List<T> appended(List<T> items, T item) {
        List<T> next = new ArrayList<>(items.size() + 1);
        next.addAll(items);
        next.add(item);
        return next;
    }

    static <T> List<T> replaced(List<T> items, int index, T item) {
        List<T> next = new ArrayList<>(items);
        next.set(index, item);
        return next;
    }

    static <T, I> List<T> replacedOrAppended(List<T> items, Function<T, I> id, T item) {
        int index = indexOf(items, id, id.apply(item));
        return index < 0 ? appended(items, item) : replaced(items, index, item);
    }

    static <T> Optional<T> lastOf(List<T> items) {
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(items.size() - 1));
    }
}
