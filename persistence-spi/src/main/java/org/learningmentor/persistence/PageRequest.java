package org.learningmentor.persistence;

import java.util.Objects;
import java.util.Optional;

/**
 * Which page of a query to read: its size and, after the first page, the cursor of the page before
 * ({@link Page#nextCursor()}).
 *
 * <pre>{@code
 * Page<Person> first = people.findAll(agencyId, PageRequest.first(50));
 * Page<Person> second = people.findAll(agencyId, PageRequest.after(first.nextCursor().orElseThrow(), 50));
 * }</pre>
 *
 * <p>A cursor is opaque: it is made by the repository, is meant only for the same query (same
 * method, organization and filter), and only positions the query after an item; it never widens
 * what the query returns. This type is immutable and thread-safe.
 */
public final class PageRequest {

    /** The largest page size. */
    public static final int MAX_SIZE = 1000;

    /** The longest cursor accepted, in characters; cursors may come from clients. */
    public static final int MAX_CURSOR_LENGTH = 1024;

    private final int size;
    private final String cursor;

    private PageRequest(int size, String cursor) {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size must be 1 to " + MAX_SIZE + ", not " + size);
        }
        this.size = size;
        this.cursor = cursor;
    }

    /**
     * Returns a request for the first page.
     *
     * @param size the most items on the page, 1 to {@value #MAX_SIZE}
     * @return the request, never null
     * @throws IllegalArgumentException when the size is out of range
     */
    public static PageRequest first(int size) {
        return new PageRequest(size, null);
    }

    /**
     * Returns a request for the page after the one whose {@link Page#nextCursor()} is given.
     *
     * @param cursor the cursor, not null, not blank, at most {@value #MAX_CURSOR_LENGTH} characters
     * @param size the most items on the page, 1 to {@value #MAX_SIZE}
     * @return the request, never null
     * @throws IllegalArgumentException when the cursor is blank or too long, or the size is out of
     *     range
     */
    public static PageRequest after(String cursor, int size) {
        Objects.requireNonNull(cursor, "cursor");
        if (cursor.isBlank() || cursor.length() > MAX_CURSOR_LENGTH) {
            throw new IllegalArgumentException(
                    "cursor must be 1 to " + MAX_CURSOR_LENGTH + " characters, not blank; it has " + cursor.length());
        }
        return new PageRequest(size, cursor);
    }

    /**
     * Returns the request for the page after the given one, with this request's size.
     *
     * @param page a page this request (or one of the same query) returned, not null
     * @return the next request, or empty when the page is the last one
     */
    public Optional<PageRequest> next(Page<?> page) {
        Objects.requireNonNull(page, "page");
        return page.nextCursor().map(next -> after(next, size));
    }

    /**
     * Returns the most items the page may hold.
     *
     * @return the size, 1 to {@value #MAX_SIZE}
     */
    public int size() {
        return size;
    }

    /**
     * Returns the cursor of the page before.
     *
     * @return the cursor, empty for the first page
     */
    public Optional<String> cursor() {
        return Optional.ofNullable(cursor);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PageRequest that && size == that.size && Objects.equals(cursor, that.cursor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(size, cursor);
    }

    @Override
    public String toString() {
        return "PageRequest{size=" + size + (cursor == null ? ", first" : ", after=" + cursor) + "}";
    }
}
