package org.learningmentor.persistence;

import org.learningmentor.core.common.TypedId;

/** Names an aggregate in exception messages by its id type: a {@code PersonId} names a person. */
final class Aggregates {

    private Aggregates() {}

    static String describe(TypedId id) {
        String type = id.getClass().getSimpleName();
        String name = type.endsWith("Id") ? type.substring(0, type.length() - 2) : type;
        return name + " " + id;
    }
}
