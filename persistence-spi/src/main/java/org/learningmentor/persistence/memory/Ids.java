package org.learningmentor.persistence.memory;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Comparator;
import java.util.UUID;

/** The order of ids in pages, and the cursors that mark a position in it. */
final class Ids {

    /**
     * Ids as unsigned 128-bit numbers: the order of their canonical text and of PostgreSQL's {@code
     * uuid}. {@link UUID#compareTo} compares signed halves, so it is not used.
     */
    static final Comparator<UUID> ORDER = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    private static final int UUID_BYTES = 16;

    private Ids() {}

    /** Returns the cursor after the id: its 16 bytes in URL-safe Base64, opaque to clients. */
    static String cursorAfter(UUID id) {
        ByteBuffer bytes = ByteBuffer.allocate(UUID_BYTES);
        bytes.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /**
     * Returns the id a cursor is after.
     *
     * @throws IllegalArgumentException when the cursor is not one {@link #cursorAfter} made
     */
    static UUID positionOf(String cursor) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw malformed(e);
        }
        if (bytes.length != UUID_BYTES || !cursorAfter(uuid(bytes)).equals(cursor)) {
            throw malformed(null);
        }
        return uuid(bytes);
    }

    private static UUID uuid(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    private static IllegalArgumentException malformed(Throwable cause) {
        return new IllegalArgumentException(
                "The cursor is malformed: pass a Page.nextCursor() of the same query", cause);
    }
}
