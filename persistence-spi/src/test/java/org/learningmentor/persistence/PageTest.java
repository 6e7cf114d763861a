package org.learningmentor.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void ofHoldsACopyOfTheItemsAndTheCursor() {
        List<String> items = new ArrayList<>(List.of("a", "b"));

        Page<String> page = Page.of(items, Optional.of("next"));
        items.add("c");

        assertThat(page.items()).containsExactly("a", "b");
        assertThat(page.nextCursor()).contains("next");
        assertThat(page.hasNext()).isTrue();
        assertThatThrownBy(() -> page.items().add("d")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theLastPageHasNoCursor() {
        Page<String> page = Page.last(List.of("a"));

        assertThat(page.nextCursor()).isEmpty();
        assertThat(page.hasNext()).isFalse();
        assertThat(Page.last(List.of()).items()).isEmpty();
    }

    @Test
    void anEmptyPageWithANextCursorIsRefused() {
        assertThatThrownBy(() -> Page.of(List.of(), Optional.of("next")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty page is the last page");
    }

    @Test
    void aBlankCursorIsRefused() {
        assertThatThrownBy(() -> Page.of(List.of("a"), Optional.of(" "))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullItemsOrCursorAreRefused() {
        List<String> withNull = new ArrayList<>();
        withNull.add(null);

        assertThatThrownBy(() -> Page.of(null, Optional.empty())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Page.of(List.of("a"), null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Page.last(withNull)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void mapKeepsTheOrderAndTheCursor() {
        Page<String> page = Page.of(List.of("a", "bb"), Optional.of("next"));

        Page<Integer> mapped = page.map(String::length);

        assertThat(mapped.items()).containsExactly(1, 2);
        assertThat(mapped.nextCursor()).contains("next");
        assertThatThrownBy(() -> page.map(item -> null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void streamReadsEveryPageLazilyInOrder() {
        List<Integer> all = IntStream.range(0, 23).boxed().toList();
        List<PageRequest> requests = new ArrayList<>();

        List<Integer> read = Page.stream(PageRequest.first(5), request -> {
                    requests.add(request);
                    int from = request.cursor().map(Integer::parseInt).orElse(0);
                    int to = Math.min(from + request.size(), all.size());
                    return Page.of(
                            all.subList(from, to),
                            to < all.size() ? Optional.of(Integer.toString(to)) : Optional.empty());
                })
                .toList();

        assertThat(read).isEqualTo(all);
        assertThat(requests).hasSize(5).allMatch(request -> request.size() == 5);
    }

    @Test
    void streamReadsNoMorePagesThanItsConsumerNeeds() {
        List<PageRequest> requests = new ArrayList<>();

        List<String> firstTwo = Page.stream(PageRequest.first(2), request -> {
                    requests.add(request);
                    return Page.of(List.of("x", "y"), Optional.of("more"));
                })
                .limit(2)
                .toList();

        assertThat(firstTwo).containsExactly("x", "y");
        assertThat(requests).hasSize(1);
    }

    @Test
    void streamOfAnEmptyQueryIsEmpty() {
        assertThat(Page.stream(PageRequest.first(5), request -> Page.<String>last(List.of())))
                .isEmpty();
    }

    @Test
    void equalPagesHaveEqualItemsAndCursors() {
        assertThat(Page.of(List.of("a"), Optional.of("n")))
                .isEqualTo(Page.of(List.of("a"), Optional.of("n")))
                .hasSameHashCodeAs(Page.of(List.of("a"), Optional.of("n")))
                .isNotEqualTo(Page.last(List.of("a")))
                .hasToString("Page{items=1, next=n}");
        assertThat(Page.last(List.of("a", "b"))).hasToString("Page{items=2, last}");
    }
}
