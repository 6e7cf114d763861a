package org.learningmentor.persistence.jdbc;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.UUID;

/**
 * Keyset cursors: the last id of a page, as 16 bytes in URL-safe Base64 (the same form as the
 * in-memory store's, opaque to clients). Pages are ordered by the database's {@code uuid} order,
 * which on PostgreSQL and H2 compares ids as unsigned 128-bit numbers.
 */
final class Cursors {

    private static final int UUID_BYTES = 16;

    private Cursors() {}

    static String after(UUID id) {
        ByteBuffer bytes = ByteBuffer.allocate(UUID_BYTES);
        bytes.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /**
     * Returns the id a cursor is after.
     *
     * @throws IllegalArgumentException when the cursor is not one {@link #after} made
     */
    static UUID positionOf(String cursor) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw malformed(e);
        }
        if (bytes.length != UUID_BYTES) {
            throw malformed(null);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        UUID id = new UUID(buffer.getLong(), buffer.getLong());
        if (!after(id).equals(cursor)) {
            throw malformed(null);
        }
        return id;
    }

    private static IllegalArgumentException malformed(Throwable cause) {
        return new IllegalArgumentException(
                "The cursor is malformed: pass a Page.nextCursor() of the same query", cause);
    }
}
