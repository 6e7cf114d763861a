package org.learningmentor.persistence;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One page of a query's results, in the query's order, with the cursor that continues the query
 * when more items follow.
 *
 * <p>A page holds the requested number of items, fewer only when it is the last page. Paging is by
 * keyset: the cursor marks the last item of the page, and the next page starts after it. An item that stays stored while the pages are read is returned exactly once; an item
 * saved meanwhile appears if its position is after the cursor; an item's position never depends on
 * other items.
 *
 * <p>This type is immutable and thread-safe when {@code T} is.
 *
 * @param <T> the item type
 */
public final class Page<T> {

    private final List<T> items;
    private final String nextCursor;

    private Page(List<T> items, String nextCursor) {
        this.items = items;
        this.nextCursor = nextCursor;
    }

    /**
     * Returns a page; for implementations of the repositories.
     *
     * @param items the items in the query's order, not null, no null elements, at most the
     *     request's size
     * @param nextCursor the cursor after the last item when more items followed it when the page was
     *     read, else empty; not null
     * @param <T> the item type
     * @return the page, never null
     * @throws IllegalArgumentException when there is a next cursor but no items, or the cursor is
     *     blank or longer than {@value PageRequest#MAX_CURSOR_LENGTH}
     */
    public static <T> Page<T> of(List<? extends T> items, Optional<String> nextCursor) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(nextCursor, "nextCursor");
        List<T> copy = List.copyOf(items);
        nextCursor.ifPresent(cursor -> {
            if (copy.isEmpty()) {
                throw new IllegalArgumentException("an empty page is the last page: it has no next cursor");
            }
            PageRequest.after(cursor, 1); // checks the cursor's form
        });
        return new Page<>(copy, nextCursor.orElse(null));
    }

    /**
     * Returns the last page of a query, which has no next cursor.
     *
     * @param items the items in the query's order, not null, no null elements
     * @param <T> the item type
     * @return the page, never null
     */
    public static <T> Page<T> last(List<? extends T> items) {
        return of(items, Optional.empty());
    }

    /**
     * Returns every item of a query, reading page after page as the stream is consumed. The items
     * are read over time, not as one snapshot: see the paging rules above.
     *
     * <pre>{@code
     * List<Person> mentors = Page.stream(PageRequest.first(200),
     *         request -> people.findByRole(agencyId, Role.MENTOR, request)).toList();
     * }</pre>
     *
     * @param first the request of the first page, not null
     * @param query the query, not null, returning not null
     * @param <T> the item type
     * @return a sequential, ordered, lazy stream, never null
     */
    public static <T> Stream<T> stream(PageRequest first, Function<? super PageRequest, Page<T>> query) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(query, "query");
        Iterator<T> iterator = new Iterator<>() {
            private Optional<PageRequest> nextRequest = Optional.of(first);
            private Iterator<T> current = List.<T>of().iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && nextRequest.isPresent()) {
                    PageRequest request = nextRequest.get();
                    Page<T> page = Objects.requireNonNull(query.apply(request), "query returned null");
                    nextRequest = request.next(page);
                    current = page.items().iterator();
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /**
     * Returns the items, in the query's order.
     *
     * @return an unmodifiable list, empty for an empty page; never null
     */
    public List<T> items() {
        return items;
    }

    /**
     * Returns the cursor that continues the query after this page.
     *
     * @return the cursor, present exactly when more items followed this page when it was read
     */
    public Optional<String> nextCursor() {
        return Optional.ofNullable(nextCursor);
    }

    /**
     * Returns whether more items followed this page when it was read.
     *
     * @return true when {@link #nextCursor()} is present
     */
    public boolean hasNext() {
        return nextCursor != null;
    }

    /**
     * Returns a page of the mapped items with the same cursor.
     *
     * @param mapper the mapping, not null, returning not null
     * @param <R> the new item type
     * @return the page, never null
     */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        List<R> mapped = new ArrayList<>(items.size());
        for (T item : items) {
            mapped.add(Objects.requireNonNull(mapper.apply(item), "mapper returned null"));
        }
        return new Page<>(List.copyOf(mapped), nextCursor);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Page<?> that && items.equals(that.items) && Objects.equals(nextCursor, that.nextCursor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(items, nextCursor);
    }

    @Override
    public String toString() {
        return "Page{items=" + items.size() + (nextCursor == null ? ", last" : ", next=" + nextCursor) + "}";
    }
}
